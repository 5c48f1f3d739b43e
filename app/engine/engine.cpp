#include "engine/engine.h"

#include "core/eventtypes.h"
#include "engine/clock.h"
#include "engine/permissionpolicy.h"
#include "engine/queueconfig.h"
#include "engine/store.h"
#include "engine/teamconfig.h"
#include "engine/trackrecordquery.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcEngine, "baton.engine")

namespace baton {

Engine::Engine(Store &store, Clock &clock, const EngineConfig &config, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_config(config)
    , m_outbox(store.eventLog())
    , m_recommender(config.weights)
    , m_context{store, clock, m_config, m_state, m_outbox, m_recommender, m_queues, m_replies}
    , m_conversations(m_context)
    , m_transfers(m_context, m_conversations)
    , m_customers(m_context, m_conversations)
    , m_signIn(m_context)
    , m_lead(m_context, m_conversations)
    , m_batch(m_transfers)
    , m_handover(m_context, m_transfers)
    , m_presence(m_context, m_lead, m_transfers)
    , m_commits(store.database())
{
    connect(&m_commits, &GroupCommit::committed, this, &Engine::afterBatch);
    m_conversations.setAfterRouting([this] {
        m_handover.sweep(m_clock.nowMs());
        m_lead.announceOverloads(m_clock.nowMs());
    });
    m_replies.configure(m_config.replyWarnAfterMs, m_config.replyLeadAfterMs);
    connect(&m_clock, &Clock::wake, this, &Engine::onWake);
}

Engine::~Engine()
{
    m_commits.drain(); // an orderly shutdown keeps (and announces) what the batches in progress did
}

qint64 Engine::nowMs() const
{
    return m_clock.nowMs();
}

bool Engine::start(QString *error)
{
    if (!loadState(error))
        return false;
    m_started = true;
    // Agents who were online when the engine stopped get the usual grace to reconnect; pending
    // transfers keep their deadlines, and those already past resolve as timeouts right now.
    const qint64 now = m_clock.nowMs();
    for (AgentState &a : m_state.agents) {
        if (a.agent.status != AgentStatus::Offline)
            a.offlineAtMs = now + m_config.offlineGraceMs;
    }
    // Waiting customers' pages lost their connections with the engine: the same grace to come back.
    for (const Conversation &c : std::as_const(m_state.conversations)) {
        if (c.state == ConversationState::Queued || c.state == ConversationState::Robot)
            m_visitors.expectBack(c.id, now + m_config.visitorLeaveGraceMs);
    }
    // Agents who never log in again must not keep events without bound either.
    const EngineResult pruned = write([this] {
        for (const AgentState &a : m_state.agents) {
            if (!m_signIn.pruneEvents(a.agent.id))
                return EngineResult::fail(EngineError::Internal, QStringLiteral("cannot prune old events"));
        }
        return EngineResult::success();
    });
    if (!pruned.ok()) {
        if (error)
            *error = pruned.error->message;
        return false;
    }
    onWake();
    return true;
}

bool Engine::loadState(QString *error)
{
    m_state = EngineState();
    const auto history = TrackRecordQuery::byAgent(m_store.database());
    const auto historyBySkill = TrackRecordQuery::byAgentAndSkill(m_store.database());
    std::vector<AgentState> agents;
    for (const AgentRecord &r : m_store.agents()) {
        AgentState s;
        s.agent = r.agent;
        s.passwordHash = r.passwordHash;
        s.performance = AgentPerformance(history.value(r.agent.id), historyBySkill.value(r.agent.id));
        agents.push_back(std::move(s));
    }
    m_state.setAgents(std::move(agents));
    m_state.handling = QueueEstimator(m_config.fallbackHandlingMs, m_config.handlingSamples);
    m_state.handling.load(
        TrackRecordQuery::recentHandlingTimes(m_store.database(), m_config.handlingSamples));
    const QList<Department> departments = m_store.departments();
    for (const Department &d : departments)
        m_state.departments.insert(d.id, d);
    QList<Agent> profiles;
    for (const AgentState &a : m_state.agents)
        profiles.append(a.agent);
    m_queues.configure(m_config.queues.isEmpty() ? QueueConfig::defaults(departments, profiles) : m_config.queues);
    m_lead.overflows().reapply();
    if (!m_conversations.load() || !m_transfers.load()) {
        if (error)
            *error = QStringLiteral("cannot load conversations: %1").arg(m_store.database().error());
        return false;
    }
    qCInfo(lcEngine) << "loaded" << m_state.agents.size() << "agents," << m_state.conversations.size()
                     << "open conversations," << m_state.pendingTransfers.size() << "pending transfers";
    return true;
}

bool Engine::importTeam(const TeamConfig &team, QString *error)
{
    Database &db = m_store.database();
    m_commits.commit(); // the team is imported in a transaction of its own
    db.begin();
    bool ok = true;
    for (const Department &d : team.departments)
        ok = ok && m_store.upsertDepartment(d);
    for (const AgentRecord &r : team.agents)
        ok = ok && m_store.upsertAgent(r);
    for (const Customer &c : team.customers)
        ok = ok && m_store.upsertCustomer(c);
    if (!ok) {
        db.rollback();
        if (error)
            *error = QStringLiteral("cannot import the team: %1").arg(db.error());
        return false;
    }
    if (!db.commit()) {
        if (error)
            *error = QStringLiteral("cannot commit the team: %1").arg(db.error());
        return false;
    }
    return !m_started || loadState(error);
}

EngineResult Engine::write(const std::function<EngineResult()> &command)
{
    if (m_writing) // nested: the outer write owns the transaction
        return command();
    Database &db = m_store.database();
    if (!m_commits.beginStep())
        return EngineResult::fail(EngineError::Internal, QStringLiteral("the store is not available"));
    m_writing = true;
    EngineResult result = command();
    m_writing = false;
    if (result.ok() && m_outbox.persist(m_clock.nowMs()) && !db.failed()) {
        m_commits.endStep(true);
        m_store.eventLog().keep();
        result.compactPayload = m_outbox.serialisedCopyOf(result.payload);
        const auto events = m_outbox.take();
        if (!events.isEmpty())
            m_lead.changed();
        m_commits.afterCommit([this, events] { announce(events); });
        // Without group commit the command's own transaction ends here.
        if (!m_commits.enabled() && !m_commits.commit())
            return EngineResult::fail(EngineError::Internal, QStringLiteral("could not store the change; nothing was done"));
        return result;
    }
    m_commits.endStep(false); // undoes this command only; the rest of the batch stays
    m_outbox.clear();
    m_store.forgetCommand();
    if (!m_commits.enabled())
        m_commits.commit(); // nothing of this command is in it
    if (result.ok()) {
        // The command changed memory but the store refused its writes: reload what is stored
        // (with group commit that includes the batch so far, which memory holds too).
        qCCritical(lcEngine) << "store write failed, reloading state:" << db.error();
        loadState(nullptr);
        return EngineResult::fail(EngineError::Internal, QStringLiteral("could not store the change; nothing was done"));
    }
    return result;
}

void Engine::announce(const QList<EventOutbox::Event> &events)
{
    for (const EventOutbox::Event &e : events) {
        if (!e.agentId.isEmpty())
            emit agentEvent(e.agentId, e.seq, e.type, e.payload, e.compactPayload);
        else
            emit visitorEvent(e.conversationId, e.type, e.payload, e.compactPayload);
    }
}

void Engine::afterBatch(bool committed)
{
    if (!committed) {
        // Memory is ahead of the file: nothing of the batch was stored, its replies became errors.
        m_state.checkpointAfterCommit = false;
        m_store.forgetCachedSequences();
        loadState(nullptr);
    } else if (std::exchange(m_state.checkpointAfterCommit, false) && !m_commits.pending() &&
               !m_store.database().checkpoint()) {
        qCWarning(lcEngine) << "WAL checkpoint after masking failed; old pages stay until the next one";
    }
    flushTeamStats();
    scheduleWake();
}

EngineResult Engine::asAgent(const QString &actor, const Command &command)
{
    AgentState *agent = m_state.agent(actor);
    if (!agent)
        return EngineResult::fail(EngineError::AuthFailed, QStringLiteral("unknown agent \"%1\"").arg(actor));
    return command(*agent);
}

EngineResult Engine::idempotent(const QString &principal, const QString &key, const QString &type,
                                const std::function<EngineResult()> &command)
{
    if (key.isEmpty())
        return command();
    return write([&]() -> EngineResult {
        QString storedType;
        if (auto reply = m_store.idempotentReply(principal, key, &storedType)) {
            if (storedType != type)
                return EngineResult::fail(EngineError::InvalidArgument,
                                          QStringLiteral("idempotency key \"%1\" was used for %2").arg(key, storedType));
            return EngineResult::success(*reply);
        }
        EngineResult result = command();
        if (result.ok() && !m_store.saveIdempotentReply(principal, key, type, result.payload, m_clock.nowMs()))
            return EngineResult::fail(EngineError::Internal, QStringLiteral("cannot store the idempotency key"));
        return result;
    });
}

QString Engine::passwordHashFor(const QString &user)
{
    return m_signIn.passwordHashFor(user);
}

EngineResult Engine::completeLogin(const QString &user)
{
    return write([&] { return m_signIn.openSession(user); });
}

EngineResult Engine::loginWithToken(const QString &user, const QString &token)
{
    return write([&] { return m_signIn.resumeSession(user, token); });
}

QJsonObject Engine::agentJson(const QString &agentId)
{
    const AgentState *agent = m_state.agent(agentId);
    return agent ? agent->toJson() : QJsonObject();
}

void Engine::logout(const QString &token)
{
    write([&] { return m_signIn.closeSession(token); });
}

void Engine::agentConnected(const QString &agentId)
{
    AgentState *a = m_state.agent(agentId);
    if (!a || !m_presence.connected(*a))
        return;
    write([&] {
        m_presence.apply(*a, AgentStatus::Online);
        m_conversations.assignQueued();
        return EngineResult::success();
    });
}

void Engine::agentDisconnected(const QString &agentId)
{
    if (AgentState *a = m_state.agent(agentId))
        m_presence.disconnected(*a);
}

EngineResult Engine::setStatus(const QString &actor, const QString &statusName)
{
    bool valid = false;
    const AgentStatus status = agentStatusFromName(statusName, &valid);
    if (!valid)
        return EngineResult::fail(EngineError::InvalidArgument,
                                  QStringLiteral("status must be online, away, busy or offline"));
    return asAgent(actor, [&](AgentState &a) { return write([&] { return applyStatus(a, status); }); });
}

EngineResult Engine::applyStatus(AgentState &a, AgentStatus status)
{
    if (!m_presence.apply(a, status))
        return EngineResult::fail(EngineError::Internal, QStringLiteral("cannot store the status"));
    m_conversations.assignQueued();
    return EngineResult::success({{QStringLiteral("agent"), a.toJson()}});
}

EngineResult Engine::setTags(const QString &actor, const QJsonArray &tags)
{
    constexpr qsizetype maxTagLength = 32;
    QStringList list;
    for (const QJsonValue &v : tags) {
        const QString tag = v.toString().trimmed();
        if (!v.isString() || tag.isEmpty() || tag.size() > maxTagLength)
            return EngineResult::fail(EngineError::InvalidArgument,
                                      QStringLiteral("tags must be strings of 1 to %1 characters").arg(maxTagLength));
        if (!list.contains(tag))
            list.append(tag);
    }
    return asAgent(actor, [&](AgentState &a) {
        return write([&] {
            if (!m_store.setAgentTags(actor, list))
                return EngineResult::fail(EngineError::Internal, QStringLiteral("cannot store the tags"));
            a.agent.tags = list;
            a.touch();
            return EngineResult::success({{QStringLiteral("agent"), a.toJson()}});
        });
    });
}

void Engine::visitorConnected(qint64 conversationId)
{
    m_visitors.connected(conversationId);
}

void Engine::visitorDisconnected(qint64 conversationId)
{
    if (!m_visitors.disconnected(conversationId))
        return;
    const auto c = m_state.conversations.constFind(conversationId);
    if (c == m_state.conversations.cend() ||
        (c->state != ConversationState::Queued && c->state != ConversationState::Robot))
        return; // an agent has it: they see the customer go quiet and close it themselves
    m_visitors.expectBack(conversationId, m_clock.nowMs() + m_config.visitorLeaveGraceMs);
    scheduleWake();
}

void Engine::onWake()
{
    write([this] {
        const qint64 now = m_clock.nowMs();
        bool someoneLeft = false;
        for (qint64 gone : m_visitors.takeGone(now))
            someoneLeft = m_conversations.customerLeft(gone) || someoneLeft;
        if (someoneLeft)
            m_lead.changed();
        m_presence.dropExpired(now);
        m_transfers.expireDue(now);
        if (m_lead.overflows().closeDue(now))
            m_lead.changed();
        m_conversations.assignQueued(); // overflows may have opened another queue's agents
        m_lead.announceOverdueReplies(now);
        if (now >= m_nextQueueStatusMs) {
            // F5.5: waiting customers hear where they stand even when nothing moves.
            m_conversations.notifyQueue();
            m_nextQueueStatusMs = now + m_config.queueStatusIntervalMs;
        }
        return EngineResult::success();
    });
    flushTeamStats();
    scheduleWake();
}

void Engine::scheduleWake()
{
    const qint64 now = m_clock.nowMs();
    std::optional<qint64> next;
    const auto earliest = [&next](std::optional<qint64> at) {
        if (at && (!next || *at < *next))
            next = at;
    };
    earliest(m_transfers.nextDeadline());
    earliest(m_visitors.nextDeadlineMs());
    earliest(m_presence.nextDeadlineMs());
    const bool anyoneWaiting = std::any_of(m_state.conversations.cbegin(), m_state.conversations.cend(),
                                           [](const Conversation &c) { return c.state == ConversationState::Queued; });
    if (anyoneWaiting)
        earliest(m_nextQueueStatusMs);
    // Reply and statistics deadlines already past fire at once, not in the past.
    if (const auto reply = m_replies.nextMs())
        earliest(std::max(*reply, now));
    if (const auto stats = m_lead.nextWakeMs())
        earliest(std::max(*stats, now));
    earliest(m_queues.nextOverflowMs(m_state, now));
    earliest(m_handover.nextWakeMs(now));
    if (next)
        m_clock.wakeAt(*next);
}

EngineResult Engine::listConversations(const QString &actor)
{
    return asAgent(actor, [&](AgentState &a) { return m_conversations.list(a); });
}

EngineResult Engine::conversation(const QString &actor, qint64 id)
{
    return asAgent(actor, [&](AgentState &a) { return m_conversations.details(a, id); });
}

EngineResult Engine::history(const QString &actor, qint64 id, qint64 afterSeq, int limit)
{
    return asAgent(actor, [&](AgentState &a) { return m_conversations.history(a, id, afterSeq, limit); });
}

EngineResult Engine::sendMessage(const QString &actor, qint64 id, const QString &text)
{
    return asAgent(actor, [&](AgentState &a) { return write([&] { return m_conversations.agentMessage(a, id, text); }); });
}

EngineResult Engine::closeConversation(const QString &actor, qint64 id, bool resolved, const QString &reason)
{
    return asAgent(actor, [&](AgentState &a) { return write([&] { return m_conversations.close(a, id, resolved, reason); }); });
}

EngineResult Engine::listAgents(const QString &actor, const CandidateFilter &filter, int limit)
{
    return asAgent(actor, [&](AgentState &) {
        QJsonArray agents;
        for (const AgentState &s : m_state.agents) {
            if (agents.size() >= limit)
                break;
            if (filter.matches(s.agent))
                agents.append(s.toJson());
        }
        return EngineResult::success({{QStringLiteral("agents"), agents}});
    });
}

EngineResult Engine::recommend(const QString &actor, qint64 id, const CandidateFilter &filter, int limit)
{
    return asAgent(actor, [&](AgentState &a) { return m_transfers.recommend(a, id, filter, limit); });
}

EngineResult Engine::requestTransfer(const QString &actor, qint64 id, const QString &target, const QJsonObject &note)
{
    return asAgent(actor, [&](AgentState &a) { return write([&] { return m_transfers.request(a, id, target, note); }); });
}

EngineResult Engine::acceptTransfer(const QString &actor, qint64 transferId)
{
    return asAgent(actor, [&](AgentState &a) { return write([&] { return m_transfers.accept(a, transferId); }); });
}

EngineResult Engine::rejectTransfer(const QString &actor, qint64 transferId, const QString &reason)
{
    return asAgent(actor,
                   [&](AgentState &a) { return write([&] { return m_transfers.reject(a, transferId, reason); }); });
}

EngineResult Engine::cancelTransfer(const QString &actor, qint64 transferId)
{
    return asAgent(actor, [&](AgentState &a) { return write([&] { return m_transfers.cancel(a, transferId); }); });
}

EngineResult Engine::chain(const QString &actor, qint64 id)
{
    return asAgent(actor, [&](AgentState &a) { return m_transfers.chain(a, id); });
}

EngineResult Engine::eventsAfter(const QString &agentId, qint64 afterSeq, int limit)
{
    EventLog &log = m_store.eventLog();
    const QList<StoredEvent> events = log.after(agentId, afterSeq, limit);
    QJsonArray array;
    // A gap means the requested events were pruned: the client must reload its lists instead.
    const bool gap = !events.isEmpty() ? events.first().seq != afterSeq + 1
                                       : log.lastSeq(agentId) > afterSeq;
    for (const StoredEvent &e : events)
        array.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                 {QStringLiteral("type"), e.type},
                                 {QStringLiteral("payload"), e.payload}});
    return EngineResult::success({{QStringLiteral("events"), array},
                                  {QStringLiteral("gap"), gap},
                                  {QStringLiteral("lastSeq"), log.lastSeq(agentId)}});
}

