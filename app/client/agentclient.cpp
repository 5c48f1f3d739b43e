#include "client/agentclient.h"

#include "client/engineconnection.h"
#include "client/localcache.h"
#include "client/pinyinsearch.h"
#include "core/eventtypes.h"
#include "protocol/messagetypes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
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
constexpr int outboxRetryMs = 2'000;
const QString tokenKey = QStringLiteral("sessionToken");
const QString agentNamesKey = QStringLiteral("agentNames");
const QString departmentNamesKey = QStringLiteral("departmentNames");

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

AgentClient::AgentClient(EngineConnection &connection, LocalCache &cache, QObject *parent)
    : QObject(parent), m_connection(connection), m_cache(cache), m_updater(cache)
{
    // Names as of the last sign-in, so an offline start shows people, not login ids.
    const QJsonObject names = QJsonDocument::fromJson(m_cache.meta(agentNamesKey).toUtf8()).object();
    for (auto it = names.begin(); it != names.end(); ++it)
        m_agentNames.insert(it.key(), it.value().toString());
    const QJsonObject departments = QJsonDocument::fromJson(m_cache.meta(departmentNamesKey).toUtf8()).object();
    for (auto it = departments.begin(); it != departments.end(); ++it)
        m_departments.insert(it.key(), it.value().toString());

    connect(&m_connection, &EngineConnection::ready, this, &AgentClient::onReady);
    connect(&m_connection, &EngineConnection::disconnected, this, &AgentClient::onDisconnected);
    connect(&m_connection, &EngineConnection::connectionError, this, [this] {
        if (!m_connection.isOpen())
            onDisconnected();
    });
    connect(&m_connection, &EngineConnection::helloRefused, this, [this](const RequestError &error) {
        m_lastError = error;
        m_running = false;
        m_reconnectTimer.stop();
        setState(State::Incompatible);
        m_connection.close();
    });
    connect(&m_connection, &EngineConnection::event, this, &AgentClient::onEvent);
    connect(&m_updater, &CacheUpdater::historyWanted, this, &AgentClient::fetchHistory);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (!m_running)
            return;
        if (m_state == State::Connecting) // the attempt hangs: start over
            m_connection.close();
        setState(State::Connecting);
        m_connection.open(m_credentials.url);
        m_reconnectTimer.start(connectTimeoutMs);
    });
}

template <typename T>
void AgentClient::send(const QString &type, const QJsonObject &payload, Callback<T> done,
                       const QString &idempotencyKey)
{
    if (!isConnected()) {
        if (done)
            done(RequestError::local(RequestError::Kind::NotConnected));
        return;
    }
    m_connection.submit(
        type, payload,
        [done = std::move(done)](const Result<QJsonObject> &result) {
            if (!done)
                return;
            if (result.ok())
                done(T::fromPayload(result.value()));
            else
                done(result.error());
        },
        idempotencyKey);
}

void AgentClient::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
    m_updater.setAgentId(credentials.user);
}

void AgentClient::start()
{
    m_running = true;
    m_lastError.reset();
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

qint64 AgentClient::engineNowMs() const
{
    return m_connection.engineNowMs();
}

QString AgentClient::agentName(const QString &id) const
{
    const QString name = m_agentNames.value(id);
    return name.isEmpty() ? id : name;
}

void AgentClient::setProfile(const AgentView &profile)
{
    m_profile = profile;
    m_agentNames.insert(profile.agent.id, profile.agent.displayName);
    emit profileChanged();
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
    m_connection.submit(msg::Login, payload, [this, withToken](const Result<QJsonObject> &result) {
        if (result.ok()) {
            onLoggedIn(reply::Login::fromPayload(result.value()));
            return;
        }
        const RequestError &error = result.error();
        if (error.kind == RequestError::Kind::ConnectionLost)
            return; // onDisconnected schedules the next attempt
        if (withToken && error.is(ErrorCode::AuthFailed) && !m_credentials.password.isEmpty()) {
            m_cache.setMeta(tokenKey, {});
            login(false);
            return;
        }
        m_lastError = error;
        const bool refused = error.is(ErrorCode::AuthFailed);
        m_running = !refused;
        setState(refused ? State::AuthFailed : State::Offline);
        m_connection.close();
    });
}

void AgentClient::onLoggedIn(const reply::Login &login)
{
    m_reconnectDelayMs = firstReconnectDelayMs;
    m_lastError.reset();
    m_cache.setMeta(tokenKey, login.token);
    m_departments = login.departmentNames;
    QJsonObject departments;
    for (auto it = m_departments.cbegin(); it != m_departments.cend(); ++it)
        departments.insert(it.key(), it.value());
    m_cache.setMeta(departmentNamesKey, QString::fromUtf8(QJsonDocument(departments).toJson(QJsonDocument::Compact)));
    setProfile(login.agent);
    m_buffered.clear();
    // Connected from here on: requests sent before this line would fail as "not connected" (the
    // colleagues' names below did, and people saw login ids).
    setState(State::Syncing);
    send<reply::Agents>(
        msg::ListAgents, {{QStringLiteral("limit"), 500}}, [this](const Result<reply::Agents> &result) {
            if (!result.ok())
                return;
            QJsonObject names;
            for (const AgentView &a : result->agents) {
                m_agentNames.insert(a.agent.id, a.agent.displayName);
                names.insert(a.agent.id, a.agent.displayName);
            }
            m_cache.setMeta(agentNamesKey,
                            QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact)));
            emit profileChanged();
        });
    if (m_cache.lastEventSeq() == 0)
        snapshot(login.lastSeq);
    else
        resume();
}

