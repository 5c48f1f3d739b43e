#include "core/customeridentity.h"
#include "core/passwordhasher.h"
#include "engine/systemclock.h"
#include "engine/teamconfig.h"
#include "protocol/messagetypes.h"
#include "server/loginthrottle.h"
#include "support/serverfixture.h"
#include "support/testteam.h"

#include <QElapsedTimer>
#include <QTest>

using namespace baton;
using namespace baton::test;

namespace {
const QString secret = QStringLiteral("test-shop-identity-secret"); // as in tests/support/testteam.cpp
}

// Issue 13, security: customer identity (2) and agent login (3).
class TestSecurity : public QObject {
    Q_OBJECT
private slots:
    void init() { m_fx = std::make_unique<ServerFixture>(); }
    void cleanup() { m_fx.reset(); }
    void customerIdNeedsASignature_data();
    void customerIdNeedsASignature();
    void wrongPasswordsAreThrottledAcrossConnections();
    void oneAddressIsThrottledAcrossAccounts();
    void backoffDoubles();
    void unknownUsersCostTheSame();
    void pingStaysFastWhilePasswordsAreHashed();

private:
    std::unique_ptr<ServerFixture> m_fx;
};

void TestSecurity::customerIdNeedsASignature_data()
{
    QTest::addColumn<QString>("hash");
    QTest::addColumn<bool>("believed");
    QTest::newRow("signed") << CustomerIdentity::sign(secret, QStringLiteral("vip-1")) << true;
    QTest::newRow("signed, upper-case hex") << CustomerIdentity::sign(secret, QStringLiteral("vip-1")).toUpper() << true;
    QTest::newRow("no signature") << QString() << false;
    QTest::newRow("another id's signature") << CustomerIdentity::sign(secret, QStringLiteral("vip-2")) << false;
    QTest::newRow("another secret") << CustomerIdentity::sign(QStringLiteral("guessed-secret-123"), QStringLiteral("vip-1")) << false;
    QTest::newRow("garbage") << QStringLiteral("zz") << false;
}

void TestSecurity::customerIdNeedsASignature()
{
    QFETCH(QString, hash);
    QFETCH(bool, believed);
    TestClient visitor(m_fx->visitorUrl());
    QJsonObject start{{QStringLiteral("customerId"), QStringLiteral("vip-1")}, {QStringLiteral("human"), true},
                      {QStringLiteral("skill"), QStringLiteral("pre_sales")}, {QStringLiteral("text"), QStringLiteral("hi")}};
    if (!hash.isEmpty())
        start.insert(QStringLiteral("identifierHash"), hash);
    if (!believed)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ignored customer id")));
    const auto r = visitor.call(msg::CustomerStart, start);
    QVERIFY2(r.ok, qPrintable(r.message));
    const QJsonObject customer = r.payload[QStringLiteral("customer")].toObject();
    const qint64 id = qint64(r.payload[QStringLiteral("conversationId")].toDouble());
    if (believed) {
        QCOMPARE(customer[QStringLiteral("id")].toString(), QStringLiteral("vip-1"));
        QCOMPARE(customer[QStringLiteral("vipLevel")].toInt(), 2);
        QCOMPARE(m_fx->engine().state().conversations.value(id).priority, 1);
    } else {
        QVERIFY(customer[QStringLiteral("id")].toString().startsWith(QLatin1String("v-")));
        QCOMPARE(customer[QStringLiteral("vipLevel")].toInt(), 0);
        QVERIFY(customer[QStringLiteral("tags")].toArray().isEmpty());
        QCOMPARE(m_fx->engine().state().conversations.value(id).priority, 0);
    }
}

void TestSecurity::wrongPasswordsAreThrottledAcrossConnections()
{
    {
        TestClient first(m_fx->agentUrl());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(first.login(QStringLiteral("alice"), QStringLiteral("guess")).code, QStringLiteral("AUTH_FAILED"));
        QVERIFY(first.waitDisconnected());
    }
    TestClient second(m_fx->agentUrl());
    const auto r = second.login(QStringLiteral("alice"), QStringLiteral("alice-pw")); // right, but too soon
    QCOMPARE(r.code, QStringLiteral("RATE_LIMITED"));
    // Another account from the same address is not locked out by alice's guesses.
    QVERIFY(second.login(QStringLiteral("bob"), QStringLiteral("bob-pw")).ok);
}

