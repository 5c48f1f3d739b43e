#include "engine/teamdesk.h"

#include "core/eventtypes.h"
#include "engine/clock.h"
#include "engine/conversationdesk.h"
#include "engine/enginestate.h"
#include "engine/eventoutbox.h"
#include "engine/permissionpolicy.h"
#include "engine/queuebook.h"
#include "engine/store.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTeam, "baton.engine.team")

namespace baton {

namespace {
EngineResult denied(const QString &what)
{
    return EngineResult::fail(EngineError::PermissionDenied, what);
}
} // namespace

TeamDesk::TeamDesk(EngineContext &context, ConversationDesk &conversations)
    : m_ctx(context), m_conversations(conversations)
{
}

bool TeamDesk::mayWatch(const AgentState &actor)
{
    return actor.agent.role != Role::Agent;
}

bool TeamDesk::inScope(const AgentState &actor, const QString &department) const
{
    return PermissionPolicy::isSupervisor(actor.agent) ||
           (actor.agent.role == Role::TeamLead && actor.agent.department == department);
}

bool TeamDesk::overloaded(const AgentState &agent, qint64 now)
{
    // At capacity while a queue the agent works has customers waiting.
    if (agent.agent.status != AgentStatus::Online || agent.hasCapacity())
        return false;
    const auto &queues = m_ctx.queues.definitions();
    for (qsizetype q = 0; q < queues.size(); ++q) {
        if (m_ctx.queues.serves(queues[q], agent) && !m_ctx.queues.waiting(q, m_ctx.state, now).isEmpty())
            return true;
    }
    return false;
}

QJsonArray TeamDesk::queuesJson(const AgentState &actor, qint64 now, QSet<qsizetype> *visible)
{
    QJsonArray list;
    const auto &queues = m_ctx.queues.definitions();
    for (qsizetype q = 0; q < queues.size(); ++q) {
        const QueueDefinition &d = queues[q];
        const bool mine = PermissionPolicy::isSupervisor(actor.agent) || d.match.departments.isEmpty() ||
                          d.match.departments.contains(actor.agent.department);
        if (!mine)
            continue;
        visible->insert(q);
        const QueueFigures f = m_ctx.queues.figures(q, m_ctx.state, now);
        list.append(QJsonObject{{QStringLiteral("id"), d.id},
                                {QStringLiteral("name"), d.name},
                                {QStringLiteral("strategy"), queueStrategyName(d.strategy)},
                                {QStringLiteral("waiting"), f.waiting},
                                {QStringLiteral("longestWaitMs"), f.longestWaitMs},
                                {QStringLiteral("averageWaitMs"), f.averageWaitMs},
                                {QStringLiteral("servedToday"), f.servedToday},
                                {QStringLiteral("servedWithinTargetShare"), f.servedWithinTargetShare},
                                {QStringLiteral("targetMs"), d.targetMs},
                                {QStringLiteral("targetShare"), d.targetShare}});
    }
    return list;
}

QJsonObject TeamDesk::snapshot(const AgentState &actor)
{
    const qint64 now = m_ctx.clock.nowMs();
    QSet<qsizetype> visible;
    const QJsonArray queues = queuesJson(actor, now, &visible);
    QHash<QString, int> offers;
    for (const Transfer &t : std::as_const(m_ctx.state.pendingTransfers))
        ++offers[t.toAgent];
    // Each agent's open chats, for the board's batch transfer and read-only view.
    QHash<QString, QJsonArray> chats;
    for (const Conversation &c : std::as_const(m_ctx.state.conversations)) {
        if (c.state == ConversationState::Active && !c.ownerId.isEmpty())
            chats[c.ownerId].append(QJsonObject{{QStringLiteral("conversationId"), c.id},
                                                {QStringLiteral("customerName"), m_ctx.state.customers.value(c.id).name},
                                                {QStringLiteral("subject"), c.subject.left(80)}});
    }
    QJsonArray agents;
    int onDuty = 0;
    for (const AgentState &a : m_ctx.state.agents) {
        if (!inScope(actor, a.agent.department))
            continue;
        QJsonObject o = a.toJson();
        o.insert(QStringLiteral("chats"), chats.value(a.agent.id));
        o.insert(QStringLiteral("statusSinceMs"), a.statusSinceMs);
        o.insert(QStringLiteral("pendingOffers"), offers.value(a.agent.id));
        o.insert(QStringLiteral("overloaded"), overloaded(a, now));
        agents.append(o);
        // Staff for Erlang C are those routing may hand customers to, not reviewers who are online.
        if (a.agent.status == AgentStatus::Online && a.agent.maxSessions > 0 && a.agent.rights.mayReceive)
            ++onDuty;
    }
    QJsonArray waiting;
    const auto &definitions = m_ctx.queues.definitions();
    for (qsizetype q = 0; q < definitions.size(); ++q) {
        if (!visible.contains(q))
            continue;
        for (const WaitingConversation &w : m_ctx.queues.waiting(q, m_ctx.state, now)) {
            QJsonObject o = m_conversations.describe(*w.conversation);
            o.insert(QStringLiteral("queueId"), definitions[q].id);
            o.insert(QStringLiteral("waitedMs"), w.waitedMs);
            waiting.append(o);
        }
    }
    const QJsonObject staffing{
        {QStringLiteral("arrivalsLastHour"), m_ctx.queues.arrivalsLastHour(m_ctx.state, now)},
        {QStringLiteral("averageHandlingMs"), m_ctx.state.handling.typicalHandlingMs()},
        {QStringLiteral("onDuty"), onDuty}};
    return {{QStringLiteral("timeMs"), now},
            {QStringLiteral("queues"), queues},
            {QStringLiteral("agents"), agents},
            {QStringLiteral("waiting"), waiting},
            {QStringLiteral("staffing"), staffing}};
}

EngineResult TeamDesk::checkSetAgentStatus(const AgentState &actor, const QString &agentId)
{
    if (!mayWatch(actor))
        return denied(
            QStringLiteral("only team leads, supervisors and administrators may set a colleague's status"));
    AgentState *target = m_ctx.state.agent(agentId);
    if (!target)
        return EngineResult::fail(EngineError::NotFound, QStringLiteral("no agent \"%1\"").arg(agentId));
    if (!inScope(actor, target->agent.department))
        return denied(QStringLiteral("%1 is not in your team").arg(agentId));
    return EngineResult::success();
}

EngineResult TeamDesk::reassign(const AgentState &actor, qint64 conversationId, const QString &targetId,
                                const QString &note)
{
    if (!mayWatch(actor))
        return denied(QStringLiteral("only team leads, supervisors and administrators may reassign"));
    auto it = m_ctx.state.conversations.find(conversationId);
    if (it == m_ctx.state.conversations.end() || it->state == ConversationState::Robot)
        return EngineResult::fail(EngineError::NotFound,
                                  QStringLiteral("no waiting or active conversation %1").arg(conversationId));
    AgentState *target = m_ctx.state.agent(targetId);
    if (!target)
        return EngineResult::fail(EngineError::NotFound, QStringLiteral("no agent \"%1\"").arg(targetId));
    if (!inScope(actor, target->agent.department))
        return denied(QStringLiteral("%1 is not in your team").arg(targetId));
    Conversation &c = *it;
    if (c.state == ConversationState::Active && !inScope(actor, m_ctx.state.departmentOf(c.ownerId)))
        return denied(QStringLiteral("conversation %1 is owned outside your team").arg(conversationId));
    if (c.ownerId == targetId)
        return EngineResult::fail(EngineError::InvalidArgument,
                                  QStringLiteral("%1 already owns it").arg(targetId));
    if (target->agent.status == AgentStatus::Offline || !target->agent.rights.mayReceive)
        return EngineResult::fail(
            EngineError::TargetUnavailable,
            QStringLiteral("%1 is offline or may not receive conversations").arg(targetId));
    if (m_ctx.state.pendingTransfers.contains(conversationId))
        return EngineResult::fail(
            EngineError::Conflict,
            QStringLiteral("a transfer of conversation %1 is pending").arg(conversationId));
    const qint64 now = m_ctx.clock.nowMs();
    if (c.state == ConversationState::Queued) {
        m_ctx.queues.recordServed(m_ctx.queues.queueOf(c, m_ctx.state.customers.value(c.id).vipLevel, now),
                                  now - c.queuedMs, now);
        m_conversations.assign(c, *target);
    } else {
        // One hop of kind "reassigned": a transfer record that is final the moment it is written.
        Transfer t;
        t.conversationId = c.id;
        t.fromAgent = c.ownerId;
        t.toAgent = targetId;
        t.fromDepartment = m_ctx.state.departmentOf(c.ownerId);
        t.toDepartment = target->agent.department;
        t.note.remarks = note;
        t.note.problem = c.subject;
        t.state = TransferState::Pending; // resolved at once below: the store's one way to a final record
        t.reason = QStringLiteral("reassigned");
        t.createdMs = now;
        t.deadlineMs = now;
        if (!m_ctx.store.insertTransfer(t) ||
            !m_ctx.store.resolveTransfer(t.id, TransferState::Accepted, t.reason, now))
            return EngineResult::fail(EngineError::Internal, QStringLiteral("cannot store the reassignment"));
        const QString previous = c.ownerId;
        if (AgentState *old = m_ctx.state.agent(previous))
            old->load = std::max(0, old->load - 1);
        c.ownerId = targetId;
        ++target->load;
        target->lastAssignedMs = now;
        if (!m_ctx.store.updateConversation(c))
            return EngineResult::fail(EngineError::Internal, QStringLiteral("cannot store the conversation"));
        m_ctx.outbox.toAgent(previous, msg::ConversationUpdated,
                             {{QStringLiteral("conversation"), c.toJson()}});
        m_ctx.outbox.toAgent(targetId, msg::ConversationAssigned,
                             {{QStringLiteral("conversation"), m_conversations.describe(c)}});
        m_conversations.notifyVisitorStatus(c);
    }
    if (!note.isEmpty()) {
        const QString line = c.language == QLatin1String("en")
                                 ? QStringLiteral("%1 assigned this chat to %2: %3")
                                       .arg(actor.agent.displayName, target->agent.displayName, note)
                                 : QStringLiteral("%1 将会话指派给 %2：%3")
                                       .arg(actor.agent.displayName, target->agent.displayName, note);
        m_conversations.append(c, SenderKind::System, actor.agent.id, line);
    }
    qCInfo(lcTeam) << actor.agent.id << "reassigned conversation" << c.id << "to" << targetId;
    return EngineResult::success({{QStringLiteral("conversation"), m_conversations.describe(c)}});
}

} // namespace baton
