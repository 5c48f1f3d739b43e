#include "protocol/messagetypes.h"
#include "support/serverfixture.h"

#include <QTest>
#include <QWebSocket>

using namespace baton;
using namespace baton::test;

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

void TestServerInput::unknownPathIsRefused()
{
    QUrl url = m_fx->agentUrl();
    url.setPath(QStringLiteral("/admin"));
    TestClient client(url);
    QVERIFY(!client.isReady());
    QVERIFY(client.waitDisconnected());
}

QTEST_GUILESS_MAIN(TestServerInput)
#include "tst_server_input.moc"
