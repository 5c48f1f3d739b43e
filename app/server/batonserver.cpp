#include "server/batonserver.h"

#include "engine/engine.h"
#include "protocol/messagetypes.h"
#include "protocol/protocolversion.h"
#include "server/agentsession.h"
#include "server/lingeringclose.h"
#include "server/visitorsession.h"
#include "server/webpageresponder.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcServer, "baton.server")

namespace {
constexpr qint64 maxRequestHead = 16 * 1024;
constexpr int handshakeTimeoutMs = 5000;
// How long a closed connection may still take the rest of what its peer was sending.
constexpr int lingerMs = 2000;
} // namespace

namespace baton {

BatonServer::BatonServer(Engine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_reports(engine.database())
    , m_server(QStringLiteral("batond"), QWebSocketServer::NonSecureMode)
    , m_rate{engine.config().limits.requestsPerSecond, engine.config().limits.burst}
    , m_addressLimits(engine.config().limits)
    , m_origins(engine.config().web)
{
    m_server.setHandshakeTimeout(std::chrono::milliseconds(5000));
    m_server.setMaxPendingConnections(256);
    m_tcp.setOutputFlusher(&m_flusher);
    connect(&m_server, &QWebSocketServer::newConnection, this, &BatonServer::onNewConnection);
    connect(&m_tcp, &QTcpServer::newConnection, this, &BatonServer::onTcpConnection);
    connect(&m_engine, &Engine::agentEvent, this, &BatonServer::onAgentEvent);
    connect(&m_engine, &Engine::visitorEvent, this, &BatonServer::onVisitorEvent);
    connect(&m_engine, &Engine::teamStats, this,
            [this](const QString &agentId, const QJsonObject &payload) { onAgentEvent(agentId, -1, msg::TeamStats, payload); });
}

BatonServer::~BatonServer()
{
    m_stopping = true;
    // Sessions tell the engine about disconnects in their destructors; do it while the engine lives,
    // and without this server reacting to signals of half-destroyed sessions.
    for (AgentSession *s : std::as_const(m_agents))
        s->disconnect(this);
    for (VisitorSession *s : std::as_const(m_visitors))
        s->disconnect(this);
    for (Session *s : std::as_const(m_closing))
        s->disconnect(this);
    qDeleteAll(std::exchange(m_agents, {}));
    qDeleteAll(std::exchange(m_visitors, {}));
    // Closed sessions whose deferred deletion has not run yet: their destructors must meet the engine
    // too (the embedded engine's thread keeps running its event loop after the engine is gone).
    qDeleteAll(std::exchange(m_closing, {}));
    m_server.close();
    m_tcp.close();
}

void BatonServer::retire(Session *session)
{
    m_closing.append(session);
    connect(session, &QObject::destroyed, this, [this, session] { m_closing.removeOne(session); });
    session->deleteLater();
}

bool BatonServer::enableTls(const QString &certificatePath, const QString &keyPath, QString *error)
{
    return m_tcp.setCertificate(certificatePath, keyPath, error);
}

bool BatonServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    m_tcp.setMaxPendingConnections(256);
    if (!m_tcp.listen(address, port)) {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(m_tcp.errorString());
        return false;
    }
    qCInfo(lcServer) << "listening on" << m_tcp.serverAddress().toString() << m_tcp.serverPort()
                     << (m_tcp.isSecure() ? "with TLS" : "without TLS");
    return true;
}

void BatonServer::onTcpConnection()
{
    while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
        // A reply and the events after it are separate small writes; with Nagle's algorithm the
        // second waits for the client's delayed ACK (40 ms on Linux). Issue 12 measured it.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { sortConnection(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // Whoever sends no complete request head in time is dropped.
        QTimer::singleShot(handshakeTimeoutMs, socket, [socket] {
            if (socket->property("baton.sorted").toBool())
                return;
            socket->abort();
            socket->deleteLater();
        });
    }
}

