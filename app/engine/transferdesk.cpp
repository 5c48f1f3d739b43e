#include "engine/transferdesk.h"

#include "core/eventtypes.h"
#include "engine/clock.h"
#include "engine/conversationdesk.h"
#include "engine/engineconfig.h"
#include "engine/enginestate.h"
#include "engine/eventoutbox.h"
#include "engine/permissionpolicy.h"
#include "engine/store.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTransfer, "baton.engine.transfer")

namespace baton {

TransferDesk::TransferDesk(EngineContext &context, ConversationDesk &conversations)
    : m_ctx(context)
    , m_conversations(conversations)
{
}

bool TransferDesk::load()
{
    for (const Transfer &t : m_ctx.store.pendingTransfers()) {
        m_ctx.state.pendingTransfers.insert(t.conversationId, t);
        if (AgentState *target = m_ctx.state.agent(t.toAgent))
            ++target->reserved;
    }
    // Rebuild open attempts: the latest attempt of each open conversation that has not ended.
    for (const Conversation &c : std::as_const(m_ctx.state.conversations)) {
        const QList<Transfer> transfers = m_ctx.store.transfersOf(c.id);
        if (transfers.isEmpty())
            continue;
        const Transfer &last = transfers.last();
        if (last.state == TransferState::Accepted || last.state == TransferState::Cancelled)
            continue;
        TransferAttempt attempt{last.attemptId, last.fromAgent, {}};
        for (const Transfer &t : transfers) {
            if (t.attemptId == last.attemptId &&
                (t.state == TransferState::Rejected || t.state == TransferState::Timeout))
                attempt.declined.insert(t.toAgent);
        }
        m_ctx.state.attempts.insert(c.id, attempt);
    }
    return true;
}

qint64 TransferDesk::timeoutFor(const Agent &target) const
{
    const qint64 department = m_ctx.state.departments.value(target.department).transferTimeoutMs;
    return department > 0 ? department : m_ctx.config.transferTimeoutMs;
}

std::optional<EngineError> TransferDesk::validateNote(const QJsonObject &note) const
{
    static const QStringList textFields = {QStringLiteral("template"), QStringLiteral("problem"),
                                           QStringLiteral("stepsTaken"), QStringLiteral("customerSituation"),
                                           QStringLiteral("remarks")};
    for (auto it = note.begin(); it != note.end(); ++it) {
        if (it.key() == QLatin1String("urgency")) {
            bool ok = false;
            urgencyFromName(it.value().toString(), &ok);
            if (!ok)
                return EngineError{EngineError::InvalidArgument,
                                   QStringLiteral("note.urgency must be high, medium or low")};
        } else if (!textFields.contains(it.key())) {
            return EngineError{EngineError::InvalidArgument, QStringLiteral("note has no field \"%1\"").arg(it.key())};
        } else if (!it.value().isString() || it.value().toString().size() > m_ctx.config.maxNoteFieldLength) {
            return EngineError{EngineError::InvalidArgument,
                               QStringLiteral("note.%1 must be a string of at most %2 characters")
                                   .arg(it.key())
                                   .arg(m_ctx.config.maxNoteFieldLength)};
        }
    }
    return std::nullopt;
}

RecommendRequest TransferDesk::requestFor(const Conversation &c, const Agent &initiator, int limit) const
{
    RecommendRequest request;
    request.requiredSkills = c.requiredSkills;
    request.subject = c.subject;
    request.urgent = c.isUrgent();
    request.initiator = &initiator;
    request.excluded.insert(c.ownerId);
    if (auto attempt = m_ctx.state.attempts.constFind(c.id); attempt != m_ctx.state.attempts.cend())
        request.excluded.unite(attempt->declined);
    request.limit = limit;
    return request;
}

EngineResult TransferDesk::recommend(const AgentState &actor, qint64 conversationId, const CandidateFilter &filter,
                                     int limit)
{
    const auto it = m_ctx.state.conversations.constFind(conversationId);
    if (it == m_ctx.state.conversations.cend() || it->state != ConversationState::Active)
        return EngineResult::fail(EngineError::NotFound, QStringLiteral("no active conversation %1").arg(conversationId));
    if (!PermissionPolicy::mayManage(actor.agent, *it, m_ctx.state.departmentOf(it->ownerId)))
        return EngineResult::fail(EngineError::PermissionDenied,
                                  QStringLiteral("you may not transfer conversation %1").arg(conversationId));
    RecommendRequest request = requestFor(*it, actor.agent, limit);
    request.filter = filter;
    QJsonArray candidates;
    for (const Recommendation &r : m_ctx.recommender.recommend(m_ctx.state.agents, request))
        candidates.append(r.toJson());
    return EngineResult::success({{QStringLiteral("conversationId"), conversationId},
                                  {QStringLiteral("candidates"), candidates}});
}

EngineResult TransferDesk::request(const AgentState &actor, qint64 conversationId, const QString &targetId,
                                   const QJsonObject &noteJson)
{
    const auto it = m_ctx.state.conversations.constFind(conversationId);
    if (it == m_ctx.state.conversations.cend() || it->state != ConversationState::Active)
        return EngineResult::fail(EngineError::NotFound, QStringLiteral("no active conversation %1").arg(conversationId));
    const Conversation &c = *it;
    if (!PermissionPolicy::mayManage(actor.agent, c, m_ctx.state.departmentOf(c.ownerId)))
        return EngineResult::fail(EngineError::PermissionDenied,
                                  QStringLiteral("you may not transfer conversation %1").arg(conversationId));
    if (auto error = validateNote(noteJson))
        return {{}, error, {}};
    AgentState *target = m_ctx.state.agent(targetId);
    if (!target)
        return EngineResult::fail(EngineError::NotFound, QStringLiteral("no agent \"%1\"").arg(targetId));
    if (auto error = PermissionPolicy::checkTransfer(actor.agent, target->agent))
        return {{}, error, {}};
    if (targetId == c.ownerId)
        return EngineResult::fail(EngineError::TargetUnavailable, QStringLiteral("%1 already owns it").arg(targetId));
    if (m_ctx.state.pendingTransfers.contains(conversationId))
        return EngineResult::fail(EngineError::Conflict,
                                  QStringLiteral("conversation %1 already has a pending transfer").arg(conversationId));
    if (target->agent.status != AgentStatus::Online)
        return EngineResult::fail(EngineError::TargetUnavailable, QStringLiteral("%1 is %2, not online")
                                                                      .arg(targetId, agentStatusName(target->agent.status)));
    if (!target->hasCapacity())
        return EngineResult::fail(EngineError::TargetUnavailable,
                                  QStringLiteral("%1 has no free capacity (%2/%3)")
                                      .arg(targetId)
                                      .arg(target->usedCapacity())
                                      .arg(target->agent.maxSessions));
    auto attempt = m_ctx.state.attempts.constFind(conversationId);
    if (attempt != m_ctx.state.attempts.cend() && attempt->declined.contains(targetId))
        return EngineResult::fail(EngineError::TargetUnavailable,
                                  QStringLiteral("%1 already declined this transfer").arg(targetId));

    Transfer t;
    t.conversationId = conversationId;
    t.attemptId = attempt != m_ctx.state.attempts.cend() ? attempt->id : 0;
    t.fromAgent = actor.agent.id;
    t.toAgent = targetId;
    t.fromDepartment = actor.agent.department;
    t.toDepartment = target->agent.department;
    t.note = TransferNote::fromJson(noteJson);
    t.createdMs = m_ctx.clock.nowMs();
    t.deadlineMs = t.createdMs + timeoutFor(target->agent);
    if (!m_ctx.store.insertTransfer(t))
        return EngineResult::fail(EngineError::Internal, QStringLiteral("cannot store the transfer"));
    if (attempt == m_ctx.state.attempts.cend())
        m_ctx.state.attempts.insert(conversationId, TransferAttempt{t.attemptId, actor.agent.id, {}});
    m_ctx.state.pendingTransfers.insert(conversationId, t);
    ++target->reserved;
    m_ctx.clock.wakeAt(t.deadlineMs);
    qCInfo(lcTransfer) << "transfer" << t.id << "of conversation" << conversationId << actor.agent.id << "->" << targetId;

    const QJsonObject conversation = m_conversations.describe(c);
    QJsonArray preview;
    for (const Message &m : m_ctx.store.messages(conversationId, std::max<qint64>(0, c.lastSeq - 20), 20))
        preview.append(m.toJson());
    m_ctx.outbox.toAgent(targetId, msg::Transfer,
                         {{QStringLiteral("transfer"), t.toJson()},
                          {QStringLiteral("conversation"), conversation},
                          {QStringLiteral("from"), actor.toJson()},
                          {QStringLiteral("recentMessages"), preview}});
    if (c.ownerId != actor.agent.id)
        m_ctx.outbox.toAgent(c.ownerId, msg::ConversationUpdated, {{QStringLiteral("conversation"), conversation}});
    m_conversations.notifyVisitorStatus(c);
    return EngineResult::success({{QStringLiteral("transfer"), t.toJson()}});
}

const Transfer *TransferDesk::pendingFor(const AgentState &actor, qint64 transferId, Party party,
                                        EngineResult *refusal) const
{
    const auto partyOf = [party](const Transfer &t) { return party == Party::Target ? t.toAgent : t.fromAgent; };
    if (const Transfer *t = m_ctx.state.pendingTransferById(transferId)) {
        if (partyOf(*t) == actor.agent.id)
            return t;
        *refusal = EngineResult::fail(EngineError::PermissionDenied,
                                      party == Party::Target ? QStringLiteral("this transfer is not offered to you")
                                                             : QStringLiteral("only the initiator may cancel"));
        return nullptr;
    }
    const auto stored = m_ctx.store.transfer(transferId);
    if (!stored || partyOf(*stored) != actor.agent.id)
        *refusal = EngineResult::fail(EngineError::NotFound, QStringLiteral("no transfer %1 of yours").arg(transferId));
    else
        *refusal = EngineResult::fail(EngineError::Conflict,
                                      QStringLiteral("transfer %1 is already %2").arg(transferId).arg(transferStateName(stored->state)),
                                      {{QStringLiteral("state"), transferStateName(stored->state)}});
    return nullptr;
}

EngineResult TransferDesk::accept(const AgentState &actor, qint64 transferId)
{
    EngineResult refusal;
    const Transfer *t = pendingFor(actor, transferId, Party::Target, &refusal);
    return t ? resolve(*t, TransferEvent::Accept, {}) : refusal;
}

EngineResult TransferDesk::reject(const AgentState &actor, qint64 transferId, const QString &reason)
{
    EngineResult refusal;
    const Transfer *t = pendingFor(actor, transferId, Party::Target, &refusal);
    return t ? resolve(*t, TransferEvent::Reject, reason) : refusal;
}

EngineResult TransferDesk::cancel(const AgentState &actor, qint64 transferId)
{
    EngineResult refusal;
    const Transfer *t = pendingFor(actor, transferId, Party::Initiator, &refusal);
    return t ? resolve(*t, TransferEvent::Cancel, {}) : refusal;
}

void TransferDesk::expireDue(qint64 nowMs)
{
    QList<Transfer> due;
    for (const Transfer &t : std::as_const(m_ctx.state.pendingTransfers)) {
        if (t.deadlineMs <= nowMs)
            due.append(t);
    }
    for (const Transfer &t : due)
        resolve(t, TransferEvent::Timeout, {});
}

void TransferDesk::targetWentOffline(const QString &agentId)
{
    QList<Transfer> offered;
    for (const Transfer &t : std::as_const(m_ctx.state.pendingTransfers)) {
        if (t.toAgent == agentId)
            offered.append(t);
    }
    for (const Transfer &t : offered)
        resolve(t, TransferEvent::TargetOffline, QStringLiteral("offline"));
}

std::optional<qint64> TransferDesk::nextDeadline() const
{
    std::optional<qint64> next;
    for (const Transfer &t : m_ctx.state.pendingTransfers) {
        if (!next || t.deadlineMs < *next)
            next = t.deadlineMs;
    }
    return next;
}

EngineResult TransferDesk::resolve(Transfer t, TransferEvent event, const QString &reason)
{
    const auto next = TransferStateMachine::next(t.state, event);
    if (!next)
        return EngineResult::fail(EngineError::Conflict,
                                  QStringLiteral("transfer %1 is already %2").arg(t.id).arg(transferStateName(t.state)),
                                  {{QStringLiteral("state"), transferStateName(t.state)}});
    const qint64 now = m_ctx.clock.nowMs();
    if (!m_ctx.store.resolveTransfer(t.id, *next, reason, now))
        return EngineResult::fail(EngineError::Conflict, QStringLiteral("transfer %1 was resolved meanwhile").arg(t.id));
    t.state = *next;
    t.reason = reason;
    t.resolvedMs = now;
    m_ctx.state.pendingTransfers.remove(t.conversationId);
    if (AgentState *target = m_ctx.state.agent(t.toAgent))
        target->reserved = std::max(0, target->reserved - 1);
    qCInfo(lcTransfer) << "transfer" << t.id << TransferStateMachine::eventName(event) << "->" << transferStateName(t.state);

    Conversation &c = m_ctx.state.conversations[t.conversationId];
    QJsonObject payload{{QStringLiteral("transfer"), t.toJson()}};
    switch (t.state) {
    case TransferState::Accepted: {
        AgentState *previous = m_ctx.state.agent(c.ownerId);
        AgentState *target = m_ctx.state.agent(t.toAgent);
        if (previous)
            previous->load = std::max(0, previous->load - 1);
        ++target->load;
        const QString previousOwner = c.ownerId;
        c.ownerId = t.toAgent;
        m_ctx.state.attempts.remove(c.id);
        m_conversations.append(c, SenderKind::System, QString(),
                               ConversationTexts::transferLine(c.language, previous ? previous->agent.displayName : previousOwner,
                                                               target->agent.displayName));
        const QJsonObject conversation = m_conversations.describe(c);
        payload.insert(QStringLiteral("conversation"), conversation);
        m_ctx.outbox.toAgent(t.fromAgent, msg::TransferAccept, payload);
        if (previousOwner != t.fromAgent)
            m_ctx.outbox.toAgent(previousOwner, msg::TransferAccept, payload);
        m_ctx.outbox.toAgent(previousOwner, msg::ConversationUpdated, {{QStringLiteral("conversation"), conversation}});
        m_ctx.outbox.toAgent(t.toAgent, msg::ConversationAssigned, {{QStringLiteral("conversation"), conversation}});
        m_conversations.append(c, SenderKind::Agent, t.toAgent,
                               m_ctx.config.texts.welcome(c.language, target->agent.displayName));
        break;
    }
    case TransferState::Rejected:
    case TransferState::Timeout:
        m_ctx.state.attempts[c.id].declined.insert(t.toAgent);
        payload.insert(QStringLiteral("next"), nextTargets(t));
        m_ctx.outbox.toAgent(t.fromAgent, t.state == TransferState::Timeout ? msg::TransferTimeout : msg::TransferReject,
                             payload);
        if (t.state == TransferState::Timeout)
            m_ctx.outbox.toAgent(t.toAgent, msg::TransferTimeout, {{QStringLiteral("transfer"), t.toJson()}});
        break;
    case TransferState::Cancelled:
        m_ctx.state.attempts.remove(c.id);
        m_ctx.outbox.toAgent(t.toAgent, msg::TransferCancel, payload);
        break;
    case TransferState::Pending: break;
    }
    m_conversations.notifyVisitorStatus(c);
    m_conversations.assignQueued(); // a held slot was released
    return EngineResult::success({{QStringLiteral("transfer"), t.toJson()}});
}

QJsonArray TransferDesk::nextTargets(const Transfer &t)
{
    QJsonArray next;
    AgentState *initiator = m_ctx.state.agent(t.fromAgent);
    const auto c = m_ctx.state.conversations.constFind(t.conversationId);
    if (!initiator || c == m_ctx.state.conversations.cend())
        return next;
    for (const Recommendation &r : m_ctx.recommender.recommend(m_ctx.state.agents, requestFor(*c, initiator->agent, 5)))
        next.append(r.toJson());
    return next;
}

EngineResult TransferDesk::chain(const AgentState &actor, qint64 conversationId)
{
    if (auto refused = m_conversations.refuseView(actor, conversationId))
        return *refused;
    const auto [firstOwner, assignedMs] = m_ctx.store.firstOwner(conversationId);
    QJsonArray hops;
    auto nameOf = [this](const QString &id) {
        const AgentState *a = m_ctx.state.agent(id);
        return a ? a->agent.displayName : id;
    };
    if (!firstOwner.isEmpty())
        hops.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("assigned")},
                                {QStringLiteral("to"), firstOwner},
                                {QStringLiteral("toName"), nameOf(firstOwner)},
                                {QStringLiteral("toDepartment"), m_ctx.state.departmentOf(firstOwner)},
                                {QStringLiteral("timeMs"), assignedMs}});
    for (const Transfer &t : m_ctx.store.transfersOf(conversationId)) {
        QJsonObject hop = t.toJson();
        hop.insert(QStringLiteral("kind"), t.reason == QLatin1String("reassigned") ? QStringLiteral("reassigned")
                                                                                  : QStringLiteral("transfer"));
        hop.insert(QStringLiteral("fromName"), nameOf(t.fromAgent));
        hop.insert(QStringLiteral("toName"), nameOf(t.toAgent));
        hops.append(hop);
    }
    return EngineResult::success({{QStringLiteral("conversationId"), conversationId}, {QStringLiteral("hops"), hops}});
}

} // namespace baton
