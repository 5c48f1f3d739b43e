#pragma once

#include "core/agent.h"

#include <optional>

namespace baton {

struct AgentState;
struct EngineContext;
class TeamLeadDesk;
class TransferDesk;

// An agent's status over their connections: online when the first one opens, offline once the last
// one has been closed for offlineGraceMs, or as they (or their lead) set it. Every change is stored
// and told to the team leads; going offline ends the offers the agent holds. Routing the queues
// afterwards is the caller's.
class AgentPresence {
public:
    AgentPresence(EngineContext &context, TeamLeadDesk &lead, TransferDesk &transfers);

    // True when this connection brought the agent online (store it with apply()).
    bool connected(AgentState &agent);
    // The last connection closed: offline after the grace unless one comes back.
    void disconnected(AgentState &agent);
    // False: the store failed (the change stays in memory, as the engine's command rolls back).
    bool apply(AgentState &agent, AgentStatus status);
    // Agents whose grace ran out go offline.
    void dropExpired(qint64 nowMs);
    std::optional<qint64> nextDeadlineMs() const;

private:
    EngineContext &m_ctx;
    TeamLeadDesk &m_lead;
    TransferDesk &m_transfers;
};

} // namespace baton
