#include "client/agentclient.h"

#include "client/engineconnection.h"
#include "client/localcache.h"
#include "core/eventtypes.h"
#include "protocol/messagetypes.h"
#include "core/jsonvalues.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcAgentClient, "baton.client.agent")

namespace baton {

namespace {
constexpr int resumeBatch = 1000; // the engine's page size for RESUME
constexpr int historyPage = 1000;
constexpr int firstReconnectDelayMs = 500;
constexpr int maxReconnectDelayMs = 10'000;
constexpr int connectTimeoutMs = 8'000;
const QString tokenKey = QStringLiteral("sessionToken");


bool isTransient(const QString &code)
{
    return code == QLatin1String("RATE_LIMITED") || code == QLatin1String("INTERNAL");
}
} // namespace

AgentClient::AgentClient(EngineConnection &connection, LocalCache &cache, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_cache(cache)
    , m_updater(cache)
{
    connect(&m_connection, &EngineConnection::ready, this, &AgentClient::onReady);
    connect(&m_connection, &EngineConnection::disconnected, this, &AgentClient::onDisconnected);
    connect(&m_connection, &EngineConnection::connectionError, this, [this](const QString &message) {
        m_lastError = message;
        if (!m_connection.isOpen())
            onDisconnected();
    });
    connect(&m_connection, &EngineConnection::event, this, &AgentClient::onEvent);
    connect(&m_updater, &CacheUpdater::historyWanted, this, &AgentClient::fetchHistory);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (!m_running)
            return;
        if (m_state == State::Connecting) { // the attempt hangs: start over
            m_connection.close();
        }
        setState(State::Connecting);
        m_connection.open(m_credentials.url);
        m_reconnectTimer.start(connectTimeoutMs);
    });
}

void AgentClient::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
    m_updater.setAgentId(credentials.user);
}

void AgentClient::start()
{
    m_running = true;
    m_reconnectDelayMs = firstReconnectDelayMs;
    setState(State::Connecting);
    m_connection.open(m_credentials.url);
    m_reconnectTimer.start(connectTimeoutMs);
}

void AgentClient::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    m_connection.close();
    setState(State::Offline);
}

void AgentClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void AgentClient::onReady()
{
    m_reconnectTimer.stop();
    login(!m_cache.meta(tokenKey).isEmpty());
}

void AgentClient::login(bool withToken)
{
    QJsonObject payload{{QStringLiteral("user"), m_credentials.user}};
    if (withToken)
        payload.insert(QStringLiteral("token"), m_cache.meta(tokenKey));
    else
        payload.insert(QStringLiteral("password"), m_credentials.password);
    m_connection.call(msg::Login, payload, [this](const QJsonObject &reply) { onLoggedIn(reply); },
                      [this, withToken](const QString &code, const QString &message) {
                          if (withToken && code == QLatin1String("AUTH_FAILED") && !m_credentials.password.isEmpty()) {
                              m_cache.setMeta(tokenKey, {});
                              login(false);
                              return;
                          }
                          m_lastError = message;
                          m_running = code != QLatin1String("AUTH_FAILED");
                          setState(code == QLatin1String("AUTH_FAILED") ? State::AuthFailed : State::Offline);
                          m_connection.close();
                      });
}

void AgentClient::onLoggedIn(const QJsonObject &reply)
{
    m_reconnectDelayMs = firstReconnectDelayMs;
    m_lastError.clear();
    m_cache.setMeta(tokenKey, reply.value(QStringLiteral("token")).toString());
    m_profile = reply.value(QStringLiteral("agent")).toObject();
    m_departments.clear();
    for (const QJsonValue &d : reply.value(QStringLiteral("departments")).toArray())
        m_departments.insert(d[QStringLiteral("id")].toString(), d[QStringLiteral("name")].toString());
    m_agentNames.insert(m_credentials.user, m_profile.value(QStringLiteral("name")).toString());
    emit profileChanged();
    m_connection.call(msg::ListAgents, {{QStringLiteral("limit"), 500}}, [this](const QJsonObject &agents) {
        for (const QJsonValue &a : agents.value(QStringLiteral("agents")).toArray())
            m_agentNames.insert(a[QStringLiteral("id")].toString(), a[QStringLiteral("name")].toString());
        emit profileChanged();
    });
    m_buffered.clear();
    setState(State::Syncing);
    if (m_cache.lastEventSeq() == 0)
        snapshot(jsonInteger(reply, QLatin1String("lastSeq")));
    else
        resume();
}

