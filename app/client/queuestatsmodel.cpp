#include "client/queuestatsmodel.h"

#include "client/teamroles.h"

namespace baton {

QueueStatsModel::QueueStatsModel(std::function<qint64()> engineNowMs, QObject *parent)
    : LiveTableModel(parent), m_now(std::move(engineNowMs))
{
}

void QueueStatsModel::apply(const QList<reply::QueueStats> &queues, qint64 snapshotMs)
{
    m_snapshotMs = snapshotMs;
    sync(
        m_rows, queues, [](const reply::QueueStats &q) { return q.id; },
        [](const reply::QueueStats &a, const reply::QueueStats &b) { return a == b; });
    tick(); // the longest wait is relative to the new snapshot's time
}

QString QueueStatsModel::nameOf(const QString &queueId) const
{
    for (const reply::QueueStats &q : m_rows) {
        if (q.id == queueId)
            return displayName(q);
    }
    return queueId;
}

QString QueueStatsModel::displayName(const reply::QueueStats &q)
{
    // The engine's default queues have fixed ids: name them in the user's language.
    if (q.id == QLatin1String("urgent"))
        return tr("Urgent");
    if (q.id == QLatin1String("vip"))
        return tr("VIP");
    if (q.id == QLatin1String("normal"))
        return tr("General");
    if (q.id == QLatin1String("overflow"))
        return tr("Overflow");
    return q.name;
}

int QueueStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant QueueStatsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const reply::QueueStats &q = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayName(q);
    case TeamRole::Id:
        return q.id;
    case TeamRole::Kind:
        return int(CellKind::Text);
    case TeamRole::Waiting:
        return q.waiting;
    case TeamRole::ElapsedMs:
        // The longest waiter keeps waiting between snapshots.
        return q.waiting > 0 ? q.longestWaitMs + std::max<qint64>(0, m_now() - m_snapshotMs) : qint64(0);
    case TeamRole::TargetMs:
        return q.targetMs;
    case TeamRole::Share:
        return q.servedWithinTargetShare;
    case TeamRole::TargetShare:
        return q.targetShare;
    case TeamRole::ServedToday:
        return q.servedToday;
    default:
        return {};
    }
}

} // namespace baton
