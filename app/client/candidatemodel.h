#pragma once

#include <QAbstractListModel>
#include <QJsonArray>

namespace baton {

// Transfer targets as the engine ranked them (RECOMMEND, or the `next` list of a reject/timeout),
// best first. Each row carries what the delegate draws: status, load, skills and the reasons.
class CandidateModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        AgentIdRole = Qt::UserRole + 1,
        NameRole,
        DepartmentRole,
        StatusRole,
        LoadRole,
        ReservedRole,
        MaxSessionsRole,
        SkillsRole,  // QVariantList of {skill, proficiency}
        TagsRole,    // QStringList
        ReasonsRole, // QVariantList of reason objects (see docs/protocol.md, Candidate)
        ScoreRole,
        RatingRole,
        LevelRole,
    };

    explicit CandidateModel(QObject *parent = nullptr);

    void setCandidates(const QJsonArray &candidates);
    QString agentIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QJsonArray m_candidates;
};

} // namespace baton
