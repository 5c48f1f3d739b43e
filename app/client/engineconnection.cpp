#include "client/engineconnection.h"

#include "protocol/envelope.h"
#include "protocol/messagetypes.h"
#include "protocol/protocolversion.h"

#include <QLoggingCategory>

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
        m_pending.clear();
        emit disconnected();
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &EngineConnection::onText);
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this] { emit connectionError(m_socket.errorString()); });
}

EngineConnection::~EngineConnection()
{
    // QWebSocket reports its disconnect from its own destructor, after our other members are gone.
    m_socket.disconnect(this);
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
    m_pending.insert(request(type, payload, idempotencyKey), {std::move(onReply), std::move(onError)});
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
            m_ready = true;
            emit ready(e->payload);
            return;
        }
        if (const Pending pending = m_pending.take(e->id); pending.onReply)
            pending.onReply(e->payload);
        emit replied(e->id, e->payload);
    } else if (e->type == msg::Error) {
        if (const Pending pending = m_pending.take(e->id); pending.onError)
            pending.onError(e->payload.value(QStringLiteral("code")).toString(),
                            e->payload.value(QStringLiteral("message")).toString());
        emit failed(e->id, e->payload.value(QStringLiteral("code")).toString(),
                    e->payload.value(QStringLiteral("message")).toString());
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
