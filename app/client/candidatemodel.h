#pragma once

#include "core/candidate.h"

#include <QAbstractListModel>

namespace baton {

// Transfer targets as the engine ranked them (RECOMMEND, or the `next` list of a reject/timeout),
// best first, or colleagues listed by LIST_AGENTS (no score, not choosable unless online with room).
// CandidateRole hands the delegate the whole typed row.
class CandidateModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        AgentIdRole = Qt::UserRole + 1,
        NameRole,
        DepartmentRole,
        StatusRole,
        LoadRole,
        MaxSessionsRole,
        ScoreRole,
        SelectableRole, // online with a free slot: may be chosen as the target
        CandidateRole,  // baton::Candidate
    };

    explicit CandidateModel(QObject *parent = nullptr);

    void setCandidates(const QList<Candidate> &candidates);
    QString agentIdAt(int row) const;
    const Candidate *candidateAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Candidate> m_candidates;
};

} // namespace baton
