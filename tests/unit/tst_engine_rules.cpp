#include "core/eventtypes.h"
#include "engine/shiftplan.h"
#include "engine/teamconfig.h"
#include "support/enginefixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace baton;
using namespace baton::test;

namespace {

// Sales s1 (pre-sales primary, after-sales general), after-sales a1, billing b1, and h1–h3 for the
// handover. Nobody knows "account" at more than… nobody knows it at all.
QByteArray hintTeam()
{
    return R"({
  "engine": { "passwordIterations": 1000 },
  "departments": [ { "id": "sales", "name": "销售部" } ],
  "queues": [ { "id": "all", "name": "全部" } ],
  "agents": [
    { "id": "s1", "department": "sales", "maxSessions": 3, "password": "pw",
      "skills": { "pre_sales": "primary", "after_sales": "general" } },
    { "id": "a1", "department": "sales", "maxSessions": 3, "password": "pw", "skills": { "after_sales": "primary" } },
    { "id": "b1", "department": "sales", "maxSessions": 3, "password": "pw", "skills": { "billing": "primary" } }
  ]
})";
}

// VIP ≥ 3 goes to the VIP team's own queue; everyone else to the common one.
QByteArray vipTeam()
{
    return R"({
  "engine": { "passwordIterations": 1000 },
  "departments": [ { "id": "sales", "name": "销售部" }, { "id": "vip", "name": "大客户组" } ],
  "queues": [ { "id": "vip", "name": "VIP", "match": { "vipAtLeast": 3, "departments": ["vip"] } },
              { "id": "normal", "name": "普通", "match": { "departments": ["sales"] } } ],
  "agents": [
    { "id": "s1", "department": "sales", "maxSessions": 3, "password": "pw", "skills": { "pre_sales": "primary" } },
    { "id": "v1", "department": "vip", "maxSessions": 3, "password": "pw", "skills": { "pre_sales": "general" } }
  ],
  "customers": [ { "id": "gold", "name": "王女士", "vipLevel": 3 }, { "id": "silver", "name": "李先生", "vipLevel": 1 } ]
})";
}

QString hhmm(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).time().toString(QStringLiteral("HH:mm"));
}

// h1's day shift ends `endInMs` from `nowMs` (on a whole minute); h2 works the next shift; h3 is on
// the day shift too but knows the skill best; h4 and h5 have no shift (always on duty).
QByteArray handoverTeam(qint64 nowMs, qint64 endInMs, bool handoverOnOffline)
{
    const qint64 end = nowMs + endInMs;
    return QStringLiteral(R"({
  "engine": { "passwordIterations": 1000, "offlineGraceMs": 2000, "handoverOnOffline": %4 },
  "departments": [ { "id": "sales", "name": "销售部" } ],
  "queues": [ { "id": "all", "name": "全部" } ],
  "agents": [
    { "id": "h1", "department": "sales", "maxSessions": 3, "password": "pw", "skills": { "pre_sales": "primary" } },
    { "id": "h2", "department": "sales", "maxSessions": 3, "password": "pw", "skills": { "pre_sales": "general" } },
    { "id": "h3", "department": "sales", "maxSessions": 3, "password": "pw", "skills": { "pre_sales": "primary" } },
    { "id": "h4", "department": "sales", "maxSessions": 3, "password": "pw", "skills": { "pre_sales": "secondary" } },
    { "id": "h5", "department": "sales", "maxSessions": 3, "password": "pw", "skills": { "pre_sales": "general" } }
  ],
  "shifts": [ { "id": "day", "name": "早班", "start": "%1", "end": "%2", "agents": ["h1", "h3"] },
              { "id": "late", "name": "晚班", "start": "%2", "end": "%3", "agents": ["h2"] } ]
})")
        .arg(hhmm(end - 6 * 3600'000), hhmm(end), hhmm(end + 6 * 3600'000),
             handoverOnOffline ? QStringLiteral("true") : QStringLiteral("false"))
        .toUtf8();
}

