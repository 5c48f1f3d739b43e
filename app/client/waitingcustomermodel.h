#pragma once

#include "client/livetablemodel.h"
#include "protocol/teamreplies.h"

#include <QMimeData>
#include <functional>

namespace baton {

class QueueStatsModel;

// Customers waiting for an agent, queue by queue in serving order: who, which queue, how long (live),
// what about.
class WaitingCustomerModel : public LiveTableModel {
    Q_OBJECT
public:
    enum Column { CustomerColumn, QueueColumn, WaitedColumn, SubjectColumn, ColumnCount };

    WaitingCustomerModel(const QueueStatsModel &queues, std::function<qint64()> engineNowMs,
                         QObject *parent = nullptr);

    void apply(const QList<reply::WaitingCustomer> &waiting, qint64 snapshotMs);
    void tick() { clockMoved(WaitedColumn, WaitedColumn); }
    qint64 conversationAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // A waiting customer can be dragged onto an agent of the board (the conversation id travels).
    static QString mimeType() { return QStringLiteral("application/x-baton-conversation"); }
    static qint64 conversationFrom(const QMimeData *data);
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

private:
    const QueueStatsModel &m_queues;
    std::function<qint64()> m_now;
    QList<reply::WaitingCustomer> m_rows;
    qint64 m_snapshotMs = 0;
};

} // namespace baton
