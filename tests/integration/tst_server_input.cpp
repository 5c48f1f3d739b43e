#include "protocol/messagetypes.h"
#include "support/serverfixture.h"
#include "support/testmain.h"

#include <QTest>
#include <QWebSocket>

#include <future>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace baton;
using namespace baton::test;

namespace {

struct RawOutcome {
    bool upgraded = false;
    int closeCode = 1006; // what a client reports when no close frame arrives
    bool reset = false;
};

// Upgrades a blocking socket, sends one masked text frame of `bytes`, reads until the server closes.
RawOutcome sendOneFrame(const QUrl &url, int bytes)
{
    RawOutcome outcome;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(url.port()));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return outcome;
    }
    const QByteArray request = "GET " + url.path().toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                               "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
    ::send(fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL);
    QByteArray received;
    char buffer[64 * 1024];
    while (!received.contains("\r\n\r\n")) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            break;
        received.append(buffer, n);
    }
    outcome.upgraded = received.startsWith("HTTP/1.1 101");
    received = received.mid(received.indexOf("\r\n\r\n") + 4);
    // FIN + text, masked, 64-bit length; the all-zero mask leaves the payload as it is.
    QByteArray frame("\x81\xff", 2);
    for (int shift = 56; shift >= 0; shift -= 8)
        frame.append(char((quint64(bytes) >> shift) & 0xff));
    frame.append(4, '\0');
    frame.append(bytes, 'x');
    for (qsizetype sent = 0; sent < frame.size();) {
        const ssize_t n = ::send(fd, frame.constData() + sent, size_t(frame.size() - sent), MSG_NOSIGNAL);
        if (n < 0) {
            outcome.reset = true;
            break;
        }
        sent += n;
    }
    for (;;) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n < 0)
            outcome.reset = true;
        if (n <= 0)
            break;
        received.append(buffer, n);
    }
    ::close(fd);
    if (received.size() >= 4 && (received[0] & 0x0f) == 0x8)
        outcome.closeCode = (quint8(received[2]) << 8) | quint8(received[3]);
    return outcome;
}

} // namespace

class TestServerInput : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void malformedFramesKeepTheConnection_data();
    void malformedFramesKeepTheConnection();
    void helloIsRequiredAndVersioned();
    void loginIsRequired();
    void wrongPasswordsCloseAfterFive();
    void forgedTransferActions();
    void oversizedFrameClosesTheSocket();
    void oversizedFrameClosesWithTooBig_data();
    void oversizedFrameClosesWithTooBig();
    void unknownPathIsRefused();

private:
    std::unique_ptr<ServerFixture> m_fx;
};

void TestServerInput::init()
{
    m_fx = std::make_unique<ServerFixture>();
}

void TestServerInput::cleanup()
{
    m_fx.reset();
}

void TestServerInput::malformedFramesKeepTheConnection_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("code");
    QTest::newRow("not json") << QByteArray("{oops") << "BAD_FRAME";
    QTest::newRow("array") << QByteArray("[]") << "BAD_FRAME";
    QTest::newRow("unknown type") << QByteArray(R"({"type":"SELF_DESTRUCT","id":"x1"})") << "UNKNOWN_TYPE";
    QTest::newRow("missing field") << QByteArray(R"({"type":"TRANSFER","id":"x2","payload":{"to":"bob"}})") << "MISSING_FIELD";
    QTest::newRow("wrong kind") << QByteArray(R"({"type":"TRANSFER","id":"x3","payload":{"conversationId":"1","to":"bob"}})") << "INVALID_FIELD";
    QTest::newRow("note with unknown field") << QByteArray(R"({"type":"TRANSFER","id":"x4","payload":{"conversationId":1,"to":"bob","note":{"x":1}}})") << "INVALID_FIELD";
    QTest::newRow("no such conversation") << QByteArray(R"({"type":"TRANSFER","id":"x5","payload":{"conversationId":999,"to":"bob"}})") << "NOT_FOUND";
}

void TestServerInput::malformedFramesKeepTheConnection()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, code);
    m_fx->connect({"alice"});
    m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("hi"));
    auto alice = m_fx->agent(QStringLiteral("alice"));
    const auto error = alice->sendRaw(frame);
    QVERIFY(error.arrived);
    QCOMPARE(error.code, code);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(alice->call(msg::Ping).ok); // still connected and served
    QVERIFY(alice->call(msg::ListConversations).ok);
}

void TestServerInput::helloIsRequiredAndVersioned()
{
    QWebSocket socket;
    QString last;
    connect(&socket, &QWebSocket::textMessageReceived, this, [&](const QString &t) { last = t; });
    socket.open(m_fx->agentUrl());
    QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000));
    socket.sendTextMessage(QStringLiteral(R"({"type":"LOGIN","id":"1","payload":{"user":"alice","password":"alice-pw"}})"));
    QVERIFY(QTest::qWaitFor([&] { return !last.isEmpty(); }, 5000));
    QVERIFY(last.contains(QStringLiteral("HELLO_REQUIRED")));
    last.clear();
    socket.sendTextMessage(QStringLiteral(R"({"type":"HELLO","id":"2","payload":{"protocol":2}})"));
    QVERIFY(QTest::qWaitFor([&] { return !last.isEmpty(); }, 5000));
    QVERIFY(last.contains(QStringLiteral("VERSION_MISMATCH")));
}