// A fresh cache, or events pruned while we were away: start from the engine's current lists.
void AgentClient::snapshot(qint64 lastSeq)
{
    m_connection.call(msg::ListConversations, {}, [this, lastSeq](const QJsonObject &reply) {
        m_cache.begin();
        for (const char *list : {"conversations", "offered", "recentlyClosed"}) {
            for (const QJsonValue &c : reply.value(QLatin1String(list)).toArray())
                m_updater.applyConversation(c.toObject());
        }
        m_cache.setLastEventSeq(lastSeq);
        m_cache.commit();
        resume();
    });
}

void AgentClient::resume()
{
    m_connection.call(msg::Resume, {{QStringLiteral("afterSeq"), m_cache.lastEventSeq()}},
                      [this](const QJsonObject &reply) {
                          if (reply.value(QStringLiteral("gap")).toBool()) {
                              snapshot(jsonInteger(reply, QLatin1String("lastSeq")));
                              return;
                          }
                          const QJsonArray events = reply.value(QStringLiteral("events")).toArray();
                          m_cache.begin();
                          for (const QJsonValue &v : events) {
                              const QJsonObject e = v.toObject();
                              applyEvent(jsonInteger(e, QLatin1String("seq")), e.value(QStringLiteral("type")).toString(),
                                         e.value(QStringLiteral("payload")).toObject());
                          }
                          m_cache.commit();
                          if (events.size() >= resumeBatch)
                              resume();
                          else
                              finishSync();
                      });
}

void AgentClient::finishSync()
{
    const QList<LiveEvent> buffered = std::exchange(m_buffered, {});
    m_cache.begin();
    for (const LiveEvent &e : buffered)
        applyEvent(e.seq, e.type, e.payload);
    m_cache.commit();
    // Conversations the agent works on or is offered whose history the cache lacks, or has holes
    // in (a fetch that was cut off). History that is read-only now stays as it was cached.
    for (const ConversationSummary &s : m_cache.conversations()) {
        if (!s.isOwnedBy(agentId()) && !s.isOffered())
            continue;
        const qint64 contiguous = m_cache.contiguousMessageSeq(s.id);
        if (jsonInteger(s.conversation(), QLatin1String("lastSeq")) > contiguous || m_cache.maxMessageSeq(s.id) > contiguous)
            fetchHistory(s.id);
    }
    setState(State::Online);
    flushOutbox();
}

void AgentClient::onEvent(const QString &type, qint64 seq, const QJsonObject &payload)
{
    if (seq <= 0)
        return;
    if (m_state != State::Online) {
        m_buffered.append({seq, type, payload});
        return;
    }
    if (seq > m_cache.lastEventSeq() + 1) { // a hole in the live stream: fetch it in order
        m_buffered.append({seq, type, payload});
        setState(State::Syncing);
        resume();
        return;
    }
    m_cache.begin();
    applyEvent(seq, type, payload);
    m_cache.commit();
}

void AgentClient::applyEvent(qint64 seq, const QString &type, const QJsonObject &payload)
{
    if (seq <= m_cache.lastEventSeq())
        return;
    m_updater.applyEvent(type, payload);
    m_cache.setLastEventSeq(seq);
}

void AgentClient::onDisconnected()
{
    m_flushing = false;
    m_fetching.clear();
    m_buffered.clear();
    if (m_state == State::AuthFailed)
        return;
    setState(State::Offline);
    scheduleReconnect();
}