void TestSecurity::oneAddressIsThrottledAcrossAccounts()
{
    int refused = 0;
    for (int round = 0; round < 6 && refused == 0; ++round) {
        TestClient client(m_fx->agentUrl());
        for (int i = 0; i < 4; ++i) {
            const auto r = client.login(QStringLiteral("user%1-%2").arg(round).arg(i), QStringLiteral("guess"));
            if (r.code == QLatin1String("RATE_LIMITED"))
                ++refused;
            else
                QCOMPARE(r.code, QStringLiteral("AUTH_FAILED")); // unknown users look like wrong passwords
        }
    }
    QVERIFY(refused > 0); // 20 free attempts per address, then backoff
}

void TestSecurity::backoffDoubles()
{
    LoginThrottle throttle({3, 100, 1000, 8000, 60000, 100});
    const QString a = QStringLiteral("10.0.0.1");
    qint64 now = 0;
    for (int i = 0; i < 3; ++i)
        QCOMPARE(throttle.admit(QStringLiteral("u"), a, now), 0);
    QCOMPARE(throttle.admit(QStringLiteral("u"), a, now), 1000);
    now += 1000;
    QCOMPARE(throttle.admit(QStringLiteral("u"), a, now), 0);
    QCOMPARE(throttle.admit(QStringLiteral("u"), a, now), 2000);
    now += 2000;
    QCOMPARE(throttle.admit(QStringLiteral("u"), a, now), 0);
    QCOMPARE(throttle.admit(QStringLiteral("u"), a, now), 4000);
    now += 4000;
    QCOMPARE(throttle.admit(QStringLiteral("u"), a, now), 0);
    QCOMPARE(throttle.admit(QStringLiteral("u"), a, now), 8000); // capped
    now += 8000;
    throttle.admit(QStringLiteral("u"), a, now);
    throttle.succeeded(QStringLiteral("u"), a);
    QCOMPARE(throttle.admit(QStringLiteral("u"), a, now), 0); // the right password clears the account
    now += 61000;
    LoginThrottle quiet({1, 100, 1000, 8000, 60000, 100});
    quiet.admit(QStringLiteral("v"), a, 0);
    QCOMPARE(quiet.admit(QStringLiteral("v"), a, 500), 500);
    QCOMPARE(quiet.admit(QStringLiteral("v"), a, 61000), 0); // forgotten after a quiet minute
}

void TestSecurity::unknownUsersCostTheSame()
{
    Engine &engine = m_fx->engine();
    const int known = PasswordHasher::iterationsOf(engine.passwordHashFor(QStringLiteral("alice")));
    QVERIFY(known > 0);
    QCOMPARE(PasswordHasher::iterationsOf(engine.passwordHashFor(QStringLiteral("nobody"))), known);
    QVERIFY(!PasswordHasher::verify(QString(), engine.passwordHashFor(QStringLiteral("nobody"))));
}

void TestSecurity::pingStaysFastWhilePasswordsAreHashed()
{
    // An engine whose one agent has a costly hash; guesses against unknown names cost the same.
    m_fx.reset();
    QByteArray json = teamJson(30000, 0);
    json.replace("\"passwordIterations\": 1000", "\"passwordIterations\": 60000");
    QString error;
    const auto team = TeamConfig::parse(json, &error);
    QVERIFY2(team, qPrintable(error));
    QTemporaryDir dir;
    Database db({dir.filePath(QStringLiteral("slow.db")), false});
    QVERIFY(db.open());
    Store store(db);
    SystemClock clock;
    Engine engine(store, clock, team->engine);
    QVERIFY(engine.importTeam(*team, &error) && engine.start(&error));
    BatonServer server(engine);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0, &error));

    QElapsedTimer timer;
    timer.start();
    QVERIFY(!PasswordHasher::verify(QStringLiteral("x"), engine.passwordHashFor(QStringLiteral("alice"))));
    const qint64 hashMs = timer.elapsed();
    QVERIFY2(hashMs >= 40, qPrintable(QStringLiteral("one hash took only %1 ms").arg(hashMs)));

    std::vector<std::unique_ptr<TestClient>> guessers;
    for (int i = 0; i < 4; ++i) {
        guessers.push_back(std::make_unique<TestClient>(server.agentUrl()));
        for (int j = 0; j < 3; ++j)
            guessers.back()->connection().request(msg::Login, {{QStringLiteral("user"), QStringLiteral("ghost%1-%2").arg(i).arg(j)},
                                                              {QStringLiteral("password"), QStringLiteral("guess")}});
    }
    TestClient pinger(server.agentUrl());
    qint64 worst = 0;
    for (int i = 0; i < 10; ++i) {
        timer.restart();
        QVERIFY(pinger.call(msg::Ping).ok);
        worst = std::max(worst, timer.elapsed());
    }
    qInfo() << "one hash" << hashMs << "ms; slowest PING during 12 guesses" << worst << "ms";
    QVERIFY2(worst < std::max<qint64>(hashMs / 2, 20), qPrintable(QString::number(worst)));
}

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
