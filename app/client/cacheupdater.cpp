#include "client/cacheupdater.h"

#include "client/localcache.h"
#include "core/eventtypes.h"
#include "core/jsonvalues.h"

namespace baton {

namespace {
QJsonObject object(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toObject(); }
} // namespace

CacheUpdater::CacheUpdater(LocalCache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
}

void CacheUpdater::applyEvent(const QString &type, const QJsonObject &p)
{
    if (type == msg::ConversationAssigned) {
        applyConversation(object(p, "conversation"));
        emit historyWanted(jsonInteger(object(p, "conversation"), QLatin1String("id")));
    } else if (type == msg::ConversationUpdated) {
        applyConversation(object(p, "conversation"));
    } else if (type == msg::Message) {
        applyMessage(Message::fromJson(object(p, "message")));
    } else if (type == msg::MessageUpdated) {
        const Message m = Message::fromJson(object(p, "message"));
        if (m_cache.updateMessageText(m.conversationId, m.seq, m.text))
            emit messageUpdated(m);
    } else if (type == msg::Transfer) {
        const QJsonObject transfer = object(p, "transfer");
        applyConversation(object(p, "conversation"));
        applyTransfer(transfer, {}, QJsonObject{{QStringLiteral("from"), object(p, "from")}});
        applyMessages(p.value(QStringLiteral("recentMessages")).toArray());
        // The preview shows the whole history, not only the last 20 lines.
        emit historyWanted(jsonInteger(transfer, QLatin1String("conversationId")));
        emit offerReceived(jsonInteger(transfer, QLatin1String("conversationId")), jsonInteger(transfer, QLatin1String("id")));
    } else if (type == msg::TransferAccept) {
        applyConversation(object(p, "conversation"));
        applyTransfer(object(p, "transfer"));
    } else if (type == msg::TransferReject || type == msg::TransferTimeout || type == msg::TransferCancel) {
        applyTransfer(object(p, "transfer"), p.value(QStringLiteral("next")).toArray());
    }
}

void CacheUpdater::applyConversation(const QJsonObject &c)
{
    const qint64 id = jsonInteger(c, QLatin1String("id"));
    if (id <= 0)
        return;
    m_cache.upsertConversation(c, m_me);
    const QJsonObject pending = object(c, "pendingTransfer");
    if (!pending.isEmpty()) {
        applyTransfer(pending);
    } else if (const auto cached = m_cache.conversation(id); cached && cached->isOffered()) {
        // No transfer is pending any more, so an offer we still show has ended.
        m_cache.setOfferTransfer(id, 0);
    }
    emit conversationChanged(id);
}

// A page of history: each conversation's row is re-read once, not once per message.
void CacheUpdater::applyMessages(const QJsonArray &messages)
{
    QHash<qint64, bool> unreadByConversation;
    for (const QJsonValue &v : messages) {
        const Message m = Message::fromJson(v.toObject());
        auto unread = unreadByConversation.find(m.conversationId);
        if (unread == unreadByConversation.end())
            unread = unreadByConversation.insert(m.conversationId, countsAsUnread(m.conversationId));
        storeMessage(m, *unread);
    }
    for (auto it = unreadByConversation.cbegin(); it != unreadByConversation.cend(); ++it)
        emit conversationChanged(it.key());
}

void CacheUpdater::applyMessage(const Message &m)
{
    if (storeMessage(m, countsAsUnread(m.conversationId)))
        emit conversationChanged(m.conversationId);
}

bool CacheUpdater::storeMessage(const Message &m, bool countsAsUnread)
{
    if (m.conversationId <= 0 || m.seq <= 0)
        return false;
    const qint64 before = m_cache.maxMessageSeq(m.conversationId);
    if (!m_cache.addMessage(m, countsAsUnread))
        return false;
    emit messageAdded(m);
    if (m.seq > before + 1)
        emit historyWanted(m.conversationId);
    return true;
}

void CacheUpdater::applyTransfer(const QJsonObject &t, const QJsonArray &next, const QJsonObject &extra)
{
    const qint64 id = jsonInteger(t, QLatin1String("id"));
    const qint64 conversationId = jsonInteger(t, QLatin1String("conversationId"));
    if (id <= 0 || conversationId <= 0)
        return;
    m_cache.upsertTransfer(t, next, extra);
    const bool pending = t.value(QStringLiteral("state")).toString() == QLatin1String("pending");
    if (t.value(QStringLiteral("from")).toString() == m_me)
        m_cache.setOutgoingTransfer(conversationId, id);
    if (t.value(QStringLiteral("to")).toString() == m_me) {
        const auto cached = m_cache.conversation(conversationId);
        if (pending)
            m_cache.setOfferTransfer(conversationId, id);
        else if (cached && cached->offerTransferId == id)
            m_cache.setOfferTransfer(conversationId, 0);
    }
    emit transferChanged(conversationId, id);
    emit conversationChanged(conversationId);
}

void CacheUpdater::markRead(qint64 conversationId)
{
    const auto s = m_cache.conversation(conversationId);
    if (s && s->unread > 0 && m_cache.markRead(conversationId))
        emit conversationChanged(conversationId);
}

bool CacheUpdater::countsAsUnread(qint64 conversationId) const
{
    if (conversationId == m_active)
        return false;
    const auto cached = m_cache.conversation(conversationId);
    return cached && cached->isOwnedBy(m_me);
}

} // namespace baton
