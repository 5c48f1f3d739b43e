#pragma once

#include "server/session.h"

#include <QHash>
#include <functional>

namespace baton {

class LoginThrottle;
class PasswordVerifier;
class ReportService;

// What every agent session shares for LOGIN: the throttle across connections and the hashing pool.
struct LoginGate {
    LoginThrottle &throttle;
    PasswordVerifier &verifier;
};

// One agent's connection: LOGIN, then requests on the agent's behalf. The engine decides what the
// agent may do; this class only translates validated frames into engine commands.
class AgentSession : public Session {
    Q_OBJECT
public:
    AgentSession(QWebSocket *socket, Engine &engine, ReportService &reports, const MessageCatalog &catalog,
                 const RequestRate &rate, const LoginGate &gate, QObject *parent = nullptr);
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
    void finishLogin(const Envelope &request, const QString &user, const EngineResult &result);
    void resume(const Envelope &request);
    // F4: answered when the report thread is done; other requests are served meanwhile.
    void report(const Envelope &request);

    ReportService &m_reports;
    QHash<QString, Handler> m_handlers;
    QString m_agentId;
    QString m_token;
    LoginGate m_gate;
    QString m_address;
    int m_failedLogins = 0;
    bool m_loginPending = false;
    int m_teamWatches = 0; // TEAM_WATCH minus TEAM_UNWATCH on this session
};

} // namespace baton
