#include "engine/teamconfig.h"
#include "protocol/messagetypes.h"
#include "support/serverfixture.h"
#include "support/testmain.h"
#include "support/testteam.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QWebSocket>

using namespace baton;
using namespace baton::test;

// What an independent client written from docs/protocol.md found (issue 13.9–13.12), each pinned.
class TestProtocolRules : public QObject {
    Q_OBJECT
private slots:
    void init() { m_fx = std::make_unique<ServerFixture>(); }
    void cleanup() { m_fx.reset(); }
    void badFrameEchoesTheId_data();
    void badFrameEchoesTheId();
    void welcomeReachesTheCustomerLive_data();
    void welcomeReachesTheCustomerLive();
    void loginReplySaysOnline();
    void retentionAppliesToTokenLoginsAndRestarts();

private:
    std::unique_ptr<ServerFixture> m_fx;
};

void TestProtocolRules::badFrameEchoesTheId_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("id");
    QTest::newRow("payload not an object") << QByteArray(R"({"type":"PING","id":"r1","payload":[1]})") << "r1";
    QTest::newRow("empty type") << QByteArray(R"({"type":"","id":"r2"})") << "r2";
    QTest::newRow("no type") << QByteArray(R"({"id":"r3"})") << "r3";
    QTest::newRow("negative seq") << QByteArray(R"({"type":"PING","id":"r4","seq":-1})") << "r4";
    QTest::newRow("huge seq (found by fuzzing)") << QByteArray(R"({"type":"PING","id":"r6","seq":1e66})") << "r6";
    QTest::newRow("fractional seq") << QByteArray(R"({"type":"PING","id":"r7","seq":1.5})") << "r7";
    QTest::newRow("empty idem") << QByteArray(R"({"type":"PING","id":"r5","idem":""})") << "r5";
    QTest::newRow("id not a string") << QByteArray(R"({"type":"PING","id":5})") << "";
    QTest::newRow("empty id") << QByteArray(R"({"type":"PING","id":""})") << "";
}

void TestProtocolRules::badFrameEchoesTheId()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, id);
    QWebSocket socket;
    QJsonObject reply;
    connect(&socket, &QWebSocket::textMessageReceived, this,
            [&](const QString &t) { reply = QJsonDocument::fromJson(t.toUtf8()).object(); });
    socket.open(m_fx->agentUrl());
    QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000));
    socket.sendTextMessage(QString::fromUtf8(frame));
    QVERIFY(QTest::qWaitFor([&] { return !reply.isEmpty(); }, 5000));
    QCOMPARE(reply[QStringLiteral("type")].toString(), QStringLiteral("ERROR"));
    QCOMPARE(reply[QStringLiteral("payload")][QStringLiteral("code")].toString(), QStringLiteral("BAD_FRAME"));
    QCOMPARE(reply[QStringLiteral("id")].toString(), id);
}

void TestProtocolRules::welcomeReachesTheCustomerLive_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("welcome");
    QTest::newRow("zh") << "zh" << "您好，我是Alice，接下来由我为您服务。";
    QTest::newRow("en") << "en" << "Hello, I am Alice. I will take care of you from here.";
}

void TestProtocolRules::welcomeReachesTheCustomerLive()
{
    QFETCH(QString, language);
    QFETCH(QString, welcome);
    auto alice = m_fx->agent(QStringLiteral("alice")); // online: CUSTOMER_START routes at once
    TestClient visitor(m_fx->visitorUrl());
    const auto started = visitor.call(msg::CustomerStart, {{QStringLiteral("skill"), QStringLiteral("pre_sales")},
                                                           {QStringLiteral("text"), QStringLiteral("hello")},
                                                           {QStringLiteral("human"), true},
                                                           {QStringLiteral("language"), language}});
    QVERIFY(started.ok);
    QStringList live;
    QVERIFY(QTest::qWaitFor([&] {
        for (const TestClient::Event &e : visitor.events()) {
            if (e.type == msg::Message)
                live.append(e.payload[QStringLiteral("message")][QStringLiteral("text")].toString());
        }
        visitor.events().clear();
        return live.contains(welcome);
    }, 5000));
    QVERIFY2(live.contains(QStringLiteral("hello")), qPrintable(live.join(QLatin1Char('|'))));
}

void TestProtocolRules::loginReplySaysOnline()
{
    TestClient client(m_fx->agentUrl());
    const auto r = client.login(QStringLiteral("alice"), QStringLiteral("alice-pw"));
    QVERIFY(r.ok);
    QCOMPARE(r.payload[QStringLiteral("agent")][QStringLiteral("status")].toString(), QStringLiteral("online"));
}

void TestProtocolRules::retentionAppliesToTokenLoginsAndRestarts()
{
    m_fx.reset();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("retention.db"));
    QString error;
    QByteArray json = teamJson(30000, 0);
    json.replace("\"passwordIterations\": 1000", "\"passwordIterations\": 1000, \"eventRetention\": 100");
    const auto team = TeamConfig::parse(json, &error);
    QVERIFY2(team, qPrintable(error));
    QCOMPARE(team->engine.eventRetention, 100);
    ManualClock clock;
    auto db = std::make_unique<Database>(Database::Options{path, false});
    QVERIFY(db->open());
    auto store = std::make_unique<Store>(*db);
    auto engine = std::make_unique<Engine>(*store, clock, team->engine);
    QVERIFY(engine->importTeam(*team, &error) && engine->start(&error));
    const EngineResult login = engine->completeLogin(QStringLiteral("alice"));
    QVERIFY(login.ok());
    const QString token = login.payload[QStringLiteral("token")].toString();
    engine->agentConnected(QStringLiteral("alice"));
    const EngineResult start = engine->startVisitor({QStringLiteral("访客"), {}, QStringLiteral("pre_sales"), {}, true, {}});
    const qint64 id = qint64(start.payload[QStringLiteral("conversationId")].toDouble());
    auto pileUp = [&](int n) {
        for (int i = 0; i < n; ++i)
            QVERIFY(engine->customerMessage(id, QStringLiteral("第%1条").arg(i)).ok());
    };
    auto oldestKept = [&] {
        const QList<StoredEvent> events = store->eventLog().after(QStringLiteral("alice"), 0, 1000);
        return events.isEmpty() ? qint64(0) : events.first().seq;
    };
    pileUp(150);
    QCOMPARE(oldestKept(), 1);
    QVERIFY(engine->loginWithToken(QStringLiteral("alice"), token).ok());
    const qint64 last = store->eventLog().lastSeq(QStringLiteral("alice"));
    QCOMPARE(oldestKept(), last - 99);
    pileUp(150);
    // After a restart, without anyone logging in.
    engine.reset();
    store.reset();
    db.reset();
    db = std::make_unique<Database>(Database::Options{path, false});
    QVERIFY(db->open());
    store = std::make_unique<Store>(*db);
    engine = std::make_unique<Engine>(*store, clock, team->engine);
    QVERIFY(engine->start(&error));
    QCOMPARE(oldestKept(), store->eventLog().lastSeq(QStringLiteral("alice")) - 99);
}

BATON_GUILESS_TEST_MAIN(TestProtocolRules)
#include "tst_protocol_rules.moc"
