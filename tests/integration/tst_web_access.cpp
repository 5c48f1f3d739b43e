#include "engine/systemclock.h"
#include "engine/teamconfig.h"
#include "protocol/messagetypes.h"
#include "support/serverfixture.h"
#include "support/testteam.h"

#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

using namespace baton;
using namespace baton::test;

namespace {
// The test team with extra `engine` settings, behind a real server on 127.0.0.1, port 0.
class ConfiguredServer {
public:
    explicit ConfiguredServer(const QByteArray &engineSettings)
    {
        QByteArray json = teamJson(30000, 0);
        const QByteArray with = "\"passwordIterations\": 1000, " + engineSettings;
        json.replace("\"passwordIterations\": 1000", with);
        QString error;
        const auto team = TeamConfig::parse(json, &error);
        if (!team)
            qFatal("%s", qPrintable(error));
        m_db = std::make_unique<Database>(Database::Options{m_dir.filePath(QStringLiteral("web.db")), false});
        m_db->open();
        m_store = std::make_unique<Store>(*m_db);
        m_engine = std::make_unique<Engine>(*m_store, m_clock, team->engine);
        if (!m_engine->importTeam(*team, &error) || !m_engine->start(&error))
            qFatal("%s", qPrintable(error));
        m_server = std::make_unique<BatonServer>(*m_engine);
        if (!m_server->listen(QHostAddress::LocalHost, 0, &error))
            qFatal("%s", qPrintable(error));
    }
    ~ConfiguredServer()
    {
        m_server.reset();
        m_engine.reset();
    }
    BatonServer &server() { return *m_server; }
    QString ownOrigin() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()); }

private:
    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<BatonServer> m_server;
};

QByteArray httpGet(quint16 port, const QByteArray &path)
{
    // The server runs on this thread: wait with an event loop, not with blocking socket calls.
    QTcpSocket socket;
    QByteArray answer;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
        return {};
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n\r\n");
    (void)QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 5000);
    return answer + socket.readAll();
}
} // namespace

// Issue 13.4–13.6: origins, per-address limits, configurable session limits, page headers.
class TestWebAccess : public QObject {
    Q_OBJECT
private slots:
    void originsAreChecked_data();
    void originsAreChecked();
    void pageHeadersLimitFramesAndConnections();
    void perAddressLimits();
    void loopbackIsExemptByDefault();
    void sessionRateIsConfigurable();
    void badSettingsAreRefused_data();
    void badSettingsAreRefused();
};

void TestWebAccess::originsAreChecked_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("origin"); // "own": the page's own origin
    QTest::addColumn<bool>("allowed");
    QTest::newRow("visitor, native client") << "/visitor" << "" << true;
    QTest::newRow("visitor, own page") << "/visitor" << "own" << true;
    QTest::newRow("visitor, configured shop") << "/visitor" << "https://shop.example.com" << true;
    QTest::newRow("visitor, evil") << "/visitor" << "http://evil.example" << false;
    QTest::newRow("visitor, null") << "/visitor" << "null" << false;
    QTest::newRow("agent, native client") << "/agent" << "" << true;
    QTest::newRow("agent, configured console") << "/agent" << "https://console.example.com" << true;
    QTest::newRow("agent, customer page") << "/agent" << "own" << false;
    QTest::newRow("agent, evil") << "/agent" << "http://evil.example" << false;
    QTest::newRow("agent, null") << "/agent" << "null" << false;
}

