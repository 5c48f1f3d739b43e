#include "client/waitingcustomermodel.h"

#include "client/queuestatsmodel.h"
#include "client/teamroles.h"

namespace baton {

WaitingCustomerModel::WaitingCustomerModel(const QueueStatsModel &queues, std::function<qint64()> engineNowMs,
                                           QObject *parent)
    : LiveTableModel(parent), m_queues(queues), m_now(std::move(engineNowMs))
{
}

void WaitingCustomerModel::apply(const QList<reply::WaitingCustomer> &waiting, qint64 snapshotMs)
{
    m_snapshotMs = snapshotMs;
    sync(
        m_rows, waiting, [](const reply::WaitingCustomer &w) { return w.view.id(); },
        [](const reply::WaitingCustomer &a, const reply::WaitingCustomer &b) {
            // The wait itself is derived from the clock; only a move to another queue is a change.
            return a.queueId == b.queueId && a.view.conversation.subject == b.view.conversation.subject &&
                   a.view.customer.vipLevel == b.view.customer.vipLevel &&
                   a.view.conversation.queuedMs == b.view.conversation.queuedMs;
        });
    tick();
}

qint64 WaitingCustomerModel::conversationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].view.id() : 0;
}

int WaitingCustomerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WaitingCustomerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WaitingCustomerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const reply::WaitingCustomer &w = m_rows[index.row()];
    switch (role) {
    case TeamRole::Id:
        return w.view.id();
    case TeamRole::QueueId:
        return w.queueId;
    case TeamRole::VipLevel:
        return w.view.customer.vipLevel;
    case TeamRole::ElapsedMs:
        return w.waitedMs + std::max<qint64>(0, m_now() - m_snapshotMs);
    case TeamRole::Kind:
        return int(index.column() == WaitedColumn ? CellKind::Duration : CellKind::Text);
    default:
        break;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case CustomerColumn:
        return w.view.customer.name.isEmpty() ? w.view.conversation.customerId : w.view.customer.name;
    case QueueColumn:
        return m_queues.nameOf(w.queueId);
    case SubjectColumn:
        return w.view.conversation.subject;
    default:
        return {};
    }
}

QVariant WaitingCustomerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CustomerColumn:
        return tr("Customer");
    case QueueColumn:
        return tr("Queue");
    case WaitedColumn:
        return tr("Waiting");
    case SubjectColumn:
        return tr("Question");
    default:
        return {};
    }
}

Qt::ItemFlags WaitingCustomerModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags f = LiveTableModel::flags(index);
    return index.isValid() ? f | Qt::ItemIsDragEnabled : f;
}

QStringList WaitingCustomerModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *WaitingCustomerModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), QByteArray::number(conversationAt(indexes.first().row())));
    return data;
}

qint64 WaitingCustomerModel::conversationFrom(const QMimeData *data)
{
    return data && data->hasFormat(mimeType()) ? data->data(mimeType()).toLongLong() : 0;
}

} // namespace baton
