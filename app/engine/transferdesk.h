#pragma once

#include "core/conversation.h"
#include "core/transfer.h"
#include "engine/enginecontext.h"
#include "engine/engineerror.h"
#include "engine/recommender.h"
#include "engine/transferstatemachine.h"

#include <QJsonArray>
#include <optional>

namespace baton {

class ConversationDesk;
struct AgentState;

// F1: transfer requests, their resolution (accept, reject, timeout, cancel, target offline),
// recommendations and the chain of hops. Resolution is a compare-and-set on the stored state, so of
// two racing resolutions exactly one wins and the other is told it lost.
class TransferDesk {
public:
    TransferDesk(EngineContext &context, ConversationDesk &conversations);

    bool load();

    EngineResult request(const AgentState &actor, qint64 conversationId, const QString &targetId,
                         const QJsonObject &note);
    EngineResult accept(const AgentState &actor, qint64 transferId);
    EngineResult reject(const AgentState &actor, qint64 transferId, const QString &reason);
    EngineResult cancel(const AgentState &actor, qint64 transferId);
    EngineResult recommend(const AgentState &actor, qint64 conversationId, const CandidateFilter &filter, int limit);
    EngineResult chain(const AgentState &actor, qint64 conversationId);

    void expireDue(qint64 nowMs);
    void targetWentOffline(const QString &agentId);
    std::optional<qint64> nextDeadline() const;

private:
    enum class Party { Target, Initiator };
    // The pending transfer `transferId` if `actor` is its `party`; otherwise nullptr and the refusal.
    const Transfer *pendingFor(const AgentState &actor, qint64 transferId, Party party, EngineResult *refusal) const;
    EngineResult resolve(Transfer t, TransferEvent event, const QString &reason);
    QJsonArray nextTargets(const Transfer &t);
    RecommendRequest requestFor(const Conversation &c, const Agent &initiator, int limit) const;
    qint64 timeoutFor(const Agent &target) const;
    std::optional<EngineError> validateNote(const QJsonObject &note) const;

    EngineContext &m_ctx;
    ConversationDesk &m_conversations;
};

} // namespace baton