void AgentClient::scheduleReconnect()
{
    if (!m_running)
        return;
    m_reconnectTimer.start(m_reconnectDelayMs);
    m_reconnectDelayMs = std::min(m_reconnectDelayMs * 2, maxReconnectDelayMs);
}

void AgentClient::fetchHistory(qint64 conversationId)
{
    if (m_state == State::Offline || m_state == State::Connecting || m_fetching.contains(conversationId))
        return;
    m_fetching.insert(conversationId);
    const QJsonObject request{{QStringLiteral("conversationId"), conversationId},
                              {QStringLiteral("afterSeq"), m_cache.contiguousMessageSeq(conversationId)},
                              {QStringLiteral("limit"), historyPage}};
    m_connection.call(
        msg::GetHistory, request,
        [this, conversationId](const QJsonObject &reply) {
            m_fetching.remove(conversationId);
            m_cache.begin();
            m_updater.applyMessages(reply.value(QStringLiteral("messages")).toArray());
            m_cache.commit();
            if (!reply.value(QStringLiteral("complete")).toBool(true))
                fetchHistory(conversationId);
        },
        [this, conversationId](const QString &, const QString &message) {
            m_fetching.remove(conversationId);
            qCInfo(lcAgentClient) << "history of" << conversationId << "not available:" << message;
        });
}

void AgentClient::setActiveConversation(qint64 id)
{
    m_updater.setActiveConversation(id);
    markRead(id);
}

void AgentClient::markRead(qint64 conversationId)
{
    m_updater.markRead(conversationId);
}

void AgentClient::sendMessage(qint64 conversationId, const QString &text)
{
    const OutboxEntry entry{QUuid::createUuid().toString(QUuid::WithoutBraces), conversationId, text,
                            QDateTime::currentMSecsSinceEpoch()};
    if (!m_cache.addToOutbox(entry)) {
        emit messageRefused(conversationId, text, tr("The local cache cannot store the message."));
        return;
    }
    emit outboxChanged(conversationId);
    flushOutbox();
}

// One message at a time, in typing order. A message whose reply was lost goes again with the same
// key after the reconnect; the engine answers it from its idempotency record instead of sending twice.
void AgentClient::flushOutbox()
{
    if (m_state != State::Online || m_flushing)
        return;
    const QList<OutboxEntry> pending = m_cache.outbox();
    if (pending.isEmpty())
        return;
    const OutboxEntry entry = pending.first();
    m_flushing = true;
    m_connection.call(
        msg::SendMessage, {{QStringLiteral("conversationId"), entry.conversationId}, {QStringLiteral("text"), entry.text}},
        [this, entry](const QJsonObject &reply) {
            m_flushing = false;
            m_cache.begin();
            m_updater.applyMessage(Message::fromJson(reply.value(QStringLiteral("message")).toObject()));
            m_cache.removeFromOutbox(entry.key);
            m_cache.commit();
            emit outboxChanged(entry.conversationId);
            flushOutbox();
        },
        [this, entry](const QString &code, const QString &message) {
            m_flushing = false;
            if (isTransient(code)) {
                QTimer::singleShot(2000, this, &AgentClient::flushOutbox);
                return;
            }
            m_cache.removeFromOutbox(entry.key);
            emit outboxChanged(entry.conversationId);
            emit messageRefused(entry.conversationId, entry.text, message);
            flushOutbox();
        },
        entry.key);
}

void AgentClient::guarded(const QString &type, const QJsonObject &payload, Reply onReply, Failure onFailure,
                          const QString &idempotencyKey)
{
    if (m_state != State::Online && m_state != State::Syncing) {
        if (onFailure)
            onFailure(QStringLiteral("OFFLINE"), tr("Not connected to the engine."));
        return;
    }
    m_connection.call(type, payload, std::move(onReply), std::move(onFailure), idempotencyKey);
}

