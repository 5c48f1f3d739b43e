#pragma once

#include "core/transfer.h"
#include "protocol/agentreplies.h"
#include "protocol/requesterror.h"

#include <QObject>
#include <functional>
#include <optional>

namespace baton {

class AgentClient;
class LocalCache;
class WorkstationSettings;

// The offers addressed to this agent, and what happens to them: accepted at once when the agent's
// auto-accept rule says so, announced otherwise, remembered as missed when they end unanswered.
// Views show what it says and forward clicks; they decide nothing.
class OfferInbox : public QObject {
    Q_OBJECT
public:
    struct Offer {
        qint64 transferId = 0;
        qint64 conversationId = 0;
        QString fromName;
        QString customerName;
        QString problem; // the note's first words
        qint64 deadlineMs = 0;
    };

    // `now` is the engine's clock the deadlines are compared with (default: the client's estimate;
    // injectable for tests).
    OfferInbox(AgentClient &client, LocalCache &cache, const WorkstationSettings &settings,
               std::function<qint64()> now = {}, QObject *parent = nullptr);

    // The offer if the agent can still answer it: pending, and before its deadline.
    std::optional<Offer> openOffer(qint64 transferId) const;
    // The newest offer still open, if any.
    std::optional<Offer> latestOpenOffer() const;
    // A missed offer as the list and the notice describe it.
    std::optional<Offer> missedOffer(qint64 transferId) const;
    // The agent said yes or no from the preview: the notice for it goes.
    void accept(qint64 transferId, std::function<void(const Result<reply::OneTransfer> &)> done);

signals:
    void offerArrived(const baton::OfferInbox::Offer &offer);
    void autoAccepted(const baton::OfferInbox::Offer &offer);
    // The offer ended without an answer from this agent: timed out, withdrawn, or ended while away.
    void offerMissed(const baton::OfferInbox::Offer &offer, baton::TransferState state);

private:
    void onOfferReceived(qint64 conversationId, qint64 transferId);
    std::optional<Offer> describe(qint64 transferId) const;
    int ownOpenConversations() const;

    AgentClient &m_client;
    LocalCache &m_cache;
    const WorkstationSettings &m_settings;
    std::function<qint64()> m_now;
    qint64 m_latest = 0;
};

} // namespace baton

Q_DECLARE_METATYPE(baton::OfferInbox::Offer)
