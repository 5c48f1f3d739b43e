#include "engine/customerdesk.h"

#include "core/eventtypes.h"
#include "core/sensitivedatamasker.h"
#include "engine/clock.h"
#include "engine/conversationdesk.h"
#include "engine/engineconfig.h"
#include "engine/enginestate.h"
#include "engine/eventoutbox.h"
#include "engine/fragmentscrubber.h"
#include "engine/responsetimerule.h"
#include "engine/store.h"

namespace baton {

namespace {
const QString robotId = QStringLiteral("robot");
constexpr int urgentPriority = 2;
constexpr int greenChannelPriority = 3;
// A number may be typed in up to three messages; the robot or an agent may answer in between.
constexpr int maxEarlierParts = 2;
constexpr int recentLines = 8;
} // namespace

CustomerDesk::CustomerDesk(EngineContext &context, ConversationDesk &conversations)
    : m_ctx(context)
    , m_conversations(conversations)
    , m_hints(context)
{
}

EngineResult CustomerDesk::customerMessage(qint64 conversationId, const QString &text)
{
    auto it = m_ctx.state.conversations.find(conversationId);
    if (it == m_ctx.state.conversations.end())
        return EngineResult::fail(EngineError::Conflict, QStringLiteral("this conversation is closed"));
    Conversation &c = *it;
    const RobotScript &robot = m_ctx.config.robot;
    const RobotScript::Reading reading = robot.read(text);
    // The customer's words name the skill when the page did not: queues and recommendations use it.
    if (c.requiredSkills.isEmpty()) {
        if (const QString skill = robot.skillMatch(reading).skill; !skill.isEmpty())
            c.requiredSkills = {skill}; // stored with the turn below
    }
    QJsonObject payload;
    const std::optional<Message> stored = storeTurn(c, text, &payload);
    if (!stored)
        return EngineResult::fail(EngineError::Internal, QStringLiteral("cannot store the message"));
    if (c.state == ConversationState::Active) {
        m_ctx.replies.customerWrote(c.id, m_ctx.clock.nowMs());
        m_hints.customerWrote(c, reading);
    }
    if (c.state == ConversationState::Robot) {
        robotTurn(c, reading);
    } else if (const Escalation e = robot.detect(reading); e.escalates() && priorityFor(c, e) > c.priority) {
        // Already with people, but this turn names a more pressing topic: flag it and move it up.
        escalate(c, e);
    }
    return EngineResult::success(payload);
}

std::optional<Message> CustomerDesk::storeTurn(Conversation &c, const QString &text, QJsonObject *payload)
{
    // The customer's recent turns within the window, oldest first; lines by the robot or an agent in
    // between do not end a number the customer is still typing.
    RecentCustomerTurns &recent = m_ctx.state.recentCustomerTurns;
    const QList<Message> known = recentTurns(c);
    QList<Message> earlier;
    const qint64 since = m_ctx.clock.nowMs() - m_ctx.config.splitNumberWindowMs;
    for (auto it = known.crbegin(); it != known.crend() && earlier.size() < maxEarlierParts; ++it) {
        if (it->seq > c.lastSeq - recentLines && it->timeMs >= since)
            earlier.prepend(*it);
    }
    QStringList parts;
    for (const Message &m : std::as_const(earlier))
        parts.append(m.text);
    parts.append(text);
    const QStringList masked = SensitiveDataMasker::maskJoined(parts);
    FragmentScrubber scrubber(m_ctx);
    for (qsizetype i = 0; i < earlier.size(); ++i) {
        if (masked.at(i) == earlier.at(i).text)
            continue;
        if (!scrubber.scrub(c, earlier.at(i), masked.at(i))) {
            recent.forget(c.id); // the store rolls back: read the stored lines again next time
            return std::nullopt;
        }
        Message rewritten = earlier.at(i);
        rewritten.text = masked.at(i);
        recent.rewrite(c.id, rewritten.seq, rewritten.text);
        m_conversations.announceRewrite(c, rewritten);
    }
    const Message m = m_conversations.append(c, SenderKind::Customer, c.customerId, masked.last(), payload);
    recent.add(m);
    return m;
}

QList<Message> CustomerDesk::recentTurns(const Conversation &c)
{
    RecentCustomerTurns &recent = m_ctx.state.recentCustomerTurns;
    if (const auto known = recent.find(c.id))
        return *known;
    // Not seen since the engine started: once from the store.
    QList<Message> customerLines;
    for (const Message &m : m_ctx.store.messages(c.id, std::max<qint64>(0, c.lastSeq - recentLines), recentLines)) {
        if (m.senderKind == SenderKind::Customer)
            customerLines.append(m);
    }
    recent.remember(c.id, customerLines);
    return recent.find(c.id).value_or(QList<Message>());
}

void CustomerDesk::robotTurn(Conversation &c, const RobotScript::Reading &reading)
{
    const RobotScript &robot = m_ctx.config.robot;
    if (const Escalation e = robot.detect(reading); e.escalates())
        return escalate(c, e);
    if (const auto answer = robot.answer(reading, c.language)) {
        c.robotMisses = 0;
        m_ctx.store.updateConversation(c);
        m_conversations.append(c, SenderKind::Robot, robotId, *answer);
        return;
    }
    ++c.robotMisses;
    if (c.robotMisses >= robot.maxUnresolvedTurns())
        return escalate(c, {EscalationReason::RobotUnresolved, QString(), QString()});
    m_ctx.store.updateConversation(c);
    m_conversations.append(c, SenderKind::Robot, robotId, robot.reply(QStringLiteral("unresolved"), c.language));
}

EngineResult CustomerDesk::askForHuman(qint64 conversationId)
{
    auto it = m_ctx.state.conversations.find(conversationId);
    if (it == m_ctx.state.conversations.end())
        return EngineResult::fail(EngineError::Conflict, QStringLiteral("this conversation is closed"));
    if (it->state == ConversationState::Robot)
        escalate(*it, {EscalationReason::Button, QString(), QString()});
    else if (it->state == ConversationState::Queued)
        m_conversations.append(*it, SenderKind::Robot, robotId,
                               m_ctx.config.robot.reply(QStringLiteral("alreadyQueued"), it->language));
    return EngineResult::success({{QStringLiteral("state"), conversationStateName(it->state)}});
}

int CustomerDesk::priorityFor(const Conversation &c, const Escalation &e) const
{
    switch (e.reason) {
    case EscalationReason::GreenChannel: return greenChannelPriority;
    case EscalationReason::Urgent: return std::max(c.priority, urgentPriority);
    case EscalationReason::Complaint: return std::max(c.priority, 1);
    default: break;
    }
    return c.priority;
}

void CustomerDesk::escalate(Conversation &c, const Escalation &e)
{
    const bool wasWithRobot = c.state == ConversationState::Robot;
    m_conversations.enqueue(c, escalationReasonName(e.reason), e.topic, e.word, priorityFor(c, e));
    if (wasWithRobot || e.reason == EscalationReason::GreenChannel)
        m_conversations.append(c, SenderKind::Robot, robotId, m_ctx.config.robot.replyFor(e, c.language));
    if (c.state == ConversationState::Active)
        m_ctx.outbox.toAgent(c.ownerId, msg::ConversationUpdated,
                             {{QStringLiteral("conversation"), m_conversations.describe(c)}});
    m_conversations.assignQueued();
    if (c.state == ConversationState::Queued)
        m_conversations.notifyQueue();
}

EngineResult CustomerDesk::rate(qint64 conversationId, int rating, const QString &comment)
{
    if (m_ctx.state.conversations.contains(conversationId))
        return EngineResult::fail(EngineError::Conflict, QStringLiteral("rate the conversation after it closes"));
    const auto c = m_ctx.store.conversation(conversationId);
    if (!c || c->state != ConversationState::Closed)
        return EngineResult::fail(EngineError::NotFound, QStringLiteral("no closed conversation %1").arg(conversationId));
    const QString masked = SensitiveDataMasker::mask(comment);
    if (!m_ctx.store.setRating(conversationId, rating, masked))
        return EngineResult::fail(EngineError::Conflict, QStringLiteral("this conversation is already rated"));
    const QString agentId = c->closedBy.isEmpty() ? c->ownerId : c->closedBy;
    if (AgentState *agent = m_ctx.state.agent(agentId))
        agent->recordRating(c->requiredSkills.value(0), rating);
    return EngineResult::success({{QStringLiteral("conversationId"), conversationId},
                                  {QStringLiteral("rating"), rating},
                                  {QStringLiteral("agent"), agentId}});
}

} // namespace baton
