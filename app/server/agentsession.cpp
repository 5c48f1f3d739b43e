#include "server/agentsession.h"

#include "core/jsonvalues.h"
#include "engine/engine.h"
#include "protocol/messagetypes.h"
#include "server/loginthrottle.h"
#include "server/passwordverifier.h"
#include "server/reportservice.h"

#include <QLoggingCategory>
#include <QWebSocket>
#include <chrono>

Q_LOGGING_CATEGORY(lcAgentSession, "baton.server.agent")

namespace baton {

namespace {
constexpr int maxFailedLogins = 5;
constexpr int maxResumeBatch = 1000;

qint64 idOf(const QJsonObject &p, const char *key) { return jsonInteger(p, QLatin1String(key)); }
QString textOf(const QJsonObject &p, const char *key) { return p.value(QLatin1String(key)).toString(); }

CandidateFilter filterOf(const QJsonObject &p)
{
    CandidateFilter f{textOf(p, "query"), textOf(p, "department"), textOf(p, "skill"), std::nullopt};
    if (p.contains(QStringLiteral("status")))
        f.status = agentStatusFromName(textOf(p, "status"));
    return f;
}
} // namespace

AgentSession::AgentSession(QWebSocket *socket, Engine &engine, ReportService &reports, const MessageCatalog &catalog,
                           const RequestRate &rate, const LoginGate &gate, QObject *parent)
    : Session(socket, engine, catalog, Endpoint::Agent, rate, parent)
    , m_reports(reports)
    , m_gate(gate)
    , m_address(socket->peerAddress().toString())
{
    registerHandlers();
}

AgentSession::~AgentSession()
{
    for (; m_teamWatches > 0; --m_teamWatches)
        m_engine.teamUnwatch(m_agentId);
    if (isAuthenticated())
        m_engine.agentDisconnected(m_agentId);
}

void AgentSession::registerHandlers()
{
    Engine &e = m_engine;
    const QString &me = m_agentId; // captured by reference: set once LOGIN succeeds
    m_handlers = {
        {msg::SetStatus, [&e, &me](const QJsonObject &p) { return e.setStatus(me, textOf(p, "status")); }},
        {msg::SetTags,
         [&e, &me](const QJsonObject &p) { return e.setTags(me, p.value(QStringLiteral("tags")).toArray()); }},
        {msg::ListConversations, [&e, &me](const QJsonObject &) { return e.listConversations(me); }},
        {msg::GetConversation, [&e, &me](const QJsonObject &p) { return e.conversation(me, idOf(p, "conversationId")); }},
        {msg::GetHistory,
         [&e, &me](const QJsonObject &p) {
             return e.history(me, idOf(p, "conversationId"), idOf(p, "afterSeq"),
                              p.value(QStringLiteral("limit")).toInt(200));
         }},
        {msg::SendMessage,
         [&e, &me](const QJsonObject &p) { return e.sendMessage(me, idOf(p, "conversationId"), textOf(p, "text")); }},
        {msg::CloseConversation,
         [&e, &me](const QJsonObject &p) {
             return e.closeConversation(me, idOf(p, "conversationId"), p.value(QStringLiteral("resolved")).toBool(true),
                                        p.value(QStringLiteral("reason")).toString().trimmed());
         }},
        {msg::ListAgents,
         [&e, &me](const QJsonObject &p) { return e.listAgents(me, filterOf(p), p.value(QStringLiteral("limit")).toInt(500)); }},
        {msg::Recommend,
         [&e, &me](const QJsonObject &p) {
             return e.recommend(me, idOf(p, "conversationId"), filterOf(p), p.value(QStringLiteral("limit")).toInt(10));
         }},
        {msg::GetChain, [&e, &me](const QJsonObject &p) { return e.chain(me, idOf(p, "conversationId")); }},
        {msg::Transfer,
         [&e, &me](const QJsonObject &p) {
             return e.requestTransfer(me, idOf(p, "conversationId"), textOf(p, "to"),
                                      p.value(QStringLiteral("note")).toObject());
         }},
        {msg::TransferAccept, [&e, &me](const QJsonObject &p) { return e.acceptTransfer(me, idOf(p, "transferId")); }},
        {msg::TransferReject,
         [&e, &me](const QJsonObject &p) { return e.rejectTransfer(me, idOf(p, "transferId"), textOf(p, "reason")); }},
        {msg::TransferCancel, [&e, &me](const QJsonObject &p) { return e.cancelTransfer(me, idOf(p, "transferId")); }},
        {msg::Reassign,
         [&e, &me](const QJsonObject &p) {
             return e.reassign(me, idOf(p, "conversationId"), textOf(p, "to"), textOf(p, "note"));
         }},
        {msg::SetAgentStatus,
         [&e, &me](const QJsonObject &p) { return e.setAgentStatus(me, textOf(p, "agent"), textOf(p, "status")); }},
        {msg::BatchTransfer,
         [&e, &me](const QJsonObject &p) { return e.batchTransfer(me, p.value(QStringLiteral("items")).toArray()); }},
        {msg::OpenOverflow,
         [&e, &me](const QJsonObject &p) {
             return e.openOverflow(me, {textOf(p, "department"), int(jsonInteger(p, QLatin1String("extraSessions"))),
                                        textOf(p, "toDepartment"), idOf(p, "durationMs")});
         }},
        {msg::TeamWatch,
         [this](const QJsonObject &) {
             EngineResult r = m_engine.teamWatch(m_agentId);
             m_teamWatches += r.ok() ? 1 : 0;
             return r;
         }},
        {msg::TeamUnwatch,
         [this](const QJsonObject &) {
             if (m_teamWatches > 0) {
                 --m_teamWatches;
                 m_engine.teamUnwatch(m_agentId);
             }
             return EngineResult::success();
         }},
    };
}

void AgentSession::handle(const Envelope &request)
{
    if (request.type == msg::Login)
        return login(request);
    if (request.type == msg::Resume)
        return resume(request);
    if (request.type == msg::Logout) {
        m_engine.logout(m_token);
        send(Envelope::result(request.id));
        close(QStringLiteral("logged out"));
        return;
    }
    if (request.type == msg::ListTransfers || request.type == msg::TransferMetrics || request.type == msg::ServiceMetrics ||
        request.type == msg::ListRatings)
        return report(request);
    const auto handler = m_handlers.constFind(request.type);
    if (handler == m_handlers.cend()) {
        replyError(request.id, ErrorCode::UnknownType, QStringLiteral("%1 is not handled here").arg(request.type));
        return;
    }
    const EngineResult result = m_engine.idempotent(m_agentId, request.idempotencyKey, request.type,
                                                    [&] { return (*handler)(request.payload); });
    reply(request, result);
}

void AgentSession::login(const Envelope &request)
{
    if (isAuthenticated()) {
        replyError(request.id, ErrorCode::Conflict, QStringLiteral("already logged in as %1").arg(m_agentId));
        return;
    }
    if (m_loginPending) {
        replyError(request.id, ErrorCode::Conflict, QStringLiteral("a LOGIN is still being checked"));
        return;
    }
    const QString user = textOf(request.payload, "user");
    const QString token = textOf(request.payload, "token");
    const QString password = textOf(request.payload, "password");
    if (token.isEmpty() == password.isEmpty()) {
        replyError(request.id, ErrorCode::MissingField, QStringLiteral("LOGIN needs either \"password\" or \"token\""));
        return;
    }
    const qint64 now = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::steady_clock::now().time_since_epoch()).count();
    if (const qint64 wait = m_gate.throttle.admit(user, m_address, now); wait > 0) {
        qCWarning(lcAgentSession) << "throttled login for" << user << "from" << m_address;
        send(Envelope::error(request.id, {ErrorCode::RateLimited, QStringLiteral("too many login attempts; try again later"),
                                          {{QStringLiteral("retryAfterMs"), wait}}}));
        return;
    }
    if (!token.isEmpty())
        return finishLogin(request, user, m_engine.loginWithToken(user, token));
    m_loginPending = true;
    m_gate.verifier.verify(password, m_engine.passwordHashFor(user), this, [this, request, user](bool matches) {
        m_loginPending = false;
        finishLogin(request, user,
                    matches ? m_engine.completeLogin(user)
                            : EngineResult::fail(EngineError::AuthFailed, QStringLiteral("wrong user name or password")));
    });
}

