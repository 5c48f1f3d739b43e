#pragma once

#include "client/cacheupdater.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <functional>

namespace baton {

class EngineConnection;
class LocalCache;

// The workstation's side of the protocol: signs in, keeps the local cache in step with the engine
// (RESUME after every reconnect, GET_HISTORY for gaps), sends typed messages through a persistent
// outbox exactly once, and offers the agent's commands. Reconnects on its own until stopped.
class AgentClient : public QObject {
    Q_OBJECT
public:
    enum class State { Offline, Connecting, Syncing, Online, AuthFailed };
    Q_ENUM(State)

    struct Credentials {
        QUrl url;
        QString user;
        QString password; // may be empty when the cache holds a session token
    };
    using Reply = std::function<void(const QJsonObject &payload)>;
    using Failure = std::function<void(const QString &code, const QString &message)>;

    AgentClient(EngineConnection &connection, LocalCache &cache, QObject *parent = nullptr);

    void setCredentials(const Credentials &credentials);
    const Credentials &credentials() const { return m_credentials; }
    void start();
    void stop();
    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }

    QString agentId() const { return m_credentials.user; }
    QJsonObject profile() const { return m_profile; }
    QString departmentName(const QString &id) const { return m_departments.value(id, id); }
    QStringList departmentIds() const { return m_departments.keys(); }
    // Colleagues' display names, as of the last sign-in; the id when unknown.
    QString agentName(const QString &id) const { return m_agentNames.value(id, id); }

    void setActiveConversation(qint64 id);
    void markRead(qint64 conversationId);
    // Kept in the outbox until the engine acknowledges it; survives restarts.
    void sendMessage(qint64 conversationId, const QString &text);
    void recommend(qint64 conversationId, const QJsonObject &filters, Reply onReply, Failure onFailure);
    void listAgents(const QJsonObject &filters, Reply onReply, Failure onFailure);
    // `toName` is kept with the transfer for display.
    void startTransfer(qint64 conversationId, const QString &to, const QString &toName, const QJsonObject &note,
                       Reply onReply, Failure onFailure);
    void cancelTransfer(qint64 transferId, Failure onFailure = {});
    void acceptTransfer(qint64 transferId, Reply onReply, Failure onFailure);
    void rejectTransfer(qint64 transferId, const QString &reason, Reply onReply, Failure onFailure);
    void closeConversation(qint64 conversationId, Failure onFailure = {});
    void fetchChain(qint64 conversationId, Reply onReply, Failure onFailure = {});
    void setTags(const QStringList &tags, Reply onReply, Failure onFailure);
    void setStatus(const QString &status);

    CacheUpdater &updater() { return m_updater; }

signals:
    void stateChanged(baton::AgentClient::State state);
    void profileChanged();
    void outboxChanged(qint64 conversationId);
    // An outbox message the engine refused for good (e.g. the chat was transferred away meanwhile).
    void messageRefused(qint64 conversationId, const QString &text, const QString &message);

private:
    void setState(State state);
    void onReady();
    void onDisconnected();
    void onEvent(const QString &type, qint64 seq, const QJsonObject &payload);
    void login(bool withToken);
    void onLoggedIn(const QJsonObject &reply);
    void snapshot(qint64 lastSeq);
    void resume();
    void finishSync();
    void applyEvent(qint64 seq, const QString &type, const QJsonObject &payload);
    void fetchHistory(qint64 conversationId);
    void flushOutbox();
    void scheduleReconnect();
    void transferCommand(const QString &type, const QJsonObject &payload, Reply onReply, Failure onFailure,
                         const QJsonObject &extra = {}, const QString &idempotencyKey = {});
    void guarded(const QString &type, const QJsonObject &payload, Reply onReply, Failure onFailure,
                 const QString &idempotencyKey = {});

    EngineConnection &m_connection;
    LocalCache &m_cache;
    CacheUpdater m_updater;
    Credentials m_credentials;
    State m_state = State::Offline;
    QString m_lastError;
    QJsonObject m_profile;
    QHash<QString, QString> m_departments;
    QHash<QString, QString> m_agentNames;
    struct LiveEvent {
        qint64 seq;
        QString type;
        QJsonObject payload;
    };
    QList<LiveEvent> m_buffered; // live events that arrive while RESUME is still running
    QSet<qint64> m_fetching;
    QTimer m_reconnectTimer;
    int m_reconnectDelayMs = 0;
    bool m_running = false;
    bool m_flushing = false;
};

} // namespace baton
