#pragma once

#include "client/cacheupdater.h"
#include "core/transfer.h"
#include "protocol/agentreplies.h"
#include "protocol/agentrequests.h"
#include "protocol/requesterror.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <optional>

namespace baton {

class EngineConnection;
class LocalCache;

// The workstation's side of the protocol: signs in, keeps the local cache in step with the engine
// (RESUME after every reconnect, GET_HISTORY for gaps), sends typed messages through a persistent
// outbox exactly once, and offers the agent's commands with typed replies and typed errors.
// Reconnects on its own until stopped, unless the engine refused the sign-in or the protocol.
class AgentClient : public QObject {
    Q_OBJECT
public:
    enum class State {
        Offline,
        Connecting,
        Syncing,
        Online,
        AuthFailed,   // wrong user, password or token: waits for new credentials
        Incompatible, // the engine refused HELLO (another protocol version): reconnecting cannot help
    };
    Q_ENUM(State)

    struct Credentials {
        QUrl url;
        QString user;
        QString password; // may be empty when the cache holds a session token
    };
    template <typename T>
    using Callback = std::function<void(const Result<T> &)>;

    AgentClient(EngineConnection &connection, LocalCache &cache, QObject *parent = nullptr);

    void setCredentials(const Credentials &credentials);
    const Credentials &credentials() const { return m_credentials; }
    void start();
    void stop();
    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Online || m_state == State::Syncing; }
    // Why the client is AuthFailed, Incompatible or Offline, when the engine or the socket said.
    const std::optional<RequestError> &lastError() const { return m_lastError; }

    QString agentId() const { return m_credentials.user; }
    const AgentView &profile() const { return m_profile; }
    // Department names as of the last sign-in (kept in the cache for an offline start); the id when unknown.
    QString departmentName(const QString &id) const { return m_departments.value(id, id); }
    QStringList departmentIds() const { return m_departments.keys(); }
    // Colleagues' display names, as of the last sign-in; the id when unknown.
    QString agentName(const QString &id) const;

    void setActiveConversation(qint64 id);
    void markRead(qint64 conversationId);
    // Kept in the outbox until the engine acknowledges it; survives restarts.
    void sendMessage(qint64 conversationId, const QString &text);
    void recommend(qint64 conversationId, const request::CandidateQuery &query, Callback<reply::Recommendations> done);
    void listAgents(const request::CandidateQuery &query, Callback<reply::Agents> done);
    // `toName` is kept with the transfer for display.
    void startTransfer(qint64 conversationId, const QString &to, const QString &toName, const TransferNote &note,
                       Callback<reply::OneTransfer> done = {});
    void cancelTransfer(qint64 transferId, Callback<reply::OneTransfer> done = {});
    void acceptTransfer(qint64 transferId, Callback<reply::OneTransfer> done = {});
    void rejectTransfer(qint64 transferId, const QString &reason, Callback<reply::OneTransfer> done = {});
    void closeConversation(qint64 conversationId, bool resolved, const QString &reason = {},
                           Callback<reply::OneConversation> done = {});
    void fetchChain(qint64 conversationId, Callback<reply::Chain> done = {});
    void setTags(const QStringList &tags, Callback<reply::OneAgent> done = {});
    void setStatus(AgentStatus status, Callback<reply::OneAgent> done = {});

    CacheUpdater &updater() { return m_updater; }
    EngineConnection &connection() { return m_connection; }
    // Now on the engine's clock, which transfer deadlines use.
    qint64 engineNowMs() const;

signals:
    void stateChanged(baton::AgentClient::State state);
    void profileChanged();
    void outboxChanged(qint64 conversationId);
    // An outbox message the engine refused for good (e.g. the chat was transferred away meanwhile).
    void messageRefused(qint64 conversationId, const QString &text, const baton::RequestError &error);

private:
    template <typename T>
    void send(const QString &type, const QJsonObject &payload, Callback<T> done, const QString &idempotencyKey = {});
    void transferCommand(const QString &type, const QJsonObject &payload, Callback<reply::OneTransfer> done,
                         const QString &toName = {}, const QString &idempotencyKey = {});
    void setState(State state);
    void onReady();
    void onDisconnected();
    void onEvent(const QString &type, qint64 seq, const QJsonObject &payload);
    void login(bool withToken);
    void onLoggedIn(const reply::Login &reply);
    void snapshot(qint64 lastSeq);
    void resume();
    void finishSync();
    void applyEvent(qint64 seq, const QString &type, const QJsonObject &payload);
    void fetchHistory(qint64 conversationId);
    void flushOutbox();
    void scheduleReconnect();
    void setProfile(const AgentView &profile);

    EngineConnection &m_connection;
    LocalCache &m_cache;
    CacheUpdater m_updater;
    Credentials m_credentials;
    State m_state = State::Offline;
    std::optional<RequestError> m_lastError;
    AgentView m_profile;
    QHash<QString, QString> m_departments;
    QHash<QString, QString> m_agentNames;
    QList<reply::StoredEvent> m_buffered; // live events that arrive while RESUME is still running
    QSet<qint64> m_fetching;
    QTimer m_reconnectTimer;
    int m_reconnectDelayMs = 0;
    bool m_running = false;
    bool m_flushing = false;
};

} // namespace baton
