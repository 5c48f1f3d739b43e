#pragma once

#include "protocol/messagecatalog.h"
#include "server/addresslimits.h"
#include "server/loginthrottle.h"
#include "server/originpolicy.h"
#include "server/outputflusher.h"
#include "server/passwordverifier.h"
#include "server/reportservice.h"
#include "server/session.h"
#include "server/tlstcpserver.h"

#include <QHostAddress>
#include <QMultiHash>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QWebSocketServer>

class QTcpSocket;

namespace baton {

class AgentSession;
class Engine;
class VisitorSession;

// The network front of the engine: one port. WebSocket upgrades go to /agent (agents) and /visitor
// (customers); plain HTTP GETs get the customer web page (F5.1). Lives on the engine's thread and
// forwards the engine's events to the right sessions.
class BatonServer : public QObject {
    Q_OBJECT
public:
    explicit BatonServer(Engine &engine, QObject *parent = nullptr);
    ~BatonServer() override;

    // Serves wss:// and https:// from now on (before listen()); false with a message naming the file.
    bool enableTls(const QString &certificatePath, const QString &keyPath, QString *error);
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_tcp.serverPort(); }
    QUrl pageUrl() const;
    QUrl agentUrl() const;
    QUrl visitorUrl() const;
    // Applies to sessions accepted from now on. Load tools raise it; the default suits people.
    void setRequestRate(const RequestRate &rate) { m_rate = rate; }

private:
    void onTcpConnection();
    // Reads (without consuming) the request head, then hands the socket to the WebSocket server or
    // answers it as HTTP.
    void sortConnection(QTcpSocket *socket);
    void onNewConnection();
    // Deleted later, or by the destructor if that comes first.
    void retire(Session *session);
    void onAgentEvent(const QString &agentId, qint64 seq, const QString &type, const QJsonObject &payload,
                      const QByteArray &compactPayload = {});
    void onVisitorEvent(qint64 conversationId, const QString &type, const QJsonObject &payload,
                        const QByteArray &compactPayload);

    Engine &m_engine;
    MessageCatalog m_catalog;
    ReportService m_reports;
    TlsTcpServer m_tcp;
    QWebSocketServer m_server;
    RequestRate m_rate;
    LoginThrottle m_loginThrottle;
    AddressLimits m_addressLimits;
    OriginPolicy m_origins;
    PasswordVerifier m_passwordVerifier;
    OutputFlusher m_flusher;
    QList<AgentSession *> m_agents;
    QList<VisitorSession *> m_visitors;
    QList<Session *> m_closing;
    QMultiHash<QString, AgentSession *> m_agentsById;
    QMultiHash<qint64, VisitorSession *> m_visitorsByConversation;
    bool m_stopping = false; // sockets closed by the destructor do not linger
};

} // namespace baton
