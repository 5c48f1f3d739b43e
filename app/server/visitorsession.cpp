#include "server/visitorsession.h"

#include "core/customeridentity.h"
#include "engine/engine.h"
#include "server/addresslimits.h"
#include "protocol/messagetypes.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QWebSocket>
#include <chrono>

Q_LOGGING_CATEGORY(lcVisitorSession, "baton.server.visitor")

namespace baton {

namespace {
constexpr int maxReplayedMessages = 50;
} // namespace

VisitorSession::VisitorSession(QWebSocket *socket, Engine &engine, const MessageCatalog &catalog, const RequestRate &rate,
                               AddressLimits &addressLimits, QObject *parent)
    : Session(socket, engine, catalog, Endpoint::Visitor, rate, parent)
    , m_addressLimits(addressLimits)
    , m_address(socket->peerAddress().toString())
    , m_exempt(socket->peerAddress().isLoopback() && !engine.config().limits.limitLoopback)
{
}

VisitorSession::~VisitorSession()
{
    if (m_conversationId != 0)
        m_engine.visitorDisconnected(m_conversationId);
}

bool VisitorSession::allowedFromAddress(const Envelope &request)
{
    if (m_exempt)
        return true;
    const qint64 now = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::steady_clock::now().time_since_epoch()).count();
    QString limit;
    const bool starting = request.type == msg::CustomerStart &&
                          request.payload.value(QStringLiteral("resumeToken")).toString().isEmpty();
    if (starting) {
        const EngineState &state = m_engine.state();
        const int waiting = m_addressLimits.waitingFrom(m_address, [&state](qint64 id) {
            const auto it = state.conversations.constFind(id);
            return it != state.conversations.cend() &&
                   (it->state == ConversationState::Queued || it->state == ConversationState::Robot);
        });
        if (waiting >= m_addressLimits.maxWaiting())
            limit = QStringLiteral("waitingPerAddress");
        else if (!m_addressLimits.allowStart(m_address, now))
            limit = QStringLiteral("startsPerAddress");
    } else if (request.type == msg::CustomerMessage && !m_addressLimits.allowMessage(m_address, now)) {
        limit = QStringLiteral("messagesPerAddress");
    }
    if (limit.isEmpty())
        return true;
    qCWarning(lcVisitorSession) << "limit" << limit << "reached by" << m_address;
    send(Envelope::error(request.id, {ErrorCode::RateLimited, QStringLiteral("too many requests from your address; try again later"),
                                      {{QStringLiteral("limit"), limit}}}));
    return false;
}

void VisitorSession::handle(const Envelope &request)
{
    if (!allowedFromAddress(request))
        return;
    if (request.type == msg::CustomerStart)
        return start(request);
    if (request.type == msg::CustomerMessage) {
        const QString text = request.payload.value(QStringLiteral("text")).toString();
        reply(request, m_engine.idempotent(QStringLiteral("visitor:%1").arg(m_conversationId), request.idempotencyKey,
                                           request.type, [&] { return m_engine.customerMessage(m_conversationId, text); }));
        return;
    }
    if (request.type == msg::CustomerEscalate) {
        reply(request, m_engine.idempotent(QStringLiteral("visitor:%1").arg(m_conversationId), request.idempotencyKey,
                                           request.type, [&] { return m_engine.askForHuman(m_conversationId); }));
        return;
    }
    if (request.type == msg::CustomerRate) {
        const int rating = request.payload.value(QStringLiteral("rating")).toInt();
        const QString comment = request.payload.value(QStringLiteral("comment")).toString();
        reply(request, m_engine.idempotent(QStringLiteral("visitor:%1").arg(m_conversationId), request.idempotencyKey,
                                           request.type,
                                           [&] { return m_engine.rateConversation(m_conversationId, rating, comment); }));
        return;
    }
    if (request.type == msg::CustomerHistory) {
        reply(request, m_engine.visitorHistory(m_conversationId,
                                               qint64(request.payload.value(QStringLiteral("afterSeq")).toDouble()),
                                               request.payload.value(QStringLiteral("limit")).toInt(200)));
        return;
    }
    replyError(request.id, ErrorCode::UnknownType, QStringLiteral("%1 is not handled here").arg(request.type));
}

QString VisitorSession::verifiedCustomerId(const QJsonObject &start) const
{
    const QString claimed = start.value(QStringLiteral("customerId")).toString();
    const QString signature = start.value(QStringLiteral("identifierHash")).toString();
    if (claimed.isEmpty() || CustomerIdentity::verify(m_engine.config().identitySecret, claimed, signature))
        return claimed;
    // Issue 13.2: a claimed id without the host site's signature is ignored; the visitor is anonymous.
    qCWarning(lcVisitorSession) << "ignored customer id" << claimed << "from" << m_socket->peerAddress().toString()
                                << (signature.isEmpty() ? "without a signature" : "with a wrong signature");
    return QString();
}

void VisitorSession::start(const Envelope &request)
{
    if (isAuthenticated()) {
        replyError(request.id, ErrorCode::Conflict, QStringLiteral("this connection already has a conversation"));
        return;
    }
    const QJsonObject &p = request.payload;
    const QString resumeToken = p.value(QStringLiteral("resumeToken")).toString();
    EngineResult result;
    if (!resumeToken.isEmpty()) {
        const auto id = m_engine.visitorConversation(resumeToken);
        if (!id) {
            replyError(request.id, ErrorCode::AuthFailed, QStringLiteral("unknown resume token"));
            return;
        }
        result = EngineResult::success({{QStringLiteral("conversationId"), *id}, {QStringLiteral("token"), resumeToken}});
    } else {
        result = m_engine.startVisitor({p.value(QStringLiteral("name")).toString(),
                                        verifiedCustomerId(p),
                                        p.value(QStringLiteral("skill")).toString(),
                                        p.value(QStringLiteral("text")).toString(),
                                        p.value(QStringLiteral("human")).toBool(),
                                        p.value(QStringLiteral("language")).toString()});
    }
    if (!result.ok()) {
        reply(request, result);
        return;
    }
    m_conversationId = qint64(result.payload.value(QStringLiteral("conversationId")).toDouble());
    if (resumeToken.isEmpty())
        m_addressLimits.started(m_address, m_conversationId);
    m_engine.visitorConnected(m_conversationId);
    emit bound(m_conversationId);
    reply(request, result);
    // With group commit the start's events are still queued and reach this session, bound now, live.
    if (resumeToken.isEmpty() && !m_engine.groupCommit().pending()) {
        // Issue 13.10: what was written while CUSTOMER_START routed (the robot's greeting, an
        // agent's welcome) went out before this session was bound; send it now. Clients keep
        // messages by seq, so one that also fetches CUSTOMER_HISTORY sees no duplicates.
        const EngineResult history = m_engine.visitorHistory(m_conversationId, 0, maxReplayedMessages);
        for (const QJsonValue &m : history.payload.value(QStringLiteral("messages")).toArray())
            sendEvent(msg::Message, -1, {{QStringLiteral("message"), m}});
    }
    // The routing decision may have happened before this session was bound: tell it where it stands.
    m_engine.visitorStatus(m_conversationId);
}

} // namespace baton