QList<QJsonObject> payloadsOf(const QSignalSpy &spy, const QLatin1String &type, QStringList *agents = nullptr)
{
    QList<QJsonObject> list;
    for (const auto &e : spy) {
        if (e[2].toString() != type)
            continue;
        list.append(e[3].toJsonObject());
        if (agents)
            agents->append(e[0].toString());
    }
    return list;
}

QString ownerOf(Engine &engine, qint64 id)
{
    return engine.state().conversations.value(id).ownerId;
}

} // namespace

// F2.4 rules: the keyword hint, VIP to its own queue and team, and the end-of-shift handover.
class TestEngineRules : public QObject {
    Q_OBJECT
private slots:
    void keywordHintsTheSpecialist_data();
    void keywordHintsTheSpecialist();
    void vipGoesToItsTeam_data();
    void vipGoesToItsTeam();
    void offlineHandsOverEachChat_data();
    void offlineHandsOverEachChat();
    void declinedHandoverGoesToTheNext();
    void shiftEndHandsOverToOnDuty();
    void shiftConfigErrors_data();
    void shiftConfigErrors();
};

void TestEngineRules::keywordHintsTheSpecialist_data()
{
    QTest::addColumn<QStringList>("texts");  // the customer's messages once s1 has the chat
    QTest::addColumn<QStringList>("skills"); // the hints s1 gets, in order
    QTest::addColumn<QString>("firstCandidate");
    QTest::newRow("refund in a sales chat") << QStringList{"我想退款"} << QStringList{"after_sales"} << "a1";
    QTest::newRow("invoice: the owner knows nothing of it")
        << QStringList{"发票怎么开"} << QStringList{"billing"} << "b1";
    QTest::newRow("the owner's own skill") << QStringList{"现在有优惠吗"} << QStringList{} << "";
    QTest::newRow("negated") << QStringList{"不用退款了"} << QStringList{} << "";
    QTest::newRow("nobody knows it better") << QStringList{"密码忘了"} << QStringList{} << "";
    QTest::newRow("once per skill") << QStringList{"我要退货", "还是退款吧", "顺便开发票"}
                                    << QStringList{"after_sales", "billing"} << "a1";
}

void TestEngineRules::keywordHintsTheSpecialist()
{
    QFETCH(QStringList, texts);
    QFETCH(QStringList, skills);
    QFETCH(QString, firstCandidate);
    EngineFixture fx(hintTeam());
    fx.connect({"s1"});
    const qint64 id = fx.startConversation(QStringLiteral("pre_sales"), QStringLiteral("你好"));
    QCOMPARE(ownerOf(fx.engine(), id), QStringLiteral("s1"));
    fx.connect({"a1", "b1"});
    QSignalSpy events(&fx.engine(), &Engine::agentEvent);
    for (const QString &text : std::as_const(texts))
        QVERIFY(fx.engine().customerMessage(id, text).ok());
    QStringList to;
    const QList<QJsonObject> hints = payloadsOf(events, msg::TransferHint, &to);
    QStringList hinted;
    for (const QJsonObject &h : hints) {
        hinted.append(h[QStringLiteral("skill")].toString());
        QCOMPARE(h[QStringLiteral("conversationId")].toInteger(), id);
        QVERIFY(!h[QStringLiteral("word")].toString().isEmpty());
    }
    QCOMPARE(hinted, skills);
    QCOMPARE(to, QStringList(skills.size(), QStringLiteral("s1")));
    if (!hints.isEmpty())
        QCOMPARE(hints.first()[QStringLiteral("candidates")][0][QStringLiteral("agent")][QStringLiteral("id")]
                     .toString(),
                 firstCandidate);
    // A hint, not a move.
    QCOMPARE(ownerOf(fx.engine(), id), QStringLiteral("s1"));
    QCOMPARE(fx.pendingTransferId(id), 0);
}

