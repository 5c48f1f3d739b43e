#include "server/agentsession.h"

#include "core/jsonvalues.h"
#include "engine/engine.h"
#include "protocol/messagetypes.h"
#include "server/reportservice.h"

#include <QLoggingCategory>
#include <QWebSocket>

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
                           const RequestRate &rate, QObject *parent)
    : Session(socket, engine, catalog, Endpoint::Agent, rate, parent)
    , m_reports(reports)
{
    registerHandlers();
}

AgentSession::~AgentSession()
{
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
             return e.closeConversation(me, idOf(p, "conversationId"), p.value(QStringLiteral("resolved")).toBool(true));
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
    const QString user = textOf(request.payload, "user");
    const QString token = textOf(request.payload, "token");
    const QString password = textOf(request.payload, "password");
    if (token.isEmpty() == password.isEmpty()) {
        replyError(request.id, ErrorCode::MissingField, QStringLiteral("LOGIN needs either \"password\" or \"token\""));
        return;
    }
    const EngineResult result = token.isEmpty() ? m_engine.login(user, password) : m_engine.loginWithToken(user, token);
    if (!result.ok()) {
        qCInfo(lcAgentSession) << "failed login for" << user;
        reply(request, result);
        if (++m_failedLogins >= maxFailedLogins)
            close(QStringLiteral("too many failed logins"));
        return;
    }
    m_agentId = user;
    m_token = result.payload.value(QStringLiteral("token")).toString();
    emit authenticated(m_agentId);
    m_engine.agentConnected(m_agentId);
    reply(request, result);
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
