#include "engine/conversationdesk.h"

#include "engine/clock.h"
#include "engine/engineconfig.h"
#include "engine/enginestate.h"
#include "engine/eventoutbox.h"
#include "engine/permissionpolicy.h"
#include "engine/queuebook.h"
#include "engine/responsetimerule.h"
#include "engine/recommender.h"
#include "engine/store.h"
#include "engine/tokens.h"
#include "core/eventtypes.h"
#include "core/sensitivedatamasker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUuid>
#include <algorithm>

Q_LOGGING_CATEGORY(lcConversation, "baton.engine.conversation")

namespace baton {

namespace {
EngineResult notFound(qint64 id)
{
    return EngineResult::fail(EngineError::NotFound, QStringLiteral("no open conversation %1").arg(id));
}
QJsonArray messagesJson(const QList<Message> &messages)
{
    QJsonArray array;
    for (const Message &m : messages)
        array.append(m.toJson());
    return array;
}
} // namespace

ConversationDesk::ConversationDesk(EngineContext &context)
    : m_ctx(context)
{
}

bool ConversationDesk::load()
{
    for (const Conversation &c : m_ctx.store.openConversations()) {
        m_ctx.state.conversations.insert(c.id, c);
        m_ctx.state.customers.insert(c.id, m_ctx.store.customer(c.customerId).value_or(Customer{c.customerId, {}, 0, {}}));
        if (AgentState *owner = m_ctx.state.agent(c.ownerId); owner && c.state == ConversationState::Active)
            ++owner->load;
    }
    return true;
}

QJsonObject ConversationDesk::describe(const Conversation &c)
{
    QJsonObject o = c.toJson();
    const auto customer = m_ctx.state.customers.constFind(c.id);
    if (customer != m_ctx.state.customers.cend())
        o.insert(QStringLiteral("customer"), customer->toJson());
    else if (auto stored = m_ctx.store.customer(c.customerId))
        o.insert(QStringLiteral("customer"), stored->toJson());
    const auto pending = m_ctx.state.pendingTransfers.constFind(c.id);
    if (pending != m_ctx.state.pendingTransfers.cend())
        o.insert(QStringLiteral("pendingTransfer"), pending->toJson());
    return o;
}

EngineResult ConversationDesk::startVisitor(const VisitorStart &start)
{
    Customer customer;
    if (!start.customerId.isEmpty()) {
        if (auto known = m_ctx.store.customer(start.customerId))
            customer = *known;
    }
    if (customer.id.isEmpty()) {
        customer.id = start.customerId.isEmpty()
                          ? QStringLiteral("v-") + QUuid::createUuid().toString(QUuid::Id128).left(12)
                          : start.customerId;
        customer.name = start.name.isEmpty() ? QStringLiteral("访客") : start.name;
        if (!m_ctx.store.upsertCustomer(customer))
            return EngineResult::fail(EngineError::Internal, QStringLiteral("cannot store the customer"));
    }
    Conversation c;
    c.customerId = customer.id;
    if (!start.skill.isEmpty())
        c.requiredSkills = {start.skill};
    c.priority = customer.vipLevel > 0 ? 1 : 0;
    c.language = start.language == QLatin1String("en") ? start.language : QStringLiteral("zh");
    c.createdMs = m_ctx.clock.nowMs();
    // The robot answers first unless the customer asked for a person on the start screen (one step).
    const bool robot = m_ctx.config.robot.enabled() && !start.askForHuman;
    c.state = robot ? ConversationState::Robot : ConversationState::Queued;
    if (!robot) {
        c.queuedMs = c.createdMs;
        if (start.askForHuman)
            c.escalation = escalationReasonName(EscalationReason::Button);
    }
    // Masked before it is cut: a number cut in half would no longer be recognised.
    c.subject = SensitiveDataMasker::mask(start.text).left(80);
    const QString token = Tokens::generate();
    if (!m_ctx.store.insertConversation(c, Tokens::hash(token)))
        return EngineResult::fail(EngineError::Internal, QStringLiteral("cannot store the conversation"));
    m_ctx.state.conversations.insert(c.id, c);
    m_ctx.state.customers.insert(c.id, customer);
    if (robot)
        append(m_ctx.state.conversations[c.id], SenderKind::Robot, QStringLiteral("robot"),
               m_ctx.config.robot.reply(QStringLiteral("greeting"), c.language));
    qCInfo(lcConversation) << "conversation" << c.id << (robot ? "with the robot for" : "queued for") << customer.id;
    return EngineResult::success({{QStringLiteral("conversationId"), c.id},
                                  {QStringLiteral("token"), token},
                                  {QStringLiteral("customer"), customer.toJson()}});
}

std::optional<qint64> ConversationDesk::visitorConversation(const QString &token)
{
    return m_ctx.store.conversationForVisitor(Tokens::hash(token));
}

EngineResult ConversationDesk::visitorHistory(qint64 conversationId, qint64 afterSeq, int limit)
{
    return EngineResult::success(
        {{QStringLiteral("messages"), messagesJson(m_ctx.store.messages(conversationId, afterSeq, limit, false))}});
}

EngineResult ConversationDesk::visitorStatus(qint64 conversationId)
{
    const auto it = m_ctx.state.conversations.constFind(conversationId);
    if (it != m_ctx.state.conversations.cend()) {
        notifyVisitorStatus(*it);
        return EngineResult::success({{QStringLiteral("state"), conversationStateName(it->state)}});
    }
    Conversation closed;
    closed.id = conversationId;
    closed.state = ConversationState::Closed;
    notifyVisitorStatus(closed);
    return EngineResult::success({{QStringLiteral("state"), conversationStateName(closed.state)}});
}

EngineResult ConversationDesk::agentMessage(const AgentState &actor, qint64 conversationId, const QString &text)
{
    auto it = m_ctx.state.conversations.find(conversationId);
    if (it == m_ctx.state.conversations.end())
        return notFound(conversationId);
    if (it->ownerId != actor.agent.id)
        return EngineResult::fail(EngineError::PermissionDenied,
                                  QStringLiteral("only the owner of conversation %1 may write in it").arg(conversationId));
    QJsonObject payload;
    const Message m = append(*it, SenderKind::Agent, actor.agent.id, text, &payload);
    if (!m_ctx.store.markFirstResponse(conversationId, m.timeMs))
        return EngineResult::fail(EngineError::Internal, QStringLiteral("cannot store the first response time"));
    m_ctx.replies.agentReplied(conversationId);
    return EngineResult::success(payload);
}

EngineResult ConversationDesk::close(const AgentState &actor, qint64 conversationId, bool resolved,
                                     const QString &reason)
{
    auto it = m_ctx.state.conversations.find(conversationId);
    if (it == m_ctx.state.conversations.end())
        return notFound(conversationId);
    if (!PermissionPolicy::mayManage(actor.agent, *it, m_ctx.state.departmentOf(it->ownerId)))
        return EngineResult::fail(EngineError::PermissionDenied,
                                  QStringLiteral("you may not close conversation %1").arg(conversationId));
    if (m_ctx.state.pendingTransfers.contains(conversationId))
        return EngineResult::fail(EngineError::Conflict,
                                  QStringLiteral("a transfer of conversation %1 is pending; cancel it first")
                                      .arg(conversationId));
    Conversation c = *it;
    c.state = ConversationState::Closed;
    c.closedMs = m_ctx.clock.nowMs();
    c.closedBy = actor.agent.id;
    if (c.assignedMs > 0)
        m_ctx.state.handling.record(c.closedMs - c.assignedMs);
    if (!m_ctx.store.updateConversation(c, resolved) || !m_ctx.store.setCloseReason(c.id, reason))
        return EngineResult::fail(EngineError::Internal, QStringLiteral("cannot store the conversation"));
    // Described while the customer is still known, so the closed chat keeps the customer's name.
    const QJsonObject described = describe(c);
    if (AgentState *owner = m_ctx.state.agent(c.ownerId)) {
        owner->load = std::max(0, owner->load - 1);
        owner->recordClosed(c.requiredSkills.value(0), resolved);
    }
    m_ctx.state.recentCustomerTurns.forget(it.key());
    m_ctx.state.conversations.erase(it);
    m_ctx.state.customers.remove(conversationId);
    m_ctx.state.attempts.remove(conversationId);
    m_ctx.replies.forget(conversationId);
    m_ctx.outbox.toAgent(c.ownerId, msg::ConversationUpdated, {{QStringLiteral("conversation"), described}});
    notifyVisitorStatus(c);
    assignQueued();
    return EngineResult::success({{QStringLiteral("conversation"), described}});
}

bool ConversationDesk::customerLeft(qint64 conversationId)
{
    auto it = m_ctx.state.conversations.find(conversationId);
    if (it == m_ctx.state.conversations.end() ||
        (it->state != ConversationState::Queued && it->state != ConversationState::Robot))
        return false;
    const bool wasQueued = it->state == ConversationState::Queued;
    Conversation c = *it;
    c.state = ConversationState::Closed;
    c.closedMs = m_ctx.clock.nowMs();
    if (!m_ctx.store.updateConversation(c) || !m_ctx.store.setCloseReason(c.id, QStringLiteral("customer left")))
        return false;
    qCInfo(lcConversation) << "conversation" << c.id << "closed: the customer left while" << (wasQueued ? "queued" : "with the robot");
    m_ctx.state.recentCustomerTurns.forget(it.key());
    m_ctx.state.conversations.erase(it);
    m_ctx.state.customers.remove(conversationId);
    m_ctx.state.attempts.remove(conversationId);
    m_ctx.replies.forget(conversationId);
    if (wasQueued)
        notifyQueue(); // everyone behind moved up
    return true;
}

bool ConversationDesk::mayView(const AgentState &actor, qint64 conversationId)
{
    if (PermissionPolicy::isSupervisor(actor.agent))
        return true;
    std::optional<Conversation> c;
    if (auto it = m_ctx.state.conversations.constFind(conversationId); it != m_ctx.state.conversations.cend())
        c = *it;
    else
        c = m_ctx.store.conversation(conversationId);
    if (!c)
        return false;
    if (c->ownerId == actor.agent.id)
        return true;
    if (actor.agent.role == Role::TeamLead && m_ctx.state.departmentOf(c->ownerId) == actor.agent.department)
        return true;
    // Everyone who was offered or held the conversation keeps read access to its history.
    for (const Transfer &t : m_ctx.store.transfersOf(conversationId)) {
        if (t.toAgent == actor.agent.id || t.fromAgent == actor.agent.id)
            return true;
    }
    return m_ctx.store.firstOwner(conversationId).first == actor.agent.id;
}

std::optional<EngineResult> ConversationDesk::refuseView(const AgentState &actor, qint64 conversationId)
{
    if (!m_ctx.state.conversations.contains(conversationId) && !m_ctx.store.conversation(conversationId))
        return EngineResult::fail(EngineError::NotFound, QStringLiteral("no conversation %1").arg(conversationId));
    if (!mayView(actor, conversationId))
        return EngineResult::fail(EngineError::PermissionDenied,
                                  QStringLiteral("you may not read conversation %1").arg(conversationId));
    return std::nullopt;
}

EngineResult ConversationDesk::history(const AgentState &actor, qint64 conversationId, qint64 afterSeq, int limit)
{
    if (auto refused = refuseView(actor, conversationId))
        return *refused;
    const QList<Message> messages = m_ctx.store.messages(conversationId, afterSeq, limit);
    return EngineResult::success({{QStringLiteral("conversationId"), conversationId},
                                  {QStringLiteral("messages"), messagesJson(messages)},
                                  {QStringLiteral("complete"), messages.size() < limit}});
}

EngineResult ConversationDesk::list(const AgentState &actor)
{
    QJsonArray owned;
    QJsonArray offered;
    for (const Conversation &c : std::as_const(m_ctx.state.conversations)) {
        if (c.ownerId == actor.agent.id)
            owned.append(describe(c));
    }
    for (const Transfer &t : std::as_const(m_ctx.state.pendingTransfers)) {
        if (t.toAgent == actor.agent.id)
            offered.append(describe(m_ctx.state.conversations.value(t.conversationId)));
    }
    QJsonArray recent;
    for (const Conversation &c : m_ctx.store.recentClosedConversations(actor.agent.id, 50))
        recent.append(describe(c)); // with the customer: a workstation may never have seen it open
    return EngineResult::success({{QStringLiteral("conversations"), owned},
                                  {QStringLiteral("offered"), offered},
                                  {QStringLiteral("recentlyClosed"), recent}});
}

EngineResult ConversationDesk::details(const AgentState &actor, qint64 conversationId)
{
    if (auto refused = refuseView(actor, conversationId))
        return *refused;
    if (auto it = m_ctx.state.conversations.constFind(conversationId); it != m_ctx.state.conversations.cend())
        return EngineResult::success({{QStringLiteral("conversation"), describe(*it)}});
    const auto stored = m_ctx.store.conversation(conversationId);
    if (!stored)
        return EngineResult::fail(EngineError::NotFound, QStringLiteral("no conversation %1").arg(conversationId));
    return EngineResult::success({{QStringLiteral("conversation"), describe(*stored)}});
}

QList<qint64> ConversationDesk::queueOrder() const
{
    return m_ctx.queues.servingOrder(m_ctx.state, m_ctx.clock.nowMs());
}

void ConversationDesk::assignQueued()
{
    const int assigned = m_ctx.queues.assignAll(m_ctx.state, m_ctx.recommender, m_ctx.clock.nowMs(),
                                                [this](Conversation &c, AgentState &agent) { assign(c, agent); });
    if (assigned > 0)
        notifyQueue(); // everyone still waiting moved up: tell each their new place
    if (m_afterRouting)
        m_afterRouting();
}

void ConversationDesk::notifyQueue()
{
    // Sort the queue and count serving capacity once for everyone.
    const QList<qint64> waiting = queueOrder();
    const int openSlots = servingSlots();
    for (qsizetype i = 0; i < waiting.size(); ++i)
        m_ctx.outbox.toVisitor(waiting[i], msg::Status, queueStatus(m_ctx.state.conversations[waiting[i]], i + 1, openSlots));
}

int ConversationDesk::servingSlots() const
{
    int openSlots = 0;
    for (const AgentState &a : m_ctx.state.agents) {
        // Only those routing may hand customers to: a supervisor who reviews (mayReceive false) is
        // online without serving anyone, and counting them promised waits nobody would keep.
        if (a.agent.status == AgentStatus::Online && a.agent.rights.mayReceive)
            openSlots += a.agent.maxSessions;
    }
    return openSlots;
}

QJsonObject ConversationDesk::queueStatus(const Conversation &c, qsizetype position, int openSlots) const
{
    QJsonObject status{{QStringLiteral("conversationId"), c.id},
                       {QStringLiteral("state"), QStringLiteral("queued")},
                       {QStringLiteral("position"), position},
                       {QStringLiteral("urgent"), c.isUrgent()},
                       {QStringLiteral("basedOnSamples"), m_ctx.state.handling.samples()}};
    const auto wait = m_ctx.state.handling.estimateWaitMs(position, openSlots);
    // Rounded up to whole seconds; null when nobody is online to serve the queue.
    status.insert(QStringLiteral("estimatedWaitSeconds"), wait ? QJsonValue((*wait + 999) / 1000) : QJsonValue());
    return status;
}

void ConversationDesk::enqueue(Conversation &c, const QString &reason, const QString &topic, const QString &word,
                               int priority)
{
    if (c.state == ConversationState::Robot) {
        c.state = ConversationState::Queued;
        c.queuedMs = m_ctx.clock.nowMs();
    }
    // A later, more pressing reason (a green-channel word while waiting) replaces the first one.
    if (c.escalation.isEmpty() || priority > c.priority) {
        c.escalation = reason;
        c.escalationTopic = topic;
        c.escalationWord = word;
    }
    c.priority = std::max(c.priority, priority);
    c.robotMisses = 0;
    m_ctx.store.updateConversation(c);
    qCInfo(lcConversation) << "conversation" << c.id << "queued:" << reason << topic;
}

void ConversationDesk::announceRewrite(const Conversation &c, const Message &m)
{
    const QJsonObject payload{{QStringLiteral("message"), m.toJson()}};
    m_ctx.outbox.toAgent(c.ownerId, msg::MessageUpdated, payload);
    if (auto pending = m_ctx.state.pendingTransfers.constFind(c.id); pending != m_ctx.state.pendingTransfers.cend())
        m_ctx.outbox.toAgent(pending->toAgent, msg::MessageUpdated, payload);
    m_ctx.outbox.toVisitor(c.id, msg::MessageUpdated, payload);
}

void ConversationDesk::assign(Conversation &c, AgentState &agent)
{
    c.ownerId = agent.agent.id;
    c.state = ConversationState::Active;
    c.assignedMs = m_ctx.clock.nowMs();
    ++agent.load;
    agent.lastAssignedMs = c.assignedMs;
    m_ctx.store.updateConversation(c);
    m_ctx.store.setFirstOwner(c.id, agent.agent.id, m_ctx.clock.nowMs());
    qCInfo(lcConversation) << "conversation" << c.id << "assigned to" << agent.agent.id;
    m_ctx.outbox.toAgent(agent.agent.id, msg::ConversationAssigned, {{QStringLiteral("conversation"), describe(c)}});
    append(c, SenderKind::Agent, agent.agent.id, m_ctx.config.texts.welcome(c.language, agent.agent.displayName));
    notifyVisitorStatus(c);
}

Message ConversationDesk::append(Conversation &c, SenderKind kind, const QString &senderId, const QString &text,
                                 QJsonObject *payloadOut)
{
    // F5.7: nothing reaches storage or any screen unmasked, whoever wrote it.
    Message m{c.id, c.lastSeq + 1, kind, senderId, SensitiveDataMasker::mask(text), m_ctx.clock.nowMs()};
    c.lastSeq = m.seq;
    const QByteArray compact = "{\"message\":" + m.toCompactJson() + '}';
    // For in-process consumers. Parsing the bytes just written costs half of inserting the keys one
    // by one (1.7 vs 3.3 µs; issue 12), and gives the same object.
    QJsonObject payload = QJsonDocument::fromJson(compact).object();
    Q_ASSERT(!payload.isEmpty());
    if (payload.isEmpty()) // cannot happen (toCompactJson is tested against QJsonDocument); never send {}
        payload = {{QStringLiteral("message"), m.toJson()}};
    // The agents' MESSAGE events are kept on the message's row (EventLog), numbered first.
    constexpr auto onRow = EventOutbox::Storage::MessageRow;
    const MessageDelivery owner{c.ownerId, m_ctx.outbox.toAgent(c.ownerId, msg::Message, payload, compact, onRow)};
    // The transfer target's preview stays live.
    MessageDelivery preview;
    if (auto pending = m_ctx.state.pendingTransfers.constFind(c.id); pending != m_ctx.state.pendingTransfers.cend())
        preview = {pending->toAgent, m_ctx.outbox.toAgent(pending->toAgent, msg::Message, payload, compact, onRow)};
    m_ctx.store.appendMessage(m, owner, preview);
    m_ctx.store.updateConversation(c);
    if (kind != SenderKind::System)
        m_ctx.outbox.toVisitor(c.id, msg::Message, payload, compact);
    if (payloadOut)
        *payloadOut = payload;
    return m;
}

void ConversationDesk::notifyVisitorStatus(const Conversation &c, qsizetype queuePosition)
{
    QJsonObject status{{QStringLiteral("conversationId"), c.id}};
    if (c.state == ConversationState::Closed) {
        status.insert(QStringLiteral("state"), QStringLiteral("closed"));
        status.insert(QStringLiteral("mayRate"), true);
    } else if (c.state == ConversationState::Robot) {
        status.insert(QStringLiteral("state"), QStringLiteral("robot"));
    } else if (c.state == ConversationState::Queued) {
        status = queueStatus(c, queuePosition > 0 ? queuePosition : queueOrder().indexOf(c.id) + 1, servingSlots());
    } else {
        const bool transferring = m_ctx.state.pendingTransfers.contains(c.id);
        status.insert(QStringLiteral("state"), transferring ? QStringLiteral("transferring") : QStringLiteral("active"));
        if (AgentState *owner = m_ctx.state.agent(c.ownerId))
            status.insert(QStringLiteral("agentName"), owner->agent.displayName);
    }
    m_ctx.outbox.toVisitor(c.id, msg::Status, status);
}

} // namespace baton
