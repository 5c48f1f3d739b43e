#include "support/serverfixture.h"

#include "protocol/messagetypes.h"

#include <QTest>

namespace baton::test {

ServerFixture::ServerFixture(int transferTimeoutMs)
    : EngineFixture(transferTimeoutMs)
    , m_server(std::make_unique<BatonServer>(engine()))
{
    listen();
}

ServerFixture::ServerFixture(const QByteArray &teamJson)
    : EngineFixture(teamJson)
    , m_server(std::make_unique<BatonServer>(engine()))
{
    listen();
}

void ServerFixture::listen()
{
    QString error;
    if (!m_server->listen(QHostAddress::LocalHost, 0, &error))
        qFatal("%s", qPrintable(error));
}

ServerFixture::~ServerFixture()
{
    m_server.reset();
}

std::unique_ptr<TestClient> ServerFixture::agent(const QString &user)
{
    auto client = std::make_unique<TestClient>(agentUrl());
    const TestClient::Reply r = client->login(user, user + QStringLiteral("-pw"));
    if (!r.ok)
        qWarning() << "login failed for" << user << r.code << r.message;
    return client;
}

std::unique_ptr<TestClient> ServerFixture::visitor(const QString &skill, const QString &text, qint64 *conversationId)
{
    auto client = std::make_unique<TestClient>(visitorUrl());
    const TestClient::Reply r = client->call(msg::CustomerStart, {{QStringLiteral("skill"), skill}, {QStringLiteral("text"), text}, {QStringLiteral("human"), true}});
    if (conversationId)
        *conversationId = qint64(r.payload.value(QStringLiteral("conversationId")).toDouble());
    return client;
}

} // namespace baton::test