void TestServerInput::loginIsRequired()
{
    TestClient client(m_fx->agentUrl());
    QVERIFY(client.isReady());
    QCOMPARE(client.call(msg::ListConversations).code, QStringLiteral("NOT_AUTHENTICATED"));
    TestClient visitor(m_fx->visitorUrl());
    QCOMPARE(visitor.call(msg::CustomerMessage, {{QStringLiteral("text"), QStringLiteral("x")}}).code,
             QStringLiteral("NOT_AUTHENTICATED"));
}

void TestServerInput::wrongPasswordsCloseAfterFive()
{
    TestClient client(m_fx->agentUrl());
    for (int i = 0; i < 4; ++i)
        QCOMPARE(client.login(QStringLiteral("alice"), QStringLiteral("guess")).code, QStringLiteral("AUTH_FAILED"));
    QCOMPARE(client.login(QStringLiteral("nobody"), QStringLiteral("guess")).code, QStringLiteral("AUTH_FAILED"));
    QVERIFY(client.waitDisconnected());
}

void TestServerInput::forgedTransferActions()
{
    m_fx->connect({"alice"});
    const qint64 id = m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("hi"));
    auto alice = m_fx->agent(QStringLiteral("alice"));
    auto bob = m_fx->agent(QStringLiteral("bob"));
    auto carol = m_fx->agent(QStringLiteral("carol"));
    QCOMPARE(bob->call(msg::Transfer, {{QStringLiteral("conversationId"), id}, {QStringLiteral("to"), QStringLiteral("carol")}}).code,
             QStringLiteral("PERMISSION_DENIED"));
    const auto t = alice->call(msg::Transfer, {{QStringLiteral("conversationId"), id}, {QStringLiteral("to"), QStringLiteral("carol")}});
    QVERIFY(t.ok);
    const qint64 transferId = qint64(t.payload[QStringLiteral("transfer")][QStringLiteral("id")].toDouble());
    QCOMPARE(bob->call(msg::TransferAccept, {{QStringLiteral("transferId"), transferId}}).code, QStringLiteral("PERMISSION_DENIED"));
    QCOMPARE(bob->call(msg::TransferCancel, {{QStringLiteral("transferId"), transferId}}).code, QStringLiteral("PERMISSION_DENIED"));
    QCOMPARE(carol->call(msg::TransferCancel, {{QStringLiteral("transferId"), transferId}}).code, QStringLiteral("PERMISSION_DENIED"));
    QCOMPARE(m_fx->pendingTransferId(id), transferId); // still pending, untouched
}

void TestServerInput::oversizedFrameClosesTheSocket()
{
    auto alice = m_fx->agent(QStringLiteral("alice"));
    alice->connection().sendRaw(QString(80 * 1024, QLatin1Char('x')));
    QVERIFY(alice->waitDisconnected());
    auto again = m_fx->agent(QStringLiteral("alice")); // the server itself is fine
    QVERIFY(again->call(msg::Ping).ok);
}

void TestServerInput::oversizedFrameClosesWithTooBig_data()
{
    QTest::addColumn<bool>("visitorEndpoint");
    QTest::addColumn<int>("bytes");
    QTest::newRow("agent 80 KB") << false << 80 * 1024;
    QTest::newRow("agent 2 MB") << false << 2 * 1024 * 1024;
    QTest::newRow("visitor 80 KB") << true << 80 * 1024;
    QTest::newRow("visitor 2 MB") << true << 2 * 1024 * 1024;
}

// The peer is still sending the rest of a too-large frame when the server closes. Closing a socket
// with unread input makes the kernel reset the connection, and clients that see the reset (a send
// that fails, a read that ends in ECONNRESET) report 1006, not the close frame's 1009. The client is
// a plain blocking socket on its own thread, as an independent client would be; repeated because
// the reset does not win every time.
void TestServerInput::oversizedFrameClosesWithTooBig()
{
    QFETCH(bool, visitorEndpoint);
    QFETCH(int, bytes);
    const QUrl url = visitorEndpoint ? m_fx->visitorUrl() : m_fx->agentUrl();
    for (int round = 0; round < 10; ++round) {
        auto outcome = std::async(std::launch::async, [&] { return sendOneFrame(url, bytes); });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.wait_for(std::chrono::seconds(0)) == std::future_status::ready, 10000);
        const RawOutcome o = outcome.get();
        QVERIFY2(o.upgraded, "the WebSocket upgrade failed");
        QCOMPARE(o.closeCode, 1009);
        QVERIFY2(!o.reset, "the connection was reset instead of closed");
    }
    auto again = m_fx->agent(QStringLiteral("alice"));
    QVERIFY(again->call(msg::Ping).ok);
}

void TestServerInput::unknownPathIsRefused()
{
    QUrl url = m_fx->agentUrl();
    url.setPath(QStringLiteral("/admin"));
    TestClient client(url);
    QVERIFY(!client.isReady());
    QVERIFY(client.waitDisconnected());
}

BATON_GUILESS_TEST_MAIN(TestServerInput)
#include "tst_server_input.moc"
