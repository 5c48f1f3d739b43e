#pragma once

#include "server/batonserver.h"
#include "support/enginefixture.h"
#include "support/testclient.h"

namespace baton::test {

// The real engine behind the real WebSocket server on 127.0.0.1, port 0.
class ServerFixture : public EngineFixture {
public:
    explicit ServerFixture(int transferTimeoutMs = 30000);
    // Another team than the shared test team (e.g. with the response-time rule on).
    explicit ServerFixture(const QByteArray &teamJson);
    ~ServerFixture();

    QUrl agentUrl() const { return m_server->agentUrl(); }
    QUrl visitorUrl() const { return m_server->visitorUrl(); }
    QUrl pageUrl() const { return m_server->pageUrl(); }
    std::unique_ptr<TestClient> agent(const QString &user); // connected, HELLO done, logged in
    std::unique_ptr<TestClient> visitor(const QString &skill, const QString &text, qint64 *conversationId = nullptr);

private:
    void listen();

    std::unique_ptr<BatonServer> m_server;
};

} // namespace baton::test