void TestEngineRules::vipGoesToItsTeam_data()
{
    QTest::addColumn<QString>("customer");
    QTest::addColumn<bool>("vipTeamOnline");
    QTest::addColumn<QString>("owner"); // empty: still waiting
    QTest::newRow("VIP 3, VIP team free") << "gold" << true << "v1";
    QTest::newRow("VIP 3 waits for the VIP team") << "gold" << false << "";
    QTest::newRow("VIP 1 is not the VIP team's") << "silver" << false << "s1";
    QTest::newRow("no VIP level") << "" << true << "s1";
}

void TestEngineRules::vipGoesToItsTeam()
{
    QFETCH(QString, customer);
    QFETCH(bool, vipTeamOnline);
    QFETCH(QString, owner);
    EngineFixture fx(vipTeam());
    fx.connect({"s1"});
    if (vipTeamOnline)
        fx.connect({"v1"});
    const qint64 id = fx.startConversation(QStringLiteral("pre_sales"), QStringLiteral("你好"), customer);
    QCOMPARE(ownerOf(fx.engine(), id), owner);
}

void TestEngineRules::offlineHandsOverEachChat_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("how"); // "status": SET_STATUS offline; "dropped": the connection dropped
    QTest::newRow("signs off") << true << "status";
    QTest::newRow("connection lost past the grace") << true << "dropped";
    QTest::newRow("turned off") << false << "status";
}

