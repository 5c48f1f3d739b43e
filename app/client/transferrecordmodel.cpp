#include "client/transferrecordmodel.h"

#include "client/recordsclient.h"

#include <QDateTime>

namespace baton {

TransferRecordModel::TransferRecordModel(RecordsClient &client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

void TransferRecordModel::setQuery(const request::ReportQuery &query)
{
    beginResetModel();
    m_query = query;
    m_rows.clear();
    m_next.clear();
    m_complete = false;
    ++m_generation;
    if (m_loading) {
        m_loading = false;
        emit loadingChanged(false);
    }
    endResetModel();
    fetchMore({});
}

int TransferRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransferRecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TransferRecordModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_loading;
}

void TransferRecordModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    emit loadingChanged(true);
    const quint64 generation = m_generation;
    m_client.listTransfers(m_query, m_next, m_pageSize, this,
                           [this, generation](const Result<reply::TransferRecordPage> &page) {
                               if (generation != m_generation)
                                   return; // the query changed meanwhile
                               m_loading = false;
                               if (!page) {
                                   emit loadingChanged(false);
                                   emit failed(page.error());
                                   return;
                               }
                               // The cursor moves first: views ask for more from inside endInsertRows().
                               m_next = page->next;
                               m_complete = m_next.isEmpty();
                               if (!page->transfers.isEmpty()) {
                                   beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->transfers.size()) - 1);
                                   m_rows.append(page->transfers);
                                   endInsertRows();
                               }
                               emit loadingChanged(false);
                           });
}

QString TransferRecordModel::stateText(TransferState state)
{
    switch (state) {
    case TransferState::Pending: return tr("Pending");
    case TransferState::Accepted: return tr("Accepted");
    case TransferState::Rejected: return tr("Rejected");
    case TransferState::Timeout: return tr("Timed out");
    case TransferState::Cancelled: return tr("Cancelled");
    }
    return QString();
}

QString TransferRecordModel::durationText(qint64 ms)
{
    if (ms < 60'000)
        return tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    return tr("%1 min %2 s").arg(ms / 60'000).arg((ms % 60'000) / 1000);
}

QString TransferRecordModel::departmentName(const QString &id) const
{
    return m_client.agentClient().departmentName(id);
}

QVariant TransferRecordModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const reply::TransferRecord &r = m_rows.at(index.row());
    if (role == ConversationIdRole)
        return r.conversationId;
    if (role == CrossDepartmentRole)
        return r.crossDepartment;
    if (role == Qt::ToolTipRole && index.column() == Reason && !r.note.problem.isEmpty())
        return tr("Note: %1").arg(r.note.problem);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (Column(index.column())) {
    case Time:
        return sort ? QVariant(r.createdMs)
                    : QVariant(QDateTime::fromMSecsSinceEpoch(r.createdMs).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    case State: return stateText(r.state);
    case From: return tr("%1 (%2)").arg(r.fromName, departmentName(r.fromDepartment));
    case To: return tr("%1 (%2)").arg(r.toName, departmentName(r.toDepartment));
    case Reason: return r.reason == QLatin1String("offline") ? tr("went offline") : r.reason;
    case Response:
        if (sort)
            return r.responseMs ? QVariant(*r.responseMs) : QVariant(qint64(-1));
        return r.responseMs ? durationText(*r.responseMs) : QString();
    case Customer: return r.customerName;
    case ConversationColumn: return sort ? QVariant(r.conversationId) : QVariant(QStringLiteral("#%1").arg(r.conversationId));
    case ColumnCount: break;
    }
    return {};
}

QVariant TransferRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time: return tr("Offered");
    case State: return tr("Result");
    case From: return tr("From");
    case To: return tr("To");
    case Reason: return tr("Reason");
    case Response: return tr("Response");
    case Customer: return tr("Customer");
    case ConversationColumn: return tr("Chat");
    case ColumnCount: break;
    }
    return {};
}

} // namespace baton
