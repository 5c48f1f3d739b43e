#include "client/conversationlistmodel.h"

#include "client/agentclient.h"
#include "client/localcache.h"

#include <algorithm>

namespace baton {

ConversationListModel::ConversationListModel(LocalCache &cache, AgentClient &client, QObject *parent)
    : QAbstractListModel(parent), m_cache(cache), m_client(client)
{
    connect(&client.updater(), &CacheUpdater::conversationChanged, this, &ConversationListModel::refresh);
    // The agent id decides which rows are "mine"; a login may change it.
    connect(&client, &AgentClient::profileChanged, this, &ConversationListModel::resort);
}

void ConversationListModel::reload()
{
    beginResetModel();
    const QList<ConversationSummary> all = m_cache.conversations();
    m_rows.assign(all.cbegin(), all.cend());
    sortRows();
    endResetModel();
}

void ConversationListModel::resort()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<qint64> persistentIds;
    for (const QModelIndex &i : persistent)
        persistentIds.append(idAt(i.row()));
    sortRows();
    QModelIndexList moved;
    for (qint64 id : std::as_const(persistentIds))
        moved.append(index(rowOf(id)));
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ConversationListModel::sortRows()
{
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [this](const auto &a, const auto &b) { return before(a, b); });
}

int ConversationListModel::ownOpenCount() const
{
    const QString me = m_client.agentId();
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [&me](const ConversationSummary &s) {
        return !s.isOffered() && s.isOwnedBy(me);
    }));
}

int ConversationListModel::rowOf(qint64 conversationId) const
{
    const auto it =
        std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const auto &s) { return s.id == conversationId; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

qint64 ConversationListModel::idAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : 0;
}

ConversationListModel::Group ConversationListModel::groupOf(const ConversationSummary &s) const
{
    if (s.isOffered())
        return OfferGroup;
    return s.isOwnedBy(m_client.agentId()) ? MineGroup : HistoryGroup;
}

bool ConversationListModel::isVisible(const ConversationSummary &s) const
{
    return s.everMine || s.isOffered() || s.missedTransferId > 0;
}

bool ConversationListModel::before(const ConversationSummary &a, const ConversationSummary &b) const
{
    const Group ga = groupOf(a);
    const Group gb = groupOf(b);
    if (ga != gb)
        return ga < gb;
    if (ga == MineGroup) {
        if (a.priority != b.priority)
            return a.priority > b.priority;
        // Whoever has waited longest for an answer comes first; answered ones after them.
        const qint64 wa = a.waitingSinceMs ? a.waitingSinceMs : std::numeric_limits<qint64>::max();
        const qint64 wb = b.waitingSinceMs ? b.waitingSinceMs : std::numeric_limits<qint64>::max();
        if (wa != wb)
            return wa < wb;
    }
    if (a.lastTimeMs != b.lastTimeMs)
        return a.lastTimeMs > b.lastTimeMs;
    return a.id > b.id;
}

void ConversationListModel::refresh(qint64 conversationId)
{
    const int row = rowOf(conversationId);
    const auto fresh = m_cache.conversation(conversationId);
    if (!fresh || !isVisible(*fresh)) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.erase(m_rows.begin() + row);
            endRemoveRows();
        }
        return;
    }
    auto insertionPoint = [this, &fresh](int skipRow) {
        int k = 0;
        for (int i = 0; i < int(m_rows.size()); ++i) {
            if (i != skipRow && before(m_rows[size_t(i)], *fresh))
                ++k;
        }
        return k;
    };
    const int k = insertionPoint(row);
    if (row < 0) {
        beginInsertRows({}, k, k);
        m_rows.insert(m_rows.begin() + k, *fresh);
        endInsertRows();
        return;
    }
    if (k == row) {
        m_rows[size_t(row)] = *fresh;
        emit dataChanged(index(row), index(row));
        return;
    }
    // k is the final position; beginMoveRows counts the destination in the list before the move.
    beginMoveRows({}, row, row, {}, k > row ? k + 1 : k);
    m_rows.erase(m_rows.begin() + row);
    m_rows.insert(m_rows.begin() + k, *fresh);
    endMoveRows();
    emit dataChanged(index(k), index(k));
}

// What a screen reader says for a row: everything the delegate draws, in words.
QString ConversationListModel::accessibleText(const ConversationSummary &s) const
{
    QStringList parts{s.customerName};
    if (const QString other = distinguisher(s); !other.isEmpty())
        parts << other;
    if (s.vipLevel > 0)
        parts << tr("VIP level %1").arg(s.vipLevel);
    if (s.priority >= 2)
        parts << tr("urgent");
    if (s.isOffered())
        parts << tr("incoming transfer");
    else if (s.missedTransferId > 0 && !s.everMine)
        parts << tr("missed transfer");
    else if (!s.isOwnedBy(m_client.agentId()))
        parts << tr("read-only");
    else if (s.outgoingState == QLatin1String("pending"))
        parts << tr("transfer waiting for an answer");
    if (s.unread > 0)
        parts << tr("%n unread", nullptr, s.unread);
    if (!s.lastText.isEmpty())
        parts << s.lastText;
    return parts.join(QStringLiteral(", "));
}