// A fresh cache, or events pruned while we were away: start from the engine's current lists.
void AgentClient::snapshot(qint64 lastSeq)
{
    send<reply::ConversationList>(
        msg::ListConversations, {}, [this, lastSeq](const Result<reply::ConversationList> &result) {
            if (!result.ok())
                return; // a lost connection reconnects and starts again
            m_updater.begin();
            for (const auto *list : {&result->conversations, &result->offered, &result->recentlyClosed}) {
                for (const ConversationView &c : *list)
                    m_updater.applyConversation(c);
            }
            m_cache.setLastEventSeq(lastSeq);
            m_updater.commit();
            resume();
        });
}

void AgentClient::resume()
{
    send<reply::Resume>(msg::Resume, {{QStringLiteral("afterSeq"), m_cache.lastEventSeq()}},
                        [this](const Result<reply::Resume> &result) {
                            if (!result.ok())
                                return;
                            if (result->gap) {
                                snapshot(result->lastSeq);
                                return;
                            }
                            m_updater.begin();
                            for (const reply::StoredEvent &e : result->events)
                                applyEvent(e.seq, e.type, e.payload);
                            m_updater.commit();
                            if (result->events.size() >= resumeBatch)
                                resume();
                            else
                                finishSync();
                        });
}

void AgentClient::finishSync()
{
    const QList<reply::StoredEvent> buffered = std::exchange(m_buffered, {});
    m_updater.begin();
    for (const reply::StoredEvent &e : buffered)
        applyEvent(e.seq, e.type, e.payload);
    m_updater.commit();
    // Conversations the agent works on or is offered whose history the cache lacks, or has holes
    // in (a fetch that was cut off). History that is read-only now stays as it was cached.
    for (const ConversationSummary &s : m_cache.conversations()) {
        if (!s.isOwnedBy(agentId()) && !s.isOffered())
            continue;
        const qint64 contiguous = m_cache.contiguousMessageSeq(s.id);
        if (s.conversation().lastSeq > contiguous || m_cache.maxMessageSeq(s.id) > contiguous)
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
    m_updater.begin();
    applyEvent(seq, type, payload);
    m_updater.commit();
}

void AgentClient::applyEvent(qint64 seq, const QString &type, const QJsonObject &payload)
{
    if (seq <= m_cache.lastEventSeq())
        return;
    if (type == msg::AgentStatus) // a team lead changed our status
        setProfile(AgentView::fromJson(payload.value(QStringLiteral("agent")).toObject()));
    m_updater.applyEvent(type, payload);
    m_cache.setLastEventSeq(seq);
}

void AgentClient::onDisconnected()
{
    m_flushing = false;
    m_fetching.clear();
    m_buffered.clear();
    if (m_state == State::AuthFailed || m_state == State::Incompatible)
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

// Fetches only the hole: from the last contiguous message up to the next one already cached
// (e.g. the 20 lines an offer brought along are not fetched again).
void AgentClient::fetchHistory(qint64 conversationId)
{
    if (!isConnected() || m_fetching.contains(conversationId))
        return;
    const auto summary = m_cache.conversation(conversationId);
    // Unknown newest seq (a conversation only just announced): ask for a full page.
    const qint64 lastSeq = summary && summary->conversation().lastSeq > 0 ? summary->conversation().lastSeq
                                                                          : std::numeric_limits<int>::max();
    const LocalCache::HistoryHole hole = m_cache.firstHole(conversationId, lastSeq, historyPage);
    if (hole.limit <= 0)
        return;
    m_fetching.insert(conversationId);
    const QJsonObject request{{QStringLiteral("conversationId"), conversationId},
                              {QStringLiteral("afterSeq"), hole.afterSeq},
                              {QStringLiteral("limit"), hole.limit}};
    send<reply::History>(msg::GetHistory, request,
                         [this, conversationId](const Result<reply::History> &result) {
                             m_fetching.remove(conversationId);
                             if (!result.ok()) {
                                 qCInfo(lcAgentClient) << "history of" << conversationId
                                                       << "not available:" << result.error().name();
                                 return;
                             }
                             m_updater.applyMessages(result->messages);
                             if (!result->messages.isEmpty())
                                 fetchHistory(conversationId); // the next hole, or the rest of this one
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
    const OutboxEntry entry{newKey(), conversationId, text, QDateTime::currentMSecsSinceEpoch()};
    if (!m_cache.addToOutbox(entry)) {
        emit messageRefused(conversationId, text, RequestError::local(RequestError::Kind::NotConnected));
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
    send<reply::SentMessage>(
        msg::SendMessage,
        {{QStringLiteral("conversationId"), entry.conversationId}, {QStringLiteral("text"), entry.text}},
        [this, entry](const Result<reply::SentMessage> &result) {
            m_flushing = false;
            if (result.ok()) {
                m_updater.begin();
                m_updater.applyMessage(result->message);
                m_cache.removeFromOutbox(entry.key);
                m_updater.commit();
                emit outboxChanged(entry.conversationId);
                flushOutbox();
                return;
            }
            if (result.error().kind == RequestError::Kind::ConnectionLost ||
                result.error().kind == RequestError::Kind::NotConnected)
                return; // sent again, with the same key, after the reconnect
            if (result.error().isTransient()) {
                QTimer::singleShot(outboxRetryMs, this, &AgentClient::flushOutbox);
                return;
            }
            m_cache.removeFromOutbox(entry.key);
            emit outboxChanged(entry.conversationId);
            emit messageRefused(entry.conversationId, entry.text, result.error());
            flushOutbox();
        },
        entry.key);
}

namespace {

// The engine matches names and ids by their characters; pinyin and initials are matched here, on
// the unfiltered list, so the limit applies to what the agent asked for.
constexpr int everyoneLimit = 100;

bool wantsPinyin(const request::CandidateQuery &query)
{
    return PinyinSearch::isLatin(query.text);
}

request::CandidateQuery withoutText(request::CandidateQuery query)
{
    query.text.clear();
    query.limit = everyoneLimit;
    return query;
}

bool found(const Agent &agent, const QString &text)
{
    return PinyinSearch::matches(agent.displayName, text) ||
           agent.id.contains(text.trimmed(), Qt::CaseInsensitive);
}

template <typename Item, typename Get>
void keepFound(QList<Item> &items, const QString &text, int limit, Get agentOf)
{
    items.erase(
        std::remove_if(items.begin(), items.end(), [&](const Item &i) { return !found(agentOf(i), text); }),
        items.end());
    if (limit > 0 && items.size() > limit)
        items.resize(limit);
}

// `done`, answered with the reply's `items` narrowed to those the query's letters find.
template <typename T, typename Item, typename Get>
AgentClient::Callback<T> keepingFound(AgentClient::Callback<T> done, QList<Item> T::*items,
                                      const request::CandidateQuery &query, Get agentOf)
{
    return [done = std::move(done), items, query, agentOf](const Result<T> &result) {
        if (!done)
            return;
        if (!result.ok())
            return done(result);
        T narrowed = result.value();
        keepFound(narrowed.*items, query.text, query.limit, agentOf);
        done(narrowed);
    };
}

} // namespace

void AgentClient::recommend(qint64 conversationId, const request::CandidateQuery &query,
                            Callback<reply::Recommendations> done)
{
    const bool pinyin = wantsPinyin(query);
    QJsonObject payload = (pinyin ? withoutText(query) : query).toPayload();
    payload.insert(QStringLiteral("conversationId"), conversationId);
    if (!pinyin)
        return send(msg::Recommend, payload, std::move(done));
    send(msg::Recommend, payload,
         keepingFound(std::move(done), &reply::Recommendations::candidates, query,
                      [](const Candidate &c) { return c.agent.agent; }));
}

void AgentClient::listAgents(const request::CandidateQuery &query, Callback<reply::Agents> done)
{
    if (!wantsPinyin(query))
        return send(msg::ListAgents, query.toPayload(), std::move(done));
    send(msg::ListAgents, withoutText(query).toPayload(),
         keepingFound(std::move(done), &reply::Agents::agents, query, [](const AgentView &a) { return a.agent; }));
}

// The reply of every transfer command carries the transfer: it goes to the cache at once, so the
// banner and the list move without waiting for the event.
void AgentClient::transferCommand(const QString &type, const QJsonObject &payload,
                                  Callback<reply::OneTransfer> done, const QString &toName,
                                  const QString &idempotencyKey)
{
    send<reply::OneTransfer>(
        type, payload,
        [this, done = std::move(done), toName](const Result<reply::OneTransfer> &result) {
            if (result.ok())
                m_updater.applyTransfer(result->transfer, {}, std::nullopt, toName);
            if (done)
                done(result);
        },
        idempotencyKey);
}

void AgentClient::startTransfer(qint64 conversationId, const QString &to, const QString &toName,
                                const TransferNote &note, Callback<reply::OneTransfer> done)
{
    transferCommand(msg::Transfer,
                    {{QStringLiteral("conversationId"), conversationId},
                     {QStringLiteral("to"), to},
                     {QStringLiteral("note"), note.toJson()}},
                    std::move(done), toName, newKey());
}

void AgentClient::cancelTransfer(qint64 transferId, Callback<reply::OneTransfer> done)
{
    transferCommand(msg::TransferCancel, {{QStringLiteral("transferId"), transferId}}, std::move(done));
}

void AgentClient::acceptTransfer(qint64 transferId, Callback<reply::OneTransfer> done)
{
    transferCommand(msg::TransferAccept, {{QStringLiteral("transferId"), transferId}}, std::move(done));
}

void AgentClient::rejectTransfer(qint64 transferId, const QString &reason, Callback<reply::OneTransfer> done)
{
    transferCommand(msg::TransferReject,
                    {{QStringLiteral("transferId"), transferId}, {QStringLiteral("reason"), reason}},
                    std::move(done));
}

void AgentClient::closeConversation(qint64 conversationId, bool resolved, const QString &reason,
                                    Callback<reply::OneConversation> done)
{
    QJsonObject payload{{QStringLiteral("conversationId"), conversationId},
                        {QStringLiteral("resolved"), resolved}};
    if (!reason.isEmpty())
        payload.insert(QStringLiteral("reason"), reason);
    send<reply::OneConversation>(
        msg::CloseConversation, payload,
        [this, done = std::move(done)](const Result<reply::OneConversation> &result) {
            if (result.ok())
                m_updater.applyConversation(result->conversation);
            if (done)
                done(result);
        });
}

void AgentClient::fetchChain(qint64 conversationId, Callback<reply::Chain> done)
{
    send<reply::Chain>(msg::GetChain, {{QStringLiteral("conversationId"), conversationId}},
                       [this, conversationId, done = std::move(done)](const Result<reply::Chain> &result) {
                           if (result.ok())
                               m_cache.setChain(conversationId, result->hops);
                           if (done)
                               done(result);
                       });
}

void AgentClient::setTags(const QStringList &tags, Callback<reply::OneAgent> done)
{
    send<reply::OneAgent>(msg::SetTags, {{QStringLiteral("tags"), QJsonArray::fromStringList(tags)}},
                          [this, done = std::move(done)](const Result<reply::OneAgent> &result) {
                              if (result.ok())
                                  setProfile(result->agent);
                              if (done)
                                  done(result);
                          });
}

void AgentClient::setStatus(AgentStatus status, Callback<reply::OneAgent> done)
{
    send<reply::OneAgent>(msg::SetStatus, {{QStringLiteral("status"), agentStatusName(status)}},
                          [this, done = std::move(done)](const Result<reply::OneAgent> &result) {
                              if (result.ok())
                                  setProfile(result->agent);
                              if (done)
                                  done(result);
                          });
}

} // namespace baton
