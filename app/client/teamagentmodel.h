#pragma once

#include "client/livetablemodel.h"
#include "protocol/teamreplies.h"

#include <functional>

namespace baton {

// The agent board: name, status and time in it (live), load against capacity, pending offers;
// overloaded agents are flagged for highlighting.
class TeamAgentModel : public LiveTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, LoadColumn, OffersColumn, ColumnCount };

    explicit TeamAgentModel(std::function<qint64()> engineNowMs, QObject *parent = nullptr);

    void apply(const QList<reply::TeamAgent> &agents);
    void tick() { clockMoved(StatusColumn, StatusColumn); }
    const reply::TeamAgent *agentAt(int row) const;
    const QList<reply::TeamAgent> &agents() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::function<qint64()> m_now;
    QList<reply::TeamAgent> m_rows;
};

} // namespace baton