void BatonServer::sortConnection(QTcpSocket *socket)
{
    const QByteArray head = socket->peek(maxRequestHead + 1);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > maxRequestHead) {
            socket->write(WebPageResponder::status(431, "Request Header Fields Too Large", "request head too large"));
            socket->disconnectFromHost();
            socket->setProperty("baton.sorted", true);
        }
        return; // wait for the rest of the head
    }
    socket->setProperty("baton.sorted", true);
    QObject::disconnect(socket, nullptr, nullptr, nullptr);
    const QByteArray lower = head.left(end).toLower();
    if (lower.contains("\r\nupgrade: websocket")) {
        if (!m_origins.allowsUpgrade(head.left(end), m_tcp.isSecure())) {
            qCWarning(lcServer) << "refused a WebSocket upgrade from origin"
                                << OriginPolicy::header(head.left(end), "origin").value_or(QByteArray()).left(200)
                                << "to" << OriginPolicy::path(head.left(end)).left(200);
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->read(end + 4);
            socket->write(WebPageResponder::status(403, "Forbidden", "this origin may not connect here"));
            socket->disconnectFromHost();
            return;
        }
        connect(socket, &QIODevice::aboutToClose, this, [this, socket] {
            if (!m_stopping)
                LingeringClose::start(*socket, lingerMs, this);
        });
        m_server.handleConnection(socket); // the WebSocket server reads the handshake and owns the socket
        return;
    }
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->read(end + 4);
    socket->write(WebPageResponder::respond(head.left(end), m_engine.config().web.frameAncestors));
    socket->disconnectFromHost();
}

QUrl BatonServer::pageUrl() const
{
    QUrl url = agentUrl();
    url.setScheme(m_tcp.isSecure() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setPath(QStringLiteral("/"));
    return url;
}

QUrl BatonServer::agentUrl() const
{
    QUrl url;
    url.setScheme(m_tcp.isSecure() ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setHost(m_tcp.serverAddress().toString());
    url.setPort(port());
    url.setPath(QStringLiteral("/agent"));
    return url;
}

QUrl BatonServer::visitorUrl() const
{
    QUrl url = agentUrl();
    url.setPath(QStringLiteral("/visitor"));
    return url;
}

void BatonServer::onNewConnection()
{
    while (QWebSocket *socket = m_server.nextPendingConnection()) {
        socket->setMaxAllowedIncomingFrameSize(quint64(protocol::maxFrameBytes));
        socket->setMaxAllowedIncomingMessageSize(quint64(protocol::maxFrameBytes));
        const QString path = socket->requestUrl().path();
        if (path == QLatin1String("/agent")) {
            auto *session = new AgentSession(socket, m_engine, m_reports, m_catalog, m_rate,
                                             {m_loginThrottle, m_passwordVerifier});
            session->setOutputFlusher(&m_flusher);
            m_agents.append(session);
            connect(session, &AgentSession::authenticated, this,
                    [this, session](const QString &id) { m_agentsById.insert(id, session); });
            connect(session, &Session::closed, this, [this, session] {
                m_agents.removeOne(session);
                m_agentsById.remove(session->agentId(), session);
                retire(session);
            });
        } else if (path == QLatin1String("/visitor")) {
            auto *session = new VisitorSession(socket, m_engine, m_catalog, m_rate, m_addressLimits);
            session->setOutputFlusher(&m_flusher);
            m_visitors.append(session);
            connect(session, &VisitorSession::bound, this,
                    [this, session](qint64 id) { m_visitorsByConversation.insert(id, session); });
            connect(session, &Session::closed, this, [this, session] {
                m_visitors.removeOne(session);
                m_visitorsByConversation.remove(session->conversationId(), session);
                retire(session);
            });
        } else {
            qCInfo(lcServer) << "rejecting connection to unknown path" << path;
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("use /agent or /visitor"));
            socket->deleteLater();
        }
    }
}

namespace {
// An event's payload is serialised once for the store and all its recipients (issue 12).
QByteArray eventFrame(const QString &type, qint64 seq, const QJsonObject &payload, const QByteArray &compactPayload)
{
    Envelope event = Envelope::event(type, seq, payload);
    event.compactPayload = compactPayload;
    return event.toJson();
}
} // namespace

void BatonServer::onAgentEvent(const QString &agentId, qint64 seq, const QString &type, const QJsonObject &payload,
                               const QByteArray &compactPayload)
{
    const auto sessions = m_agentsById.values(agentId);
    if (sessions.isEmpty())
        return;
    const QByteArray frame = eventFrame(type, seq, payload, compactPayload);
    for (AgentSession *s : sessions)
        s->sendEventFrame(frame);
}

void BatonServer::onVisitorEvent(qint64 conversationId, const QString &type, const QJsonObject &payload,
                                 const QByteArray &compactPayload)
{
    const auto sessions = m_visitorsByConversation.values(conversationId);
    if (sessions.isEmpty())
        return;
    const QByteArray frame = eventFrame(type, -1, payload, compactPayload);
    for (VisitorSession *s : sessions)
        s->sendEventFrame(frame);
}

} // namespace baton
