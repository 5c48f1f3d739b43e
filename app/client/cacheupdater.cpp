#include "client/cacheupdater.h"

#include "client/localcache.h"
#include "core/eventtypes.h"
#include "protocol/agentevents.h"

namespace baton {

namespace {
template <typename T> void appendOnce(QList<T> &list, const T &item)
{
    if (!list.contains(item))
        list.append(item);
}
} // namespace

CacheUpdater::CacheUpdater(LocalCache &cache, QObject *parent) : QObject(parent), m_cache(cache) {}

void CacheUpdater::begin()
{
    if (m_depth++ == 0)
        m_cache.begin();
}

bool CacheUpdater::commit()
{
    Q_ASSERT(m_depth > 0);
    if (--m_depth > 0)
        return true;
    if (!m_cache.commit()) {
        m_cache.rollback();
        m_changed.clear();
        m_changedSet.clear();
        m_transfers.clear();
        m_offers.clear();
        m_missed.clear();
        m_added.clear();
        m_updated.clear();
        m_historyWanted.clear();
        return false;
    }
    publish();
    return true;
}

// Signals may start new batches (a view reads, a client sends): hand out copies first.
void CacheUpdater::publish()
{
    const auto added = std::exchange(m_added, {});
    const auto updated = std::exchange(m_updated, {});
    const auto transfers = std::exchange(m_transfers, {});
    const auto changed = std::exchange(m_changed, {});
    m_changedSet.clear();
    const auto offers = std::exchange(m_offers, {});
    const auto missed = std::exchange(m_missed, {});
    const auto wanted = std::exchange(m_historyWanted, {});
    for (const Message &m : added)
        emit messageAdded(m);
    for (const Message &m : updated)
        emit messageUpdated(m);
    for (const auto &[conversationId, transferId] : transfers)
        emit transferChanged(conversationId, transferId);
    for (qint64 id : changed)
        emit conversationChanged(id);
    for (const auto &[conversationId, transferId] : missed)
        emit offerMissed(conversationId, transferId);
    for (const auto &[conversationId, transferId] : offers)
        emit offerReceived(conversationId, transferId);
    for (qint64 id : wanted)
        emit historyWanted(id);
}

void CacheUpdater::touch(qint64 conversationId)
{
    if (!m_changedSet.contains(conversationId)) {
        m_changedSet.insert(conversationId);
        m_changed.append(conversationId);
    }
}

void CacheUpdater::applyEvent(const QString &type, const QJsonObject &p)
{
    begin();
    if (type == msg::ConversationAssigned) {
        const auto e = event::ConversationChanged::fromPayload(p);
        applyConversation(e.conversation);
        appendOnce(m_historyWanted, e.conversation.id());
    } else if (type == msg::ConversationUpdated) {
        applyConversation(event::ConversationChanged::fromPayload(p).conversation);
    } else if (type == msg::Message) {
        applyMessage(event::MessagePosted::fromPayload(p).message);
    } else if (type == msg::MessageUpdated) {
        const Message m = event::MessagePosted::fromPayload(p).message;
        if (m_cache.updateMessageText(m.conversationId, m.seq, m.text)) {
            m_updated.append(m);
            touch(m.conversationId);
        }
    } else if (type == msg::Transfer) {
        const auto e = event::TransferOffered::fromPayload(p);
        applyConversation(e.conversation);
        applyTransfer(e.transfer, {}, e.from);
        applyMessages(e.recentMessages);
        // The preview shows the whole history: fetch what the last 20 lines do not cover.
        appendOnce(m_historyWanted, e.transfer.conversationId);
    } else if (type == msg::TransferAccept || type == msg::TransferReject || type == msg::TransferTimeout ||
               type == msg::TransferCancel) {
        const auto e = event::TransferResolved::fromPayload(p);
        if (e.conversation)
            applyConversation(*e.conversation);
        applyTransfer(e.transfer, e.next);
    }
    commit();
}

void CacheUpdater::applyConversation(const ConversationView &view)
{
    const qint64 id = view.id();
    if (id <= 0)
        return;
    begin();
    // An update without the customer (older engines on CLOSE_CONVERSATION) keeps the one we know.
    ConversationView merged = view;
    if (merged.customer.name.isEmpty()) {
        if (const auto known = m_cache.conversation(id))
            merged.customer = known->view.customer;
    }
    m_cache.upsertConversation(merged, m_me);
    if (view.pendingTransfer) {
        applyTransfer(*view.pendingTransfer);
    } else if (const auto cached = m_cache.conversation(id); cached && cached->isOffered()) {
        // No transfer is pending any more, so an offer we still show has ended. The chat is ours
        // now: we accepted it (the engine announces the assignment before the accept's reply).
        // Otherwise it ended without our answer.
        const auto offer = m_cache.transfer(cached->offerTransferId);
        TransferState state = offer ? offer->transfer.state : TransferState::Timeout;
        if (view.conversation.ownerId == m_me)
            state = TransferState::Accepted;
        endOffer(id, cached->offerTransferId, state, offer ? offer->transfer.reason : QString());
    }
    touch(id);
    commit();
}

// A page of history: each conversation's row is re-read once, not once per message.
void CacheUpdater::applyMessages(const QList<Message> &messages)
{
    begin();
    QHash<qint64, bool> unreadByConversation;
    for (const Message &m : messages) {
        auto unread = unreadByConversation.find(m.conversationId);
        if (unread == unreadByConversation.end())
            unread = unreadByConversation.insert(m.conversationId, countsAsUnread(m.conversationId));
        if (storeMessage(m, *unread))
            touch(m.conversationId);
    }
    commit();
}

void CacheUpdater::applyMessage(const Message &m)
{
    begin();
    if (storeMessage(m, countsAsUnread(m.conversationId)))
        touch(m.conversationId);
    commit();
}

bool CacheUpdater::storeMessage(const Message &m, bool countsAsUnread)
{
    if (m.conversationId <= 0 || m.seq <= 0)
        return false;
    const qint64 before = m_cache.maxMessageSeq(m.conversationId);
    if (!m_cache.addMessage(m, countsAsUnread))
        return false;
    m_added.append(m);
    if (m.seq > before + 1)
        appendOnce(m_historyWanted, m.conversationId);
    return true;
}

void CacheUpdater::applyTransfer(const Transfer &t, const QList<Candidate> &next,
                                 const std::optional<AgentView> &from, const QString &toName)
{
    if (t.id <= 0 || t.conversationId <= 0)
        return;
    begin();
    m_cache.upsertTransfer(t, next, from, toName);
    const bool pending = t.state == TransferState::Pending;
    if (t.fromAgent == m_me)
        m_cache.setOutgoingTransfer(t.conversationId, t.id);
    if (t.toAgent == m_me) {
        const auto cached = m_cache.conversation(t.conversationId);
        if (pending && (!cached || cached->offerTransferId != t.id)) {
            m_cache.setOfferTransfer(t.conversationId, t.id);
            m_cache.setMissedTransfer(t.conversationId, 0);
            appendOnce(m_offers, {t.conversationId, t.id});
        } else if (!pending && cached && cached->offerTransferId == t.id) {
            endOffer(t.conversationId, t.id, t.state, t.reason);
        }
        m_offers.removeIf([&](const QPair<qint64, qint64> &o) { return o.second == t.id && !pending; });
    }
    appendOnce(m_transfers, {t.conversationId, t.id});
    touch(t.conversationId);
    commit();
}

// An offer to this agent is over. Answered by this agent (here or in another session) it simply
// goes; withdrawn, it is announced; timed out or ended by going offline, it stays in the list as a
// missed transfer.
void CacheUpdater::endOffer(qint64 conversationId, qint64 transferId, TransferState state,
                            const QString &reason)
{
    m_cache.setOfferTransfer(conversationId, 0);
    const bool wentOffline = state == TransferState::Rejected && reason == QLatin1String("offline");
    const bool answered =
        state == TransferState::Accepted || (state == TransferState::Rejected && !wentOffline);
    if (answered)
        return;
    if (state == TransferState::Timeout || wentOffline)
        m_cache.setMissedTransfer(conversationId, transferId);
    m_missed.append({conversationId, transferId});
}

void CacheUpdater::markRead(qint64 conversationId)
{
    const auto s = m_cache.conversation(conversationId);
    if (!s || s->unread == 0)
        return;
    begin();
    if (m_cache.markRead(conversationId))
        touch(conversationId);
    commit();
}

bool CacheUpdater::countsAsUnread(qint64 conversationId) const
{
    if (conversationId == m_active)
        return false;
    const auto cached = m_cache.conversation(conversationId);
    return cached && cached->isOwnedBy(m_me);
}

} // namespace baton
