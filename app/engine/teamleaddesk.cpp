#include "engine/teamleaddesk.h"

#include "core/eventtypes.h"
#include "engine/enginestate.h"
#include "engine/eventoutbox.h"
#include "engine/queuebook.h"
#include "engine/responsetimerule.h"

#include <algorithm>

namespace baton {

TeamLeadDesk::TeamLeadDesk(EngineContext &context, ConversationDesk &conversations)
    : m_ctx(context), m_team(context, conversations), m_overflow(context)
{
}

EngineResult TeamLeadDesk::watch(const AgentState &actor)
{
    if (!TeamDesk::mayWatch(actor))
        return EngineResult::fail(
            EngineError::PermissionDenied,
            QStringLiteral("only team leads, supervisors and administrators see the team"));
    ++m_watchers[actor.agent.id];
    return EngineResult::success(snapshot(actor));
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
            sink(id, snapshot(*a));
    }
}

std::optional<qint64> TeamLeadDesk::nextWakeMs() const
{
    std::optional<qint64> next = m_overflow.nextCloseMs();
    if (const auto stats = m_throttle.nextMs(); stats && !m_watchers.isEmpty() && (!next || *stats < *next))
        next = stats;
    return next;
}

QJsonObject TeamLeadDesk::snapshot(const AgentState &actor)
{
    QJsonObject o = m_team.snapshot(actor);
    o.insert(QStringLiteral("overflows"), m_overflow.json(actor));
    return o;
}

void TeamLeadDesk::announceOverloads(qint64 nowMs)
{
    // Counted once per routing pass, not once per agent: this runs after every assignment.
    const auto &queues = m_ctx.queues.definitions();
    QList<int> waiting(queues.size(), 0);
    bool anyWaiting = false;
    for (qsizetype q = 0; q < queues.size(); ++q) {
        waiting[q] = int(m_ctx.queues.waiting(q, m_ctx.state, nowMs).size());
        anyWaiting = anyWaiting || waiting[q] > 0;
    }
    for (const AgentState &a : m_ctx.state.agents) {
        int backlog = 0;
        if (anyWaiting && a.agent.status == AgentStatus::Online && !a.hasCapacity()) {
            for (qsizetype q = 0; q < queues.size(); ++q)
                backlog += waiting[q] > 0 && m_ctx.queues.serves(queues[q], a) ? waiting[q] : 0;
        }
        if (backlog == 0) {
            if (m_overloaded.remove(a.agent.id))
                changed();
            continue;
        }
        if (m_overloaded.contains(a.agent.id))
            continue;
        m_overloaded.insert(a.agent.id);
        changed();
        m_ctx.outbox.toAgent(a.agent.id, msg::OverloadWarning,
                             {{QStringLiteral("agent"), a.agent.id},
                              {QStringLiteral("load"), a.load},
                              {QStringLiteral("maxSessions"), a.agent.maxSessions},
                              {QStringLiteral("waiting"), backlog},
                              {QStringLiteral("suggestions"), suggestedTargets(a)}});
    }
}

QJsonArray TeamLeadDesk::suggestedTargets(const AgentState &overloaded) const
{
    constexpr qsizetype maxSuggestions = 3;
    // Colleagues with room, own department first, then the emptiest: those can take a chat now.
    std::vector<const AgentState *> free;
    for (const AgentState &a : m_ctx.state.agents) {
        if (a.agent.id != overloaded.agent.id && a.canTakeWork() && a.agent.rights.mayReceive)
            free.push_back(&a);
    }
    const QString department = overloaded.agent.department;
    std::sort(free.begin(), free.end(), [&](const AgentState *x, const AgentState *y) {
        const bool xs = x->agent.department == department, ys = y->agent.department == department;
        if (xs != ys)
            return xs;
        const double rx = double(x->usedCapacity()) / x->agent.maxSessions;
        const double ry = double(y->usedCapacity()) / y->agent.maxSessions;
        return rx != ry ? rx < ry : x->agent.id < y->agent.id;
    });
    QJsonArray list;
    for (const AgentState *a : free) {
        if (list.size() >= maxSuggestions)
            break;
        list.append(a->toJson());
    }
    return list;
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