std::optional<ReportScope> Engine::reportScope(const QString &actor)
{
    const AgentState *a = m_state.agent(actor);
    if (!a)
        return std::nullopt;
    return PermissionPolicy::reportScope(a->agent);
}

Database &Engine::database()
{
    return m_store.database();
}

EngineResult Engine::teamWatch(const QString &actor)
{
    return asAgent(actor, [&](AgentState &a) { return m_lead.watch(a); });
}

void Engine::teamUnwatch(const QString &actor)
{
    m_lead.unwatch(actor);
}

EngineResult Engine::reassign(const QString &actor, qint64 id, const QString &target, const QString &note)
{
    return asAgent(actor, [&](AgentState &a) { return write([&] { return m_lead.reassign(a, id, target, note); }); });
}

EngineResult Engine::setAgentStatus(const QString &actor, const QString &agentId, const QString &statusName)
{
    bool valid = false;
    const AgentStatus status = agentStatusFromName(statusName, &valid);
    if (!valid || status == AgentStatus::Offline)
        return EngineResult::fail(EngineError::InvalidArgument, QStringLiteral("status must be online, away or busy"));
    return asAgent(actor, [&](AgentState &a) {
        if (EngineResult check = m_lead.checkSetAgentStatus(a, agentId); !check.ok())
            return check;
        AgentState *target = m_state.agent(agentId);
        return write([&] {
            EngineResult result = applyStatus(*target, status);
            if (result.ok())
                m_outbox.toAgent(agentId, msg::AgentStatus, result.payload);
            return result;
        });
    });
}

