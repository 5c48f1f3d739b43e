#include "client/messagemodel.h"

#include "client/agentclient.h"

namespace baton {

MessageModel::MessageModel(LocalCache &cache, AgentClient &client, QObject *parent)
    : QAbstractListModel(parent)
    , m_cache(cache)
    , m_client(client)
{
    connect(&client.updater(), &CacheUpdater::messageAdded, this, &MessageModel::onMessageAdded);
    connect(&client.updater(), &CacheUpdater::messageUpdated, this, &MessageModel::onMessageUpdated);
    connect(&client, &AgentClient::outboxChanged, this, &MessageModel::onOutboxChanged);
}

void MessageModel::setConversation(qint64 conversationId)
{
    beginResetModel();
    m_conversationId = conversationId;
    m_lines.clear();
    m_pendingCount = 0;
    const QList<Message> page = conversationId ? m_cache.messagesBefore(conversationId, 0, pageSize) : QList<Message>{};
    m_reachedStart = page.size() < pageSize || page.first().seq <= 1;
    m_lines.reserve(page.size());
    for (const Message &m : page)
        m_lines.append({m, false});
    if (conversationId) {
        for (const OutboxEntry &e : m_cache.outbox(conversationId)) {
            m_lines.append({Message{conversationId, 0, SenderKind::Agent, m_client.agentId(), e.text, e.createdMs}, true});
            ++m_pendingCount;
        }
    }
    endResetModel();
}

bool MessageModel::canLoadOlder() const
{
    return m_conversationId && !m_reachedStart;
}

int MessageModel::loadOlder()
{
    if (!canLoadOlder())
        return 0;
    const qint64 oldest = confirmedCount() > 0 ? m_lines.first().message.seq : 0;
    const QList<Message> page = m_cache.messagesBefore(m_conversationId, oldest, pageSize);
    m_reachedStart = page.size() < pageSize || page.first().seq <= 1;
    if (page.isEmpty())
        return 0;
    beginInsertRows({}, 0, int(page.size()) - 1);
    QList<Line> lines;
    lines.reserve(page.size() + m_lines.size());
    for (const Message &m : page)
        lines.append({m, false});
    lines.append(m_lines);
    m_lines = std::move(lines);
    endInsertRows();
    return int(page.size());
}

void MessageModel::onMessageAdded(const Message &message)
{
    if (message.conversationId != m_conversationId)
        return;
    // Confirmed lines stay in seq order; a backfilled older message goes to its place.
    int row = confirmedCount();
    while (row > 0 && m_lines.at(row - 1).message.seq > message.seq)
        --row;
    if (row > 0 && m_lines.at(row - 1).message.seq == message.seq)
        return;
    if (row == 0 && !m_reachedStart)
        return; // older than the loaded page: it shows up when that page is loaded
    beginInsertRows({}, row, row);
    m_lines.insert(row, {message, false});
    endInsertRows();
}

void MessageModel::onMessageUpdated(const Message &message)
{
    if (message.conversationId != m_conversationId)
        return;
    for (int row = 0; row < confirmedCount(); ++row) {
        if (m_lines.at(row).message.seq == message.seq) {
            m_lines[row].message.text = message.text;
            emit dataChanged(index(row), index(row), {Qt::DisplayRole, TextRole});
            return;
        }
    }
}

void MessageModel::onOutboxChanged(qint64 conversationId)
{
    if (conversationId != m_conversationId)
        return;
    if (m_pendingCount > 0) {
        beginRemoveRows({}, confirmedCount(), int(m_lines.size()) - 1);
        m_lines.resize(confirmedCount());
        m_pendingCount = 0;
        endRemoveRows();
    }
    const QList<OutboxEntry> pending = m_cache.outbox(conversationId);
    if (pending.isEmpty())
        return;
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size() + pending.size()) - 1);
    for (const OutboxEntry &e : pending)
        m_lines.append({Message{conversationId, 0, SenderKind::Agent, m_client.agentId(), e.text, e.createdMs}, true});
    m_pendingCount = int(pending.size());
    endInsertRows();
}

int MessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant MessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole: return line.message.text;
    case SeqRole: return line.message.seq;
    case SenderRole: return senderKindName(line.message.senderKind);
    case SenderIdRole: return line.message.senderId;
    case SenderNameRole: return m_client.agentName(line.message.senderId);
    case TimeRole: return line.message.timeMs;
    case PendingRole: return line.pending;
    case MineRole: return line.message.senderKind == SenderKind::Agent && line.message.senderId == m_client.agentId();
    default: return {};
    }
}

QHash<int, QByteArray> MessageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{SeqRole, "seq"},
                  {SenderRole, "sender"},
                  {SenderIdRole, "senderId"},
                  {SenderNameRole, "senderName"},
                  {TextRole, "text"},
                  {TimeRole, "time"},
                  {PendingRole, "pending"},
                  {MineRole, "mine"}});
    return names;
}

} // namespace baton
