#pragma once

#include "server/session.h"

#include <QHash>
#include <functional>

namespace baton {

// One agent's connection: LOGIN, then requests on the agent's behalf. The engine decides what the
// agent may do; this class only translates validated frames into engine commands.
class AgentSession : public Session {
    Q_OBJECT
public:
    AgentSession(QWebSocket *socket, Engine &engine, const MessageCatalog &catalog, const RequestRate &rate,
                     QObject *parent = nullptr);
    ~AgentSession() override;

    QString agentId() const { return m_agentId; }

signals:
    void authenticated(const QString &agentId);

protected:
    void handle(const Envelope &request) override;
    bool isAuthenticated() const override { return !m_agentId.isEmpty(); }

private:
    using Handler = std::function<EngineResult(const QJsonObject &payload)>;
    void registerHandlers();
    void login(const Envelope &request);
    void resume(const Envelope &request);

    QHash<QString, Handler> m_handlers;
    QString m_agentId;
    QString m_token;
    int m_failedLogins = 0;
    int m_teamWatches = 0; // TEAM_WATCH minus TEAM_UNWATCH on this session
};

} // namespace baton