void TestEngineRules::offlineHandsOverEachChat()
{
    QFETCH(bool, enabled);
    QFETCH(QString, how);
    ManualClock probe;
    EngineFixture fx(handoverTeam(probe.nowMs(), 3 * 3600'000, enabled));
    fx.connect({"h1"});
    const qint64 first = fx.startConversation(QStringLiteral("pre_sales"), QStringLiteral("一"));
    const qint64 second = fx.startConversation(QStringLiteral("pre_sales"), QStringLiteral("二"));
    QCOMPARE(ownerOf(fx.engine(), second), QStringLiteral("h1"));
    fx.connect({"h3"});
    QSignalSpy events(&fx.engine(), &Engine::agentEvent);
    if (how == QLatin1String("status")) {
        QVERIFY(fx.engine().setStatus(QStringLiteral("h1"), QStringLiteral("offline")).ok());
    } else {
        fx.engine().agentDisconnected(QStringLiteral("h1"));
        QVERIFY(payloadsOf(events, msg::Transfer).isEmpty()); // within the grace nothing moves
        fx.clock().advance(2500);
    }
    QStringList to;
    const QList<QJsonObject> offers = payloadsOf(events, msg::Transfer, &to);
    if (!enabled) {
        QVERIFY(offers.isEmpty());
        return;
    }
    QCOMPARE(to, (QStringList{"h3", "h3"}));
    QSet<qint64> offered;
    for (const QJsonObject &o : offers) {
        const QJsonObject transfer = o[QStringLiteral("transfer")].toObject();
        QCOMPARE(transfer[QStringLiteral("from")].toString(), QStringLiteral("h1"));
        QCOMPARE(transfer[QStringLiteral("note")][QStringLiteral("remarks")].toString(),
                 QStringLiteral("交班"));
        offered.insert(transfer[QStringLiteral("conversationId")].toInteger());
    }
    QCOMPARE(offered, (QSet<qint64>{first, second}));
    QVERIFY(fx.engine().acceptTransfer(QStringLiteral("h3"), fx.pendingTransferId(first)).ok());
    QCOMPARE(ownerOf(fx.engine(), first), QStringLiteral("h3"));
}

void TestEngineRules::declinedHandoverGoesToTheNext()
{
    ManualClock probe;
    EngineFixture fx(handoverTeam(probe.nowMs(), 3 * 3600'000, true));
    fx.connect({"h1"});
    const qint64 id = fx.startConversation(QStringLiteral("pre_sales"), QStringLiteral("你好"));
    fx.connect({"h3", "h4"});
    QVERIFY(fx.engine().setStatus(QStringLiteral("h1"), QStringLiteral("offline")).ok());
    const QString firstTarget = fx.engine().state().pendingTransfers.value(id).toAgent;
    QCOMPARE(firstTarget, QStringLiteral("h3")); // primary beats secondary
    QVERIFY(fx.engine().rejectTransfer(firstTarget, fx.pendingTransferId(id), QStringLiteral("忙")).ok());
    QCOMPARE(fx.engine().state().pendingTransfers.value(id).toAgent, QStringLiteral("h4"));
    // The second one lets it time out: nobody on duty is left, the chat stays where it was.
    fx.clock().advance(31'000);
    QCOMPARE(fx.pendingTransferId(id), 0);
    QCOMPARE(ownerOf(fx.engine(), id), QStringLiteral("h1"));
    // Someone comes on duty: offered to them.
    fx.connect({"h5"});
    QCOMPARE(fx.engine().state().pendingTransfers.value(id).toAgent, QStringLiteral("h5"));
}

void TestEngineRules::shiftEndHandsOverToOnDuty()
{
    ManualClock probe;
    // The day shift ends ten minutes (and up to a minute more: times are whole minutes) from now.
    const qint64 endIn = 10 * 60'000;
    EngineFixture fx(handoverTeam(probe.nowMs(), endIn, true));
    fx.connect({"h1"});
    const qint64 id = fx.startConversation(QStringLiteral("pre_sales"), QStringLiteral("你好"));
    fx.connect({"h2", "h3"});
    QSignalSpy events(&fx.engine(), &Engine::agentEvent);
    fx.clock().advance(endIn - 60'000);
    QVERIFY(payloadsOf(events, msg::Transfer).isEmpty()); // still on shift
    fx.clock().advance(60'000);
    QStringList to;
    const QList<QJsonObject> offers = payloadsOf(events, msg::Transfer, &to);
    // h3 knows the skill better but its shift ended too; h2's late shift began.
    QCOMPARE(to, QStringList{"h2"});
    QCOMPARE(offers.first()[QStringLiteral("transfer")][QStringLiteral("note")][QStringLiteral("remarks")]
                 .toString(),
             QStringLiteral("交班"));
    QVERIFY(fx.engine().acceptTransfer(QStringLiteral("h2"), fx.pendingTransferId(id)).ok());
    QCOMPARE(ownerOf(fx.engine(), id), QStringLiteral("h2"));
}

void TestEngineRules::shiftConfigErrors_data()
{
    QTest::addColumn<QString>("shifts");
    QTest::addColumn<QString>("error");
    QTest::newRow("no id") << R"([{"start":"08:00","end":"16:00","agents":["s1"]}])"
                           << "shifts[0]: \"id\"";
    QTest::newRow("bad time") << R"([{"id":"d","start":"8 Uhr","end":"16:00","agents":["s1"]}])"
                              << "shifts[0]: \"start\"";
    QTest::newRow("same start and end") << R"([{"id":"d","start":"08:00","end":"08:00","agents":["s1"]}])"
                                        << "shifts[0]: \"start\"";
    QTest::newRow("unknown agent") << R"([{"id":"d","start":"08:00","end":"16:00","agents":["nobody"]}])"
                                   << "shifts[0]: unknown agent \"nobody\"";
    QTest::newRow("nobody in it") << R"([{"id":"d","start":"08:00","end":"16:00","agents":[]}])"
                                  << "shifts[0]: \"agents\"";
    QTest::newRow("duplicate id") << R"([{"id":"d","start":"08:00","end":"16:00","agents":["s1"]},
                                        {"id":"d","start":"16:00","end":"23:00","agents":["s1"]}])"
                                  << "shifts[1]: duplicate id";
}

void TestEngineRules::shiftConfigErrors()
{
    QFETCH(QString, shifts);
    QFETCH(QString, error);
    const QByteArray json = QStringLiteral(R"({"departments":[{"id":"sales"}],
        "agents":[{"id":"s1","department":"sales","password":"pw"}], "shifts": %1})")
                                .arg(shifts)
                                .toUtf8();
    QString message;
    QVERIFY(!TeamConfig::parse(json, &message));
    QVERIFY2(message.startsWith(error), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestEngineRules)
#include "tst_engine_rules.moc"
