#include "engine/agentpresence.h"

#include "engine/agentstate.h"
#include "engine/clock.h"
#include "engine/engineconfig.h"
#include "engine/enginecontext.h"
#include "engine/enginestate.h"
#include "engine/store.h"
#include "engine/teamleaddesk.h"
#include "engine/transferdesk.h"

namespace baton {

AgentPresence::AgentPresence(EngineContext &context, TeamLeadDesk &lead, TransferDesk &transfers)
    : m_ctx(context), m_lead(lead), m_transfers(transfers)
{
}

bool AgentPresence::connected(AgentState &agent)
{
    ++agent.connections;
    agent.offlineAtMs = 0;
    return agent.agent.status == AgentStatus::Offline;
}

void AgentPresence::disconnected(AgentState &agent)
{
    if (agent.connections == 0)
        return;
    if (--agent.connections == 0 && agent.agent.status != AgentStatus::Offline) {
        agent.offlineAtMs = m_ctx.clock.nowMs() + m_ctx.config.offlineGraceMs;
        m_ctx.clock.wakeAt(agent.offlineAtMs);
    }
}

bool AgentPresence::apply(AgentState &agent, AgentStatus status)
{
    if (agent.agent.status != status) {
        agent.statusSinceMs = m_ctx.clock.nowMs();
        m_lead.changed();
    }
    agent.agent.status = status;
    if (!m_ctx.store.setAgentStatus(agent.agent.id, status))
        return false;
    if (status == AgentStatus::Offline)
        m_transfers.targetWentOffline(agent.agent.id);
    return true;
}

void AgentPresence::dropExpired(qint64 nowMs)
{
    for (AgentState &a : m_ctx.state.agents) {
        if (a.offlineAtMs == 0 || a.offlineAtMs > nowMs || a.connections > 0)
            continue;
        a.offlineAtMs = 0;
        apply(a, AgentStatus::Offline);
    }
}

std::optional<qint64> AgentPresence::nextDeadlineMs() const
{
    std::optional<qint64> next;
    for (const AgentState &a : m_ctx.state.agents) {
        if (a.offlineAtMs != 0 && (!next || a.offlineAtMs < *next))
            next = a.offlineAtMs;
    }
    return next;
}

} // namespace baton