QString ConversationListModel::distinguisher(const ConversationSummary &s) const
{
    const bool shared = std::any_of(m_rows.begin(), m_rows.end(), [&](const ConversationSummary &other) {
        return other.id != s.id && other.customerName == s.customerName;
    });
    if (!shared)
        return {};
    const QString first = s.conversation().subject.simplified();
    return first.isEmpty() ? QStringLiteral("#%1").arg(s.id)
                           : QStringLiteral("#%1 · %2").arg(s.id).arg(first);
}

ConversationListModel::DayFigures ConversationListModel::dayFigures(qint64 dayStartMs) const
{
    DayFigures f;
    const QString me = m_client.agentId();
    for (const ConversationSummary &s : m_rows) {
        const Conversation &c = s.conversation();
        if (s.isOwnedBy(me)) {
            ++f.open;
            if (s.waitingSinceMs > 0) {
                ++f.waiting;
                f.longestWaitSince =
                    f.longestWaitSince ? std::min(f.longestWaitSince, s.waitingSinceMs) : s.waitingSinceMs;
            }
        }
        if (s.everMine && std::max(c.assignedMs, c.createdMs) >= dayStartMs)
            ++f.startedToday;
        if (!s.isOpen() && c.closedMs >= dayStartMs &&
            (c.closedBy == me || (c.closedBy.isEmpty() && s.owner == me)))
            ++f.closedToday;
    }
    return f;
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationSummary &s = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case CustomerNameRole:
        return s.customerName;
    case Qt::ToolTipRole: { // the row elides; the tooltip has it all
        const QString other = distinguisher(s);
        const QString who = other.isEmpty() ? s.customerName : s.customerName + QStringLiteral("  ") + other;
        return s.lastText.isEmpty() ? who : who + QLatin1Char('\n') + s.lastText;
    }
    case Qt::AccessibleTextRole:
        return accessibleText(s);
    case IdRole:
        return s.id;
    case LastTextRole:
        return s.lastText;
    case LastTimeRole:
        return s.lastTimeMs;
    case UnreadRole:
        return s.unread;
    case WaitingSinceRole:
        return s.waitingSinceMs;
    case PriorityRole:
        return s.priority;
    case VipLevelRole:
        return s.vipLevel;
    case StateRole:
        return s.state;
    case OfferedRole:
        return s.isOffered();
    case OutgoingTransferStateRole:
        return s.outgoingState;
    case ReadOnlyRole:
        return !s.isOwnedBy(m_client.agentId());
    case EscalationRole:
        return s.conversation().escalation;
    case GroupRole:
        return int(groupOf(s));
    case DistinguisherRole:
        return distinguisher(s);
    case NewOwnerNameRole:
        return s.isOpen() && !s.isOffered() && s.everMine && s.owner != m_client.agentId() &&
                       !s.owner.isEmpty()
                   ? m_client.agentName(s.owner)
                   : QString();
    case OverdueRole:
        return m_overdue.contains(s.id);
    case MissedFromRole:
    case MissedTimeRole: {
        if (s.missedTransferId <= 0 || s.isOffered())
            return role == MissedFromRole ? QVariant(QString()) : QVariant(qint64(0));
        const auto missed = m_cache.transfer(s.missedTransferId);
        if (!missed)
            return {};
        if (role == MissedTimeRole)
            return missed->transfer.resolvedMs ? missed->transfer.resolvedMs : missed->transfer.deadlineMs;
        return missed->from ? missed->from->agent.displayName
                            : m_client.agentName(missed->transfer.fromAgent);
    }
    default:
        return {};
    }
}

void ConversationListModel::setOverdue(const QSet<qint64> &conversationIds)
{
    const QSet<qint64> changed = (m_overdue - conversationIds) + (conversationIds - m_overdue);
    m_overdue = conversationIds;
    for (qint64 id : changed) {
        if (const int row = rowOf(id); row >= 0)
            emit dataChanged(index(row), index(row), {OverdueRole});
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"},
                  {CustomerNameRole, "customerName"},
                  {LastTextRole, "lastText"},
                  {LastTimeRole, "lastTime"},
                  {UnreadRole, "unread"},
                  {WaitingSinceRole, "waitingSince"},
                  {PriorityRole, "priority"},
                  {VipLevelRole, "vipLevel"},
                  {StateRole, "state"},
                  {OfferedRole, "offered"},
                  {OutgoingTransferStateRole, "outgoingTransferState"},
                  {ReadOnlyRole, "readOnly"},
                  {EscalationRole, "escalation"},
                  {GroupRole, "group"},
                  {DistinguisherRole, "distinguisher"},
                  {NewOwnerNameRole, "newOwnerName"},
                  {OverdueRole, "overdue"}});
    return names;
}

} // namespace baton
