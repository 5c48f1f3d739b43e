#include "support/testclient.h"

#include "protocol/envelope.h"
#include "protocol/messagetypes.h"

#include <QTest>

namespace baton::test {

namespace {
}

TestClient::TestClient(const QUrl &url, QObject *parent)
    : QObject(parent)
{
    connect(&m_connection, &EngineConnection::replied, this,
            [this](const QString &id, const QJsonObject &payload) { m_replies.insert(id, {true, true, payload, {}, {}}); });
    connect(&m_connection, &EngineConnection::failed, this,
            [this](const QString &id, const QString &code, const QString &message) {
                const Reply r{false, true, {}, code, message};
                if (id.isEmpty())
                    m_unsolicited.append(r);
                else
                    m_replies.insert(id, r);
            });
    connect(&m_connection, &EngineConnection::event, this,
            [this](const QString &type, qint64 seq, const QJsonObject &payload) { m_events.append({type, seq, payload}); });
    connect(&m_connection, &EngineConnection::disconnected, this, [this] { m_disconnected = true; });
    m_connection.open(url);
    (void)QTest::qWaitFor([this] { return m_connection.isReady() || m_disconnected; }, replyTimeoutMs);
}

TestClient::Reply TestClient::call(const QString &type, const QJsonObject &payload, const QString &idempotencyKey,
                                   int timeoutMs)
{
    const QString id = m_connection.request(type, payload, idempotencyKey);
    (void)QTest::qWaitFor([&] { return m_replies.contains(id) || m_disconnected; }, timeoutMs);
    return m_replies.take(id);
}

TestClient::Reply TestClient::login(const QString &user, const QString &password, int timeoutMs)
{
    return call(msg::Login, {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}}, {}, timeoutMs);
}

TestClient::Reply TestClient::sendRaw(const QByteArray &frame)
{
    // Reach the socket through a request of our own: send the raw frame, then a PING as a fence.
    const qsizetype before = m_unsolicited.size();
    m_connection.sendRaw(QString::fromUtf8(frame));
    const QString fence = m_connection.request(msg::Ping);
    (void)QTest::qWaitFor([&] { return m_replies.contains(fence) || m_disconnected; }, replyTimeoutMs);
    m_replies.remove(fence);
    if (m_unsolicited.size() > before)
        return m_unsolicited.takeLast();
    // An error that names a request id (the raw frame had one) sits among the replies.
    for (auto it = m_replies.begin(); it != m_replies.end(); ++it) {
        if (!it->ok) {
            Reply r = *it;
            m_replies.erase(it);
            return r;
        }
    }
    return {};
}

std::optional<TestClient::Event> TestClient::waitEvent(const QString &type, int timeoutMs)
{
    auto find = [&]() -> qsizetype {
        for (qsizetype i = 0; i < m_events.size(); ++i) {
            if (m_events[i].type == type)
                return i;
        }
        return -1;
    };
    (void)QTest::qWaitFor([&] { return find() >= 0 || m_disconnected; }, timeoutMs);
    const qsizetype i = find();
    if (i < 0)
        return std::nullopt;
    return m_events.takeAt(i);
}

bool TestClient::hasEvent(const QString &type) const
{
    for (const Event &e : m_events) {
        if (e.type == type)
            return true;
    }
    return false;
}

bool TestClient::waitDisconnected(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_disconnected; }, timeoutMs);
}

} // namespace baton::test