void AgentSession::finishLogin(const Envelope &request, const QString &user, const EngineResult &result)
{
    if (!result.ok()) {
        qCInfo(lcAgentSession) << "failed login for" << user << "from" << m_address;
        reply(request, result);
        if (++m_failedLogins >= maxFailedLogins)
            close(QStringLiteral("too many failed logins"));
        return;
    }
    m_gate.throttle.succeeded(user, m_address);
    m_agentId = user;
    m_token = result.payload.value(QStringLiteral("token")).toString();
    emit authenticated(m_agentId);
    m_engine.agentConnected(m_agentId);
    // Issue 13.11: the reply shows the agent as the login left them (online), not as before it.
    EngineResult answer = result;
    answer.payload.insert(QStringLiteral("agent"), m_engine.agentJson(m_agentId));
    answer.compactPayload.clear(); // the payload changed: serialise it again
    reply(request, answer);
}

void AgentSession::report(const Envelope &request)
{
    const auto scope = m_engine.reportScope(m_agentId);
    if (!scope) {
        replyError(request.id, ErrorCode::AuthFailed, QStringLiteral("unknown agent \"%1\"").arg(m_agentId));
        return;
    }
    m_reports.submit(request.type, request.payload, *scope, this, [this, request](const EngineResult &result) {
        reply(request, result);
    });
}

void AgentSession::resume(const Envelope &request)
{
    const qint64 afterSeq = idOf(request.payload, "afterSeq");
    const EngineResult result = m_engine.eventsAfter(m_agentId, afterSeq, maxResumeBatch);
    reply(request, result);
}

} // namespace baton
