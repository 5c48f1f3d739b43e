#pragma once

#include "engine/agentpresence.h"
#include "engine/conversationdesk.h"
#include "engine/customerdesk.h"
#include "engine/engineconfig.h"
#include "engine/enginestate.h"
#include "engine/eventoutbox.h"
#include "engine/groupcommit.h"
#include "engine/queuebook.h"
#include "engine/responsetimerule.h"
#include "engine/shifthandover.h"
#include "engine/signindesk.h"
#include "engine/visitorpresence.h"
#include "engine/recommender.h"
#include "engine/reportfilter.h"
#include "engine/batchtransfer.h"
#include "engine/teamleaddesk.h"
#include "engine/transferdesk.h"

#include <QJsonArray>
#include <QObject>
#include <functional>

namespace baton {

class Clock;
class Database;
class Store;
class TeamConfig;

// The routing engine: agents, conversations, queues and transfers. Single-threaded: it lives on the
// thread of its server. Every mutating command runs under its own savepoint of a store transaction —
// one per command, or one per batch of commands with group commit; its events are persisted in that
// transaction and emitted only after the commit, so nothing is announced that could be lost.
class Engine : public QObject {
    Q_OBJECT
public:
    Engine(Store &store, Clock &clock, const EngineConfig &config, QObject *parent = nullptr);
    ~Engine() override;

    // Issue 12: batond and the embedded engine commit the writes of one event-loop turn together;
    // their replies and events wait for that commit (Session::send goes through groupCommit()).
    void setGroupCommit(bool enabled) { m_commits.setEnabled(enabled); }
    GroupCommit &groupCommit() { return m_commits; }

    // Loads state from the store, resolves deadlines that passed while the engine was down.
    bool start(QString *error);
    bool importTeam(const TeamConfig &team, QString *error);

    // Authentication in two steps, so the server can run PBKDF2 off this thread: the stored hash
    // to check a password against — for an unknown user a dummy of the same cost, so timing does
    // not tell who exists — and, once it matched, the session. Returns {token, agent, lastSeq}.
    QString passwordHashFor(const QString &user);
    EngineResult completeLogin(const QString &user);
    EngineResult loginWithToken(const QString &user, const QString &token);
    QJsonObject agentJson(const QString &agentId);
    void logout(const QString &token);
    void agentConnected(const QString &agentId);
    void agentDisconnected(const QString &agentId);

    EngineResult setStatus(const QString &actor, const QString &status);
    // F2.6: the agent's own expertise tags, which the recommender matches.
    EngineResult setTags(const QString &actor, const QJsonArray &tags);
    EngineResult listConversations(const QString &actor);
    EngineResult conversation(const QString &actor, qint64 id);
    EngineResult history(const QString &actor, qint64 id, qint64 afterSeq, int limit);
    EngineResult sendMessage(const QString &actor, qint64 id, const QString &text);
    EngineResult closeConversation(const QString &actor, qint64 id, bool resolved, const QString &reason = {});
    EngineResult listAgents(const QString &actor, const CandidateFilter &filter, int limit);
    EngineResult recommend(const QString &actor, qint64 id, const CandidateFilter &filter, int limit);
    EngineResult requestTransfer(const QString &actor, qint64 id, const QString &target, const QJsonObject &note);
    EngineResult acceptTransfer(const QString &actor, qint64 transferId);
    EngineResult rejectTransfer(const QString &actor, qint64 transferId, const QString &reason);
    EngineResult cancelTransfer(const QString &actor, qint64 transferId);
    EngineResult chain(const QString &actor, qint64 id);
    EngineResult eventsAfter(const QString &agentId, qint64 afterSeq, int limit);
    // F4: the records and metrics `actor` may read; nullopt for an unknown agent. The reports
    // themselves run off the engine thread (server/ReportService) on `database()`'s file.
    std::optional<ReportScope> reportScope(const QString &actor);
    Database &database();

    // Team leads (F2): TEAM_WATCH replies with a snapshot and subscribes to TEAM_STATS (teamStats);
    // each watch is undone by one unwatch (a session that closes unwatches too).
    EngineResult teamWatch(const QString &actor);
    void teamUnwatch(const QString &actor);
    EngineResult reassign(const QString &actor, qint64 id, const QString &target, const QString &note);
    EngineResult setAgentStatus(const QString &actor, const QString &agentId, const QString &status);
    // F2.5: several transfers in one request, a result per item; temporary overflow capacity.
    EngineResult batchTransfer(const QString &actor, const QJsonArray &items);
    EngineResult openOverflow(const QString &actor, const OverflowRequest &request);

    EngineResult startVisitor(const VisitorStart &start);
    std::optional<qint64> visitorConversation(const QString &token);
    EngineResult customerMessage(qint64 conversationId, const QString &text);
    EngineResult askForHuman(qint64 conversationId);
    EngineResult rateConversation(qint64 conversationId, int rating, const QString &comment);
    EngineResult visitorHistory(qint64 conversationId, qint64 afterSeq, int limit);
    EngineResult visitorStatus(qint64 conversationId);
    // A customer's connection bound to the conversation, or gone. When the last one goes while the
    // conversation waits (robot or queue), it closes after visitorLeaveGraceMs unless one comes back:
    // the customer left while waiting.
    void visitorConnected(qint64 conversationId);
    void visitorDisconnected(qint64 conversationId);

    // Runs `command` unless (principal, key) already ran; then the first reply is returned again.
    EngineResult idempotent(const QString &principal, const QString &key, const QString &type,
                            const std::function<EngineResult()> &command);

    const EngineState &state() const { return m_state; }
    // The engine's clock: deadlines in the protocol are on it.
    qint64 nowMs() const;
    const EngineConfig &config() const { return m_config; }
    const QueueBook &queues() const { return m_queues; }

signals:
    // `compactPayload` is `payload` as compact JSON, serialised once for the store and every recipient.
    void agentEvent(const QString &agentId, qint64 seq, const QString &type, const QJsonObject &payload,
                    const QByteArray &compactPayload);
    void visitorEvent(qint64 conversationId, const QString &type, const QJsonObject &payload,
                      const QByteArray &compactPayload);
    // Not stored: a newer snapshot replaces a missed one.
    void teamStats(const QString &agentId, const QJsonObject &payload);

private:
    using Command = std::function<EngineResult(AgentState &actor)>;
    EngineResult asAgent(const QString &actor, const Command &command);
    EngineResult write(const std::function<EngineResult()> &command);
    bool loadState(QString *error);
    // Issue 13.12: applied at every login and at start, not only on password logins.
    void onWake();
    void scheduleWake();
    EngineResult applyStatus(AgentState &a, AgentStatus status);
    void teamChanged();
    void flushTeamStats();
    void afterBatch(bool committed);
    void announce(const QList<EventOutbox::Event> &events);

    Store &m_store;
    Clock &m_clock;
    EngineConfig m_config;
    EngineState m_state;
    EventOutbox m_outbox;
    Recommender m_recommender;
    QueueBook m_queues;
    ResponseTimeRule m_replies;
    EngineContext m_context;
    ConversationDesk m_conversations;
    TransferDesk m_transfers;
    CustomerDesk m_customers;
    SignInDesk m_signIn;
    TeamLeadDesk m_lead;
    BatchTransfer m_batch;
    ShiftHandover m_handover;
    AgentPresence m_presence;
    GroupCommit m_commits;
    qint64 m_nextQueueStatusMs = 0;
    VisitorPresence m_visitors;
    bool m_writing = false;
    bool m_started = false;
};

} // namespace baton