void TestWebAccess::originsAreChecked()
{
    QFETCH(QString, path);
    QFETCH(QString, origin);
    QFETCH(bool, allowed);
    ConfiguredServer fx(R"("web": { "visitorOrigins": ["https://shop.example.com"], "agentOrigins": ["https://console.example.com"] })");
    if (!allowed)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused a WebSocket upgrade")));
    QWebSocket socket(origin == QLatin1String("own") ? fx.ownOrigin() : origin);
    bool failed = false;
    connect(&socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [&] { failed = true; });
    connect(&socket, &QWebSocket::disconnected, this, [&] { failed = true; });
    QUrl url = fx.server().agentUrl();
    url.setPath(path);
    socket.open(url);
    QVERIFY(QTest::qWaitFor([&] { return failed || socket.state() == QAbstractSocket::ConnectedState; }, 5000));
    QCOMPARE(socket.state() == QAbstractSocket::ConnectedState, allowed);
}

void TestWebAccess::pageHeadersLimitFramesAndConnections()
{
    ConfiguredServer plain("\"eventRetention\": 10000");
    const QByteArray page = httpGet(plain.server().port(), "/");
    QVERIFY2(page.startsWith("HTTP/1.1 200"), page.left(200).constData());
    const QByteArray port = QByteArray::number(plain.server().port());
    QVERIFY2(page.contains("frame-ancestors 'none'"), page.left(800).constData());
    QVERIFY(page.contains(QByteArray("connect-src 'self' ws://127.0.0.1:" + port + " wss://127.0.0.1:" + port + ";")));
    QVERIFY(!page.contains(" ws: ")); // not any WebSocket anywhere
    ConfiguredServer embedded(R"("web": { "frameAncestors": ["https://shop.example.com", "https://m.shop.example.com"] })");
    const QByteArray framed = httpGet(embedded.server().port(), "/");
    QVERIFY(framed.contains("frame-ancestors https://shop.example.com https://m.shop.example.com;"));
}

void TestWebAccess::perAddressLimits()
{
    ConfiguredServer fx(R"("limits": { "limitLoopback": true, "waitingPerAddress": 2, "messageBurstPerAddress": 4,
                                       "messagesPerAddressPerSecond": 0.1 })");
    TestClient first(fx.server().visitorUrl());
    TestClient second(fx.server().visitorUrl());
    TestClient third(fx.server().visitorUrl());
    QVERIFY(first.call(msg::CustomerStart, {{QStringLiteral("skill"), QStringLiteral("pre_sales")}}).ok);
    QVERIFY(second.call(msg::CustomerStart, {{QStringLiteral("skill"), QStringLiteral("pre_sales")}}).ok);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("limit \"waitingPerAddress\"")));
    const auto refused = third.call(msg::CustomerStart, {{QStringLiteral("skill"), QStringLiteral("pre_sales")}});
    QCOMPARE(refused.code, QStringLiteral("RATE_LIMITED"));
    // Messages: four from the address in a burst, shared by its connections.
    for (int i = 0; i < 2; ++i) {
        QVERIFY(first.call(msg::CustomerMessage, {{QStringLiteral("text"), QStringLiteral("你好")}}).ok);
        QVERIFY(second.call(msg::CustomerMessage, {{QStringLiteral("text"), QStringLiteral("你好")}}).ok);
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("limit \"messagesPerAddress\"")));
    QCOMPARE(second.call(msg::CustomerMessage, {{QStringLiteral("text"), QStringLiteral("你好")}}).code,
             QStringLiteral("RATE_LIMITED"));
}

void TestWebAccess::loopbackIsExemptByDefault()
{
    ConfiguredServer fx(R"("limits": { "waitingPerAddress": 1 })");
    std::vector<std::unique_ptr<TestClient>> visitors;
    for (int i = 0; i < 3; ++i) {
        visitors.push_back(std::make_unique<TestClient>(fx.server().visitorUrl()));
        QVERIFY(visitors.back()->call(msg::CustomerStart, {{QStringLiteral("skill"), QStringLiteral("pre_sales")}}).ok);
    }
}

void TestWebAccess::sessionRateIsConfigurable()
{
    ConfiguredServer fx(R"("limits": { "requestsPerSecond": 1, "burst": 4 })");
    TestClient client(fx.server().agentUrl()); // HELLO took one
    int limited = 0;
    for (int i = 0; i < 5; ++i)
        limited += client.call(msg::Ping).code == QLatin1String("RATE_LIMITED") ? 1 : 0;
    QVERIFY2(limited >= 1 && limited <= 3, qPrintable(QString::number(limited)));
}

void TestWebAccess::badSettingsAreRefused_data()
{
    QTest::addColumn<QByteArray>("settings");
    QTest::addColumn<QString>("error");
    QTest::newRow("origin with a path") << QByteArray(R"("web": { "visitorOrigins": ["https://shop.example.com/chat"] })")
                                        << "engine.web.visitorOrigins";
    QTest::newRow("header injection") << QByteArray(R"("web": { "frameAncestors": ["https://a.example; script-src *"] })")
                                      << "engine.web.frameAncestors";
    QTest::newRow("null origin") << QByteArray(R"("web": { "agentOrigins": ["null"] })") << "engine.web.agentOrigins";
    QTest::newRow("zero rate") << QByteArray(R"("limits": { "requestsPerSecond": 0 })") << "engine.limits.requestsPerSecond";
    QTest::newRow("cap not a number") << QByteArray(R"("limits": { "waitingPerAddress": "3" })") << "engine.limits.waitingPerAddress";
    QTest::newRow("short secret") << QByteArray(R"("identitySecret": "short")") << "engine.identitySecret";
}

void TestWebAccess::badSettingsAreRefused()
{
    QFETCH(QByteArray, settings);
    QFETCH(QString, error);
    QByteArray json = teamJson(30000, 0);
    if (settings.startsWith("\"identitySecret\""))
        json.replace("\"identitySecret\": \"test-shop-identity-secret\"", settings);
    else
        {
        const QByteArray with = "\"passwordIterations\": 1000, " + settings;
        json.replace("\"passwordIterations\": 1000", with);
    }
    QString message;
    QVERIFY(!TeamConfig::parse(json, &message));
    QVERIFY2(message.startsWith(error), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestWebAccess)
#include "tst_web_access.moc"