EngineResult Engine::batchTransfer(const QString &actor, const QJsonArray &items)
{
    return asAgent(actor, [&](AgentState &a) { return write([&] { return m_batch.run(a, items); }); });
}

EngineResult Engine::openOverflow(const QString &actor, const OverflowRequest &request)
{
    return asAgent(actor, [&](AgentState &a) {
        return write([&] {
            EngineResult result = m_lead.overflows().open(a, request);
            if (result.ok()) {
                m_lead.changed();
                m_conversations.assignQueued(); // the new room takes waiting customers at once
            }
            return result;
        });
    });
}

void Engine::flushTeamStats()
{
    m_lead.flush(m_clock.nowMs(), [this](const QString &id, const QJsonObject &stats) { emit teamStats(id, stats); });
}

EngineResult Engine::startVisitor(const VisitorStart &start)
{
    return write([&] {
        EngineResult result = m_conversations.startVisitor(start);
        if (!result.ok())
            return result;
        const qint64 id = qint64(result.payload.value(QStringLiteral("conversationId")).toDouble());
        if (!start.text.isEmpty()) {
            if (const EngineResult first = m_customers.customerMessage(id, start.text); !first.ok())
                return first;
        }
        m_conversations.assignQueued();
        return result;
    });
}

std::optional<qint64> Engine::visitorConversation(const QString &token)
{
    return m_conversations.visitorConversation(token);
}

EngineResult Engine::customerMessage(qint64 conversationId, const QString &text)
{
    return write([&] { return m_customers.customerMessage(conversationId, text); });
}

EngineResult Engine::askForHuman(qint64 conversationId)
{
    return write([&] { return m_customers.askForHuman(conversationId); });
}

EngineResult Engine::rateConversation(qint64 conversationId, int rating, const QString &comment)
{
    return write([&] { return m_customers.rate(conversationId, rating, comment); });
}

EngineResult Engine::visitorHistory(qint64 conversationId, qint64 afterSeq, int limit)
{
    return m_conversations.visitorHistory(conversationId, afterSeq, limit);
}

EngineResult Engine::visitorStatus(qint64 conversationId)
{
    return write([&] { return m_conversations.visitorStatus(conversationId); });
}

} // namespace baton
