#pragma once

#include <QObject>
#include <QWebSocketServer>

namespace baton::load {

// The floor: a raw QWebSocket server that sends every text frame straight back. Same Qt, same
// loopback, same socket counts as batond, none of its work.
class EchoServer : public QObject {
    Q_OBJECT
public:
    explicit EchoServer(QObject *parent = nullptr);
    bool listen(QString *error);
    quint16 port() const { return m_server.serverPort(); }

private:
    void onNewConnection();

    QWebSocketServer m_server;
};

} // namespace baton::load