void AgentClient::recommend(qint64 conversationId, const QJsonObject &filters, Reply onReply, Failure onFailure)
{
    QJsonObject payload = filters;
    payload.insert(QStringLiteral("conversationId"), conversationId);
    guarded(msg::Recommend, payload, std::move(onReply), std::move(onFailure));
}

// The reply of every transfer command carries the transfer: it goes to the cache at once, so the
// banner and the list move without waiting for the event.
void AgentClient::transferCommand(const QString &type, const QJsonObject &payload, Reply onReply, Failure onFailure,
                                  const QJsonObject &extra, const QString &idempotencyKey)
{
    guarded(
        type, payload,
        [this, onReply, extra](const QJsonObject &reply) {
            m_cache.begin();
            m_updater.applyTransfer(reply.value(QStringLiteral("transfer")).toObject(), {}, extra);
            m_cache.commit();
            if (onReply)
                onReply(reply);
        },
        std::move(onFailure), idempotencyKey);
}

void AgentClient::listAgents(const QJsonObject &filters, Reply onReply, Failure onFailure)
{
    guarded(msg::ListAgents, filters, std::move(onReply), std::move(onFailure));
}

void AgentClient::startTransfer(qint64 conversationId, const QString &to, const QString &toName,
                                const QJsonObject &note, Reply onReply, Failure onFailure)
{
    transferCommand(msg::Transfer,
                    {{QStringLiteral("conversationId"), conversationId}, {QStringLiteral("to"), to}, {QStringLiteral("note"), note}},
                    std::move(onReply), std::move(onFailure), {{QStringLiteral("toName"), toName}},
                    QUuid::createUuid().toString(QUuid::WithoutBraces));
}

void AgentClient::cancelTransfer(qint64 transferId, Failure onFailure)
{
    transferCommand(msg::TransferCancel, {{QStringLiteral("transferId"), transferId}}, {}, std::move(onFailure));
}

void AgentClient::acceptTransfer(qint64 transferId, Reply onReply, Failure onFailure)
{
    transferCommand(msg::TransferAccept, {{QStringLiteral("transferId"), transferId}}, std::move(onReply),
                    std::move(onFailure));
}

void AgentClient::rejectTransfer(qint64 transferId, const QString &reason, Reply onReply, Failure onFailure)
{
    transferCommand(msg::TransferReject, {{QStringLiteral("transferId"), transferId}, {QStringLiteral("reason"), reason}},
                    std::move(onReply), std::move(onFailure));
}

void AgentClient::closeConversation(qint64 conversationId, Failure onFailure)
{
    guarded(
        msg::CloseConversation, {{QStringLiteral("conversationId"), conversationId}},
        [this](const QJsonObject &reply) {
            m_cache.begin();
            m_updater.applyConversation(reply.value(QStringLiteral("conversation")).toObject());
            m_cache.commit();
        },
        std::move(onFailure));
}

void AgentClient::fetchChain(qint64 conversationId, Reply onReply, Failure onFailure)
{
    guarded(msg::GetChain, {{QStringLiteral("conversationId"), conversationId}}, std::move(onReply),
            std::move(onFailure));
}

void AgentClient::setTags(const QStringList &tags, Reply onReply, Failure onFailure)
{
    guarded(
        msg::SetTags, {{QStringLiteral("tags"), QJsonArray::fromStringList(tags)}},
        [this, onReply](const QJsonObject &reply) {
            m_profile = reply.value(QStringLiteral("agent")).toObject();
            emit profileChanged();
            if (onReply)
                onReply(reply);
        },
        std::move(onFailure));
}

void AgentClient::setStatus(const QString &status)
{
    guarded(
        msg::SetStatus, {{QStringLiteral("status"), status}},
        [this](const QJsonObject &reply) {
            m_profile = reply.value(QStringLiteral("agent")).toObject();
            emit profileChanged();
        },
        [this](const QString &, const QString &message) { m_lastError = message; });
}

} // namespace baton
