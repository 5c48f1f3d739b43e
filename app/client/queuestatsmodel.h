#pragma once

#include "client/livetablemodel.h"
#include "protocol/teamreplies.h"

#include <functional>

namespace baton {

// The team's queues as tiles: name, customers waiting, longest wait (live), share served within
// the service-level target today.
class QueueStatsModel : public LiveTableModel {
    Q_OBJECT
public:
    explicit QueueStatsModel(std::function<qint64()> engineNowMs, QObject *parent = nullptr);

    void apply(const QList<reply::QueueStats> &queues, qint64 snapshotMs);
    void tick() { clockMoved(0, 0); }
    QString nameOf(const QString &queueId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    static QString displayName(const reply::QueueStats &q);
    std::function<qint64()> m_now;
    QList<reply::QueueStats> m_rows;
    qint64 m_snapshotMs = 0;
};

} // namespace baton
