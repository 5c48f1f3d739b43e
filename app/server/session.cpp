#include "server/session.h"

#include "engine/engine.h"
#include "protocol/messagecatalog.h"
#include "protocol/messagetypes.h"
#include "protocol/protocolversion.h"
#include "server/outputflusher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcSession, "baton.server.session")

namespace baton {

namespace {
// A client that does not read its socket must not make the engine buffer without end.
constexpr qint64 maxBufferedBytes = 8 * 1024 * 1024;
} // namespace

ErrorCode errorCodeFor(EngineError::Kind kind)
{
    switch (kind) {
    case EngineError::InvalidArgument: return ErrorCode::InvalidField;
    case EngineError::PermissionDenied: return ErrorCode::PermissionDenied;
    case EngineError::NotFound: return ErrorCode::NotFound;
    case EngineError::Conflict: return ErrorCode::Conflict;
    case EngineError::TargetUnavailable: return ErrorCode::TargetUnavailable;
    case EngineError::AuthFailed: return ErrorCode::AuthFailed;
    case EngineError::Internal: break;
    }
    return ErrorCode::Internal;
}

Session::Session(QWebSocket *socket, Engine &engine, const MessageCatalog &catalog, Endpoint endpoint,
                 const RequestRate &rate, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_socket(socket)
    , m_catalog(catalog)
    , m_endpoint(endpoint)
    , m_limiter(rate.perSecond, rate.burst)
{
    m_socket->setParent(this);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &Session::onText);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &Session::onBinary);
    connect(m_socket, &QWebSocket::disconnected, this, &Session::closed);
}

Session::~Session()
{
    // The socket is a child and dies after this object: it must not call back into it.
    m_socket->disconnect(this);
}

void Session::send(const Envelope &envelope)
{
    GroupCommit &commits = m_engine.groupCommit();
    if (!commits.pending()) {
        transmit(envelope);
        return;
    }
    // Acknowledged means durable (issue 12): while a batch of writes is open, frames wait for its
    // commit and then leave in order. If the commit fails, a success becomes the error it now is.
    QPointer<Session> self(this);
    commits.afterCommit(
        [self, envelope] {
            if (self)
                self->transmit(envelope);
        },
        [self, envelope] {
            if (!self)
                return;
            if (envelope.type == msg::Result)
                self->transmit(Envelope::error(envelope.id, {ErrorCode::Internal, QStringLiteral("could not store the change; nothing was done")}));
            else if (envelope.type == msg::Error)
                self->transmit(envelope);
        });
}

void Session::transmit(const Envelope &envelope)
{
    transmitFrame(envelope.toJson());
}

void Session::transmitFrame(const QByteArray &frame)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_socket->bytesToWrite() > maxBufferedBytes) {
        qCWarning(lcSession) << "closing a session that does not read its socket";
        close(QStringLiteral("client too slow"));
        return;
    }
    m_socket->sendTextMessage(QString::fromUtf8(frame));
    if (m_flusher)
        m_flusher->schedule(m_socket);
}

void Session::sendEvent(const QString &type, qint64 seq, const QJsonObject &payload)
{
    // Not send(): the engine announces a batch's events once that batch is on disk, and everything
    // queued for this session before them has left. Waiting for the batch open now as well held
    // every delivery back by a second commit and sync under load, and put a reply before its events.
    transmit(Envelope::event(type, seq, payload));
}

void Session::sendEventFrame(const QByteArray &frame)
{
    transmitFrame(frame);
}

void Session::close(const QString &reason)
{
    // After the frames queued before it (see send()).
    QPointer<Session> self(this);
    const auto closeNow = [self, reason] {
        if (self)
            self->m_socket->close(QWebSocketProtocol::CloseCodePolicyViolated, reason);
    };
    m_engine.groupCommit().afterCommit(closeNow, closeNow);
}

void Session::replyError(const QString &requestId, ErrorCode code, const QString &message)
{
    send(Envelope::error(requestId, {code, message}));
}

void Session::reply(const Envelope &request, const EngineResult &result)
{
    if (result.ok()) {
        // The bytes of a reused serialisation must be the payload's own (every debug test run checks).
        Q_ASSERT(result.compactPayload.isEmpty() ||
                 result.compactPayload == QJsonDocument(result.payload).toJson(QJsonDocument::Compact));
        Envelope envelope = Envelope::result(request.id, result.payload);
        envelope.compactPayload = result.compactPayload;
        send(envelope);
    } else
        send(Envelope::error(request.id, {errorCodeFor(result.error->kind), result.error->message, result.error->details}));
}

void Session::onBinary(const QByteArray &)
{
    replyError(QString(), ErrorCode::BadFrame, QStringLiteral("binary frames are not supported; send JSON text"));
}

void Session::onText(const QString &text)
{
    ProtocolError error;
    QString requestId;
    const auto envelope = Envelope::parse(text.toUtf8(), &error, &requestId);
    // Every frame counts against the rate, PING and malformed ones included.
    if (!m_limiter.allow()) {
        replyError(requestId, ErrorCode::RateLimited, QStringLiteral("too many requests; slow down"));
        return;
    }
    if (!envelope) {
        replyError(requestId, error.code, error.message);
        return;
    }
    if (auto invalid = m_catalog.validateRequest(*envelope, m_endpoint)) {
        replyError(envelope->id, invalid->code, invalid->message);
        return;
    }
    if (envelope->type == msg::Hello) {
        const int version = envelope->payload.value(QStringLiteral("protocol")).toInt();
        if (version != protocol::majorVersion) {
            replyError(envelope->id, ErrorCode::VersionMismatch,
                       QStringLiteral("this server speaks protocol %1, not %2").arg(protocol::majorVersion).arg(version));
            return;
        }
        m_helloDone = true;
        send(Envelope::result(envelope->id, {{QStringLiteral("protocol"), protocol::majorVersion},
                                             {QStringLiteral("server"), QStringLiteral("batond")},
                                             {QStringLiteral("features"), QJsonArray::fromStringList(protocol::serverFeatures())},
                                             {QStringLiteral("maxFrameBytes"), protocol::maxFrameBytes},
                                             {QStringLiteral("timeMs"), m_engine.nowMs()}}));
        return;
    }
    if (envelope->type == msg::Ping) {
        send(Envelope::result(envelope->id, {}));
        return;
    }
    if (!m_helloDone) {
        replyError(envelope->id, ErrorCode::HelloRequired, QStringLiteral("send HELLO first"));
        return;
    }
    const MessageSpec *spec = m_catalog.find(envelope->type, Direction::Request);
    if (spec->needsLogin && !isAuthenticated()) {
        replyError(envelope->id, ErrorCode::NotAuthenticated,
                   m_endpoint == Endpoint::Agent ? QStringLiteral("LOGIN first") : QStringLiteral("CUSTOMER_START first"));
        return;
    }
    handle(*envelope);
}

} // namespace baton
