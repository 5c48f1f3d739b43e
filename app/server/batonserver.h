#pragma once

#include "protocol/messagecatalog.h"
#include "server/session.h"

#include <QHostAddress>
#include <QMultiHash>
#include <QObject>
#include <QUrl>
#include <QWebSocketServer>

namespace baton {

class AgentSession;
class Engine;
class VisitorSession;

// The network front of the engine: one WebSocket port, agents on /agent, customers on /visitor.
// Lives on the engine's thread and forwards the engine's events to the right sessions.
class BatonServer : public QObject {
    Q_OBJECT
public:
    explicit BatonServer(Engine &engine, QObject *parent = nullptr);
    ~BatonServer() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_server.serverPort(); }
    QUrl agentUrl() const;
    QUrl visitorUrl() const;
    // Applies to sessions accepted from now on. Load tools raise it; the default suits people.
    void setRequestRate(const RequestRate &rate) { m_rate = rate; }

private:
    void onNewConnection();
    void onAgentEvent(const QString &agentId, qint64 seq, const QString &type, const QJsonObject &payload);
    void onVisitorEvent(qint64 conversationId, const QString &type, const QJsonObject &payload);

    Engine &m_engine;
    MessageCatalog m_catalog;
    QWebSocketServer m_server;
    RequestRate m_rate;
    QList<AgentSession *> m_agents;
    QList<VisitorSession *> m_visitors;
    QMultiHash<QString, AgentSession *> m_agentsById;
    QMultiHash<qint64, VisitorSession *> m_visitorsByConversation;
};

} // namespace baton
