#include "echoserver.h"

#include <QWebSocket>

namespace baton::load {

EchoServer::EchoServer(QObject *parent)
    : QObject(parent), m_server(QStringLiteral("echo"), QWebSocketServer::NonSecureMode)
{
    connect(&m_server, &QWebSocketServer::newConnection, this, &EchoServer::onNewConnection);
}

bool EchoServer::listen(QString *error)
{
    // As batond's server (BatonServer::listen).
    m_server.setMaxPendingConnections(256);
    if (m_server.listen(QHostAddress::LocalHost, 0))
        return true;
    *error = m_server.errorString();
    return false;
}

void EchoServer::onNewConnection()
{
    while (QWebSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QWebSocket::textMessageReceived, socket,
                [socket](const QString &text) { socket->sendTextMessage(text); });
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    }
}

} // namespace baton::load
