#include "server/visitorsession.h"

#include "engine/engine.h"
#include "protocol/messagetypes.h"

namespace baton {

VisitorSession::VisitorSession(QWebSocket *socket, Engine &engine, const MessageCatalog &catalog, const RequestRate &rate,
                                QObject *parent)
    : Session(socket, engine, catalog, Endpoint::Visitor, rate, parent)
{
}

void VisitorSession::handle(const Envelope &request)
{
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
                                        p.value(QStringLiteral("customerId")).toString(),
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
    emit bound(m_conversationId);
    reply(request, result);
    // The routing decision may have happened before this session was bound: tell it where it stands.
    m_engine.visitorStatus(m_conversationId);
}

} // namespace baton
