#include "client/engineconnection.h"

#include "protocol/envelope.h"
#include "protocol/messagetypes.h"
#include "protocol/protocolversion.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSslError>

Q_LOGGING_CATEGORY(lcConnection, "baton.client.connection")

namespace baton {

EngineConnection::EngineConnection(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_helloId = request(msg::Hello, {{QStringLiteral("protocol"), protocol::majorVersion},
                                         {QStringLiteral("client"), QStringLiteral("baton-client")}});
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_ready = false;
        failAll(RequestError::Kind::ConnectionLost);
        emit disconnected();
    });
    m_monotonic.start();
    m_expiry.setInterval(1000);
    connect(&m_expiry, &QTimer::timeout, this, [this] { expireRequests(monotonicNowMs()); });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &EngineConnection::onText);
    // Issue 13.8: say why a wss:// server was not trusted, not just that the handshake failed.
    connect(&m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList reasons;
        for (const QSslError &e : errors)
            reasons.append(e.errorString());
        m_tlsProblem = QStringLiteral("the server's certificate is not trusted (%1)").arg(reasons.join(QStringLiteral("; ")));
    });
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this] {
        const QString tls = std::exchange(m_tlsProblem, QString());
        emit connectionError(tls.isEmpty() ? m_socket.errorString() : tls);
    });
}

EngineConnection::~EngineConnection()
{
    // QWebSocket reports its disconnect from its own destructor, after our other members are gone.
    m_socket.disconnect(this);
}

qint64 EngineConnection::engineNowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_engineClockOffsetMs;
}

void EngineConnection::open(const QUrl &url)
{
    m_ready = false;
    m_socket.open(url);
}

void EngineConnection::close()
{
    m_socket.close();
}

QString EngineConnection::request(const QString &type, const QJsonObject &payload, const QString &idempotencyKey)
{
    Envelope e = Envelope::request(type, QString::number(m_nextId++), payload);
    e.idempotencyKey = idempotencyKey;
    m_socket.sendTextMessage(QString::fromUtf8(e.toJson()));
    return e.id;
}

void EngineConnection::call(const QString &type, const QJsonObject &payload, ReplyHandler onReply,
                            ErrorHandler onError, const QString &idempotencyKey)
{
    submit(
        type, payload,
        [onReply = std::move(onReply), onError = std::move(onError)](const Result<QJsonObject> &result) {
            if (result.ok()) {
                if (onReply)
                    onReply(result.value());
            } else if (onError) {
                onError(result.error().name(), result.error().detail);
            }
        },
        idempotencyKey);
}

void EngineConnection::submit(const QString &type, const QJsonObject &payload, ResultHandler onResult,
                              const QString &idempotencyKey)
{
    if (m_socket.state() != QAbstractSocket::ConnectedState) {
        if (onResult)
            onResult(RequestError::local(RequestError::Kind::NotConnected));
        return;
    }
    m_pending.insert(request(type, payload, idempotencyKey), {std::move(onResult), monotonicNowMs()});
    if (!m_expiry.isActive())
        m_expiry.start();
}

void EngineConnection::expireRequests(qint64 nowMs)
{
    QList<ResultHandler> expired;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (nowMs - it->sentMs >= m_requestTimeoutMs) {
            qCWarning(lcConnection) << "request" << it.key() << "got no reply in" << m_requestTimeoutMs << "ms";
            expired.append(std::move(it->onResult));
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    if (m_pending.isEmpty())
        m_expiry.stop();
    for (const ResultHandler &handler : expired) {
        if (handler)
            handler(RequestError::local(RequestError::Kind::TimedOut));
    }
}

// Handlers may send new requests or close the connection: take them all out first.
void EngineConnection::failAll(RequestError::Kind kind)
{
    const auto pending = std::exchange(m_pending, {});
    m_expiry.stop();
    for (const Pending &p : pending) {
        if (p.onResult)
            p.onResult(RequestError::local(kind));
    }
}

void EngineConnection::onText(const QString &text)
{
    ProtocolError error;
    const auto e = Envelope::parse(text.toUtf8(), &error);
    if (!e) {
        qCWarning(lcConnection) << "unreadable frame from the engine:" << error.message;
        return;
    }
    if (e->type == msg::Result) {
        if (e->id == m_helloId) {
            if (const qint64 engineTime = qint64(e->payload.value(QStringLiteral("timeMs")).toDouble()); engineTime > 0)
                m_engineClockOffsetMs = engineTime - QDateTime::currentMSecsSinceEpoch();
            m_ready = true;
            emit ready(e->payload);
            return;
        }
        if (const Pending pending = m_pending.take(e->id); pending.onResult)
            pending.onResult(e->payload);
        emit replied(e->id, e->payload);
    } else if (e->type == msg::Error) {
        const QString code = e->payload.value(QStringLiteral("code")).toString();
        const QString message = e->payload.value(QStringLiteral("message")).toString();
        const RequestError refusal = RequestError::engine(errorCodeFromName(code), message,
                                                          e->payload.value(QStringLiteral("details")).toObject());
        if (!e->id.isEmpty() && e->id == m_helloId) {
            qCWarning(lcConnection) << "the engine refused HELLO:" << code << message;
            emit helloRefused(refusal);
            return;
        }
        if (const Pending pending = m_pending.take(e->id); pending.onResult)
            pending.onResult(refusal);
        emit failed(e->id, code, message);
    } else {
        if (e->seq > 0) {
            if (e->seq <= m_lastSeq)
                return;
            m_lastSeq = e->seq;
        }
        emit event(e->type, e->seq, e->payload);
    }
}

} // namespace baton
