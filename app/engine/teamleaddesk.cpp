#include "engine/teamleaddesk.h"

#include "core/eventtypes.h"
#include "engine/enginestate.h"
#include "engine/eventoutbox.h"
#include "engine/responsetimerule.h"

namespace baton {

TeamLeadDesk::TeamLeadDesk(EngineContext &context, ConversationDesk &conversations)
    : m_ctx(context), m_team(context, conversations)
{
}

EngineResult TeamLeadDesk::watch(const AgentState &actor)
{
    if (!TeamDesk::mayWatch(actor))
        return EngineResult::fail(
            EngineError::PermissionDenied,
            QStringLiteral("only team leads, supervisors and administrators see the team"));
    ++m_watchers[actor.agent.id];
    return EngineResult::success(m_team.snapshot(actor));
}

void TeamLeadDesk::unwatch(const QString &actorId)
{
    auto it = m_watchers.find(actorId);
    if (it != m_watchers.end() && --*it <= 0)
        m_watchers.erase(it);
}

EngineResult TeamLeadDesk::reassign(const AgentState &actor, qint64 conversationId, const QString &targetId,
                                    const QString &note)
{
    return m_team.reassign(actor, conversationId, targetId, note);
}

EngineResult TeamLeadDesk::checkSetAgentStatus(const AgentState &actor, const QString &agentId)
{
    return m_team.checkSetAgentStatus(actor, agentId);
}

void TeamLeadDesk::flush(qint64 nowMs, const StatsSink &sink)
{
    if (m_watchers.isEmpty()) {
        m_throttle.reset();
        return;
    }
    if (!m_throttle.due(nowMs))
        return;
    m_throttle.sent(nowMs);
    const QStringList watchers = m_watchers.keys();
    for (const QString &id : watchers) {
        if (const AgentState *a = m_ctx.state.agent(id))
            sink(id, m_team.snapshot(*a));
    }
}

std::optional<qint64> TeamLeadDesk::nextWakeMs() const
{
    if (m_watchers.isEmpty())
        return std::nullopt;
    return m_throttle.nextMs();
}

void TeamLeadDesk::announceOverdueReplies(qint64 nowMs)
{
    for (const ResponseTimeRule::Overdue &o : m_ctx.replies.due(nowMs)) {
        const auto c = m_ctx.state.conversations.constFind(o.conversationId);
        if (c == m_ctx.state.conversations.cend() || c->ownerId.isEmpty())
            continue;
        const QJsonObject payload{
            {QStringLiteral("conversationId"), o.conversationId},
            {QStringLiteral("agent"), c->ownerId},
            {QStringLiteral("waitingMs"), o.waitingMs},
            {QStringLiteral("level"), o.toLead ? QStringLiteral("lead") : QStringLiteral("agent")}};
        if (!o.toLead) {
            m_ctx.outbox.toAgent(c->ownerId, msg::ReplyOverdue, payload);
            continue;
        }
        const QString department = m_ctx.state.departmentOf(c->ownerId);
        for (const AgentState &lead : m_ctx.state.agents) {
            if (lead.agent.role == Role::TeamLead && lead.agent.department == department &&
                lead.agent.id != c->ownerId)
                m_ctx.outbox.toAgent(lead.agent.id, msg::ReplyOverdue, payload);
        }
    }
}

} // namespace baton
