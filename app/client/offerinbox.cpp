#include "client/offerinbox.h"

#include "client/agentclient.h"
#include "client/autoacceptpolicy.h"
#include "client/localcache.h"


namespace baton {

OfferInbox::OfferInbox(AgentClient &client, LocalCache &cache, const WorkstationSettings &settings,
                       std::function<qint64()> now, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
    , m_settings(settings)
    , m_now(now ? std::move(now) : [&client] { return client.engineNowMs(); })
{
    connect(&client.updater(), &CacheUpdater::offerReceived, this, &OfferInbox::onOfferReceived);
    connect(&client.updater(), &CacheUpdater::offerMissed, this, [this](qint64, qint64 transferId) {
        const auto cached = m_cache.transfer(transferId);
        if (const auto offer = describe(transferId); offer && cached)
            emit offerMissed(*offer, cached->transfer.state);
    });
}

std::optional<OfferInbox::Offer> OfferInbox::describe(qint64 transferId) const
{
    const auto cached = m_cache.transfer(transferId);
    if (!cached)
        return std::nullopt;
    const Transfer &t = cached->transfer;
    const auto summary = m_cache.conversation(t.conversationId);
    Offer offer;
    offer.transferId = t.id;
    offer.conversationId = t.conversationId;
    offer.fromName = cached->from ? cached->from->agent.displayName : m_client.agentName(t.fromAgent);
    offer.customerName = summary ? summary->customerName : QString();
    offer.problem = t.note.problem.simplified().left(60);
    offer.deadlineMs = t.deadlineMs;
    return offer;
}

std::optional<OfferInbox::Offer> OfferInbox::openOffer(qint64 transferId) const
{
    const auto cached = m_cache.transfer(transferId);
    const auto summary = cached ? m_cache.conversation(cached->transfer.conversationId) : std::nullopt;
    if (!cached || !summary || summary->offerTransferId != transferId || cached->transfer.isFinal() ||
        cached->transfer.toAgent != m_client.agentId() || m_now() >= cached->transfer.deadlineMs)
        return std::nullopt;
    return describe(transferId);
}

std::optional<OfferInbox::Offer> OfferInbox::latestOpenOffer() const
{
    if (auto latest = openOffer(m_latest))
        return latest;
    std::optional<Offer> newest;
    for (const ConversationSummary &s : m_cache.conversations()) {
        if (!s.isOffered())
            continue;
        if (auto offer = openOffer(s.offerTransferId); offer && (!newest || offer->transferId > newest->transferId))
            newest = offer;
    }
    return newest;
}

std::optional<OfferInbox::Offer> OfferInbox::missedOffer(qint64 transferId) const
{
    const auto cached = m_cache.transfer(transferId);
    if (!cached || !cached->transfer.isFinal())
        return std::nullopt;
    return describe(transferId);
}

void OfferInbox::accept(qint64 transferId, std::function<void(const Result<reply::OneTransfer> &)> done)
{
    m_client.acceptTransfer(transferId, std::move(done));
}

int OfferInbox::ownOpenConversations() const
{
    int count = 0;
    for (const ConversationSummary &s : m_cache.conversations())
        count += s.isOwnedBy(m_client.agentId()) ? 1 : 0;
    return count;
}

// Called once the batch that stored the offer committed: replayed offers that ended later in the
// same RESUME batch never get here.
void OfferInbox::onOfferReceived(qint64, qint64 transferId)
{
    const auto offer = openOffer(transferId);
    if (!offer)
        return;
    m_latest = transferId;
    const auto cached = m_cache.transfer(transferId);
    if (AutoAcceptPolicy::fromSettings(m_settings).accepts(cached->transfer, m_client.profile().agent,
                                                           ownOpenConversations())) {
        m_client.acceptTransfer(transferId, {});
        emit autoAccepted(*offer);
        return;
    }
    emit offerArrived(*offer);
}

} // namespace baton
