#include "core/eventtypes.h"
#include "support/enginefixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace baton;
using namespace baton::test;

namespace {

// Sales: agent s1, s2 and team lead lead-s; tech: agent t1 and team lead lead-t; a supervisor, who
// has a capacity as in the demo team but reviews (mayReceive false by role).
QByteArray teamJson()
{
    return R"({
  "engine": { "passwordIterations": 1000, "offlineGraceMs": 2000, "replyWarnAfterMs": 60000, "replyLeadAfterMs": 180000 },
  "departments": [ { "id": "sales", "name": "销售部" }, { "id": "tech", "name": "技术部" } ],
  "agents": [
    { "id": "s1", "department": "sales", "maxSessions": 2, "password": "pw", "skills": { "pre_sales": "primary" } },
    { "id": "s2", "department": "sales", "maxSessions": 2, "password": "pw", "skills": { "pre_sales": "secondary" } },
    { "id": "lead-s", "department": "sales", "role": "team_lead", "level": 4, "maxSessions": 0, "password": "pw" },
    { "id": "t1", "department": "tech", "maxSessions": 2, "password": "pw", "skills": { "technical": "primary" } },
    { "id": "lead-t", "department": "tech", "role": "team_lead", "level": 4, "maxSessions": 0, "password": "pw" },
    { "id": "boss", "department": "sales", "role": "supervisor", "level": 5, "maxSessions": 1, "password": "pw" }
  ]
})";
}

QStringList ids(const QJsonArray &array, const char *key = "id")
{
    QStringList list;
    for (const QJsonValue &v : array)
        list.append(v[QLatin1String(key)].toString());
    return list;
}

} // namespace

// F2 for team leads on the engine: who may watch and act, what they see, REASSIGN, SET_AGENT_STATUS
// and the TEAM_STATS throttle.
class TestEngineTeam : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void permissions_data();
    void permissions();
    void scopeFollowsTheRole_data();
    void scopeFollowsTheRole();
    void snapshotCountsQueuesAndOverload();
    void statsAreThrottledToOnePerSecond();
    void unwatchStopsStats();
    void reassignWaitingConversation();
    void reassignActiveConversationIsAHop();
    void leadSetsAgentAway();
    void responseTimeRule_data();
    void responseTimeRule();
    void unknownConversationIsNotFoundForEveryRole_data();
    void unknownConversationIsNotFoundForEveryRole();

private:
    EngineResult run(const QString &request, const QString &actor, const QString &target);
    std::unique_ptr<EngineFixture> m_fx;
};

void TestEngineTeam::init()
{
    m_fx = std::make_unique<EngineFixture>(teamJson());
}

void TestEngineTeam::cleanup()
{
    m_fx.reset();
}

EngineResult TestEngineTeam::run(const QString &request, const QString &actor, const QString &target)
{
    Engine &e = m_fx->engine();
    if (request == QLatin1String("TEAM_WATCH"))
        return e.teamWatch(actor);
    if (request == QLatin1String("SET_AGENT_STATUS"))
        return e.setAgentStatus(actor, target, QStringLiteral("away"));
    // REASSIGN: a waiting conversation to `target`.
    const qint64 id = m_fx->startConversation({}, QStringLiteral("你好"));
    return e.reassign(actor, id, target, QStringLiteral("请接一下"));
}

void TestEngineTeam::permissions_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("error"); // -1: allowed
    const int denied = EngineError::PermissionDenied;
    QTest::newRow("agent watches") << "TEAM_WATCH"
                                   << "s1"
                                   << "" << denied;
    QTest::newRow("lead watches") << "TEAM_WATCH"
                                  << "lead-s"
                                  << "" << -1;
    QTest::newRow("supervisor watches") << "TEAM_WATCH"
                                        << "boss"
                                        << "" << -1;
    QTest::newRow("agent sets status") << "SET_AGENT_STATUS"
                                       << "s1"
                                       << "s2" << denied;
    QTest::newRow("lead sets own agent") << "SET_AGENT_STATUS"
                                         << "lead-s"
                                         << "s2" << -1;
    QTest::newRow("lead sets other team") << "SET_AGENT_STATUS"
                                          << "lead-t"
                                          << "s2" << denied;
    QTest::newRow("supervisor sets anyone") << "SET_AGENT_STATUS"
                                            << "boss"
                                            << "t1" << -1;
    QTest::newRow("unknown agent") << "SET_AGENT_STATUS"
                                   << "boss"
                                   << "nobody" << int(EngineError::NotFound);
    QTest::newRow("agent reassigns") << "REASSIGN"
                                     << "s1"
                                     << "s2" << denied;
    QTest::newRow("lead reassigns to own agent") << "REASSIGN"
                                                 << "lead-s"
                                                 << "s2" << -1;
    QTest::newRow("lead reassigns to other team") << "REASSIGN"
                                                  << "lead-s"
                                                  << "t1" << denied;
    QTest::newRow("supervisor reassigns") << "REASSIGN"
                                          << "boss"
                                          << "t1" << -1;
}

void TestEngineTeam::permissions()
{
    QFETCH(QString, request);
    QFETCH(QString, actor);
    QFETCH(QString, target);
    QFETCH(int, error);
    m_fx->connect({"s2", "t1"});
    QVERIFY(
        m_fx->engine().setStatus(QStringLiteral("s2"), QStringLiteral("busy")).ok()); // waiting stays waiting
    QVERIFY(m_fx->engine().setStatus(QStringLiteral("t1"), QStringLiteral("busy")).ok());
    const EngineResult r = run(request, actor, target);
    if (error < 0)
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error->message));
    else
        QCOMPARE(r.ok() ? -1 : int(r.error->kind), error);
}

void TestEngineTeam::scopeFollowsTheRole_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QStringList>("agents");
    QTest::newRow("sales lead") << "lead-s" << QStringList{"boss", "lead-s", "s1", "s2"};
    QTest::newRow("tech lead") << "lead-t" << QStringList{"lead-t", "t1"};
    QTest::newRow("supervisor") << "boss" << QStringList{"boss", "lead-s", "lead-t", "s1", "s2", "t1"};
}

void TestEngineTeam::scopeFollowsTheRole()
{
    QFETCH(QString, actor);
    QFETCH(QStringList, agents);
    const EngineResult r = m_fx->engine().teamWatch(actor);
    QVERIFY(r.ok());
    QStringList seen = ids(r.payload[QStringLiteral("agents")].toArray());
    seen.sort();
    QCOMPARE(seen, agents);
    QVERIFY(!r.payload[QStringLiteral("queues")].toArray().isEmpty());
    // The supervisor reviews (mayReceive false by role): the snapshot says so, so no client shows
    // them as staff with a free slot.
    for (const QJsonValue &a : r.payload[QStringLiteral("agents")].toArray())
        QCOMPARE(a[QStringLiteral("receivesChats")].toBool(),
                 a[QStringLiteral("id")] != QStringLiteral("boss"));
}

void TestEngineTeam::snapshotCountsQueuesAndOverload()
{
    m_fx->connect({"s1"});
    m_fx->clock().advance(5000);
    for (int i = 0; i < 3; ++i) // s1 takes two; the third waits in the sales queue
        m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("买手机"));
    m_fx->clock().advance(4000);
    const QJsonObject snap = m_fx->engine().teamWatch(QStringLiteral("lead-s")).payload;
    QJsonObject sales;
    for (const QJsonValue &q : snap[QStringLiteral("queues")].toArray()) {
        if (q[QStringLiteral("id")] == QStringLiteral("dept-sales"))
            sales = q.toObject();
    }
    QCOMPARE(sales[QStringLiteral("waiting")].toInt(), 1);
    QCOMPARE(sales[QStringLiteral("longestWaitMs")].toInteger(), 4000);
    QCOMPARE(sales[QStringLiteral("servedToday")].toInt(), 2);
    QCOMPARE(sales[QStringLiteral("servedWithinTargetShare")].toDouble(), 1.0);
    QCOMPARE(snap[QStringLiteral("waiting")].toArray().size(), 1);
    QCOMPARE(snap[QStringLiteral("waiting")][0][QStringLiteral("queueId")].toString(),
             QStringLiteral("dept-sales"));
    for (const QJsonValue &a : snap[QStringLiteral("agents")].toArray()) {
        const bool expected = a[QStringLiteral("id")] == QStringLiteral("s1");
        QCOMPARE(a[QStringLiteral("overloaded")].toBool(), expected);
        if (expected)
            QCOMPARE(a[QStringLiteral("statusSinceMs")].toInteger(), m_fx->clock().nowMs() - 9000);
    }
    QCOMPARE(snap[QStringLiteral("staffing")][QStringLiteral("arrivalsLastHour")].toInt(), 3);
    QCOMPARE(snap[QStringLiteral("staffing")][QStringLiteral("onDuty")].toInt(), 1);
    // An online supervisor serves nobody: Erlang C must not count them as staff.
    m_fx->connect({"boss"});
    const QJsonObject withBoss = m_fx->engine().teamWatch(QStringLiteral("lead-s")).payload;
    QCOMPARE(withBoss[QStringLiteral("staffing")][QStringLiteral("onDuty")].toInt(), 1);
}

void TestEngineTeam::statsAreThrottledToOnePerSecond()
{
    QSignalSpy stats(&m_fx->engine(), &Engine::teamStats);
    QVERIFY(m_fx->engine().teamWatch(QStringLiteral("lead-s")).ok());
    m_fx->connect({"s1"}); // a change: the first snapshot goes out at once
    QCOMPARE(stats.size(), 1);
    QCOMPARE(stats[0][0].toString(), QStringLiteral("lead-s"));
    m_fx->clock().advance(100);
    m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("一"));
    m_fx->clock().advance(100);
    m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("二"));
    QCOMPARE(stats.size(), 1); // within the second: held back
    m_fx->clock().advance(799);
    QCOMPARE(stats.size(), 1);
    m_fx->clock().advance(1); // one second after the last: the engine woke and sent the latest
    QCOMPARE(stats.size(), 2);
    const QJsonObject last = stats[1][1].toJsonObject();
    int load = -1;
    for (const QJsonValue &a : last[QStringLiteral("agents")].toArray()) {
        if (a[QStringLiteral("id")] == QStringLiteral("s1"))
            load = a[QStringLiteral("load")].toInt();
    }
    QCOMPARE(load, 2);
    m_fx->clock().advance(5000); // nothing changed: nothing is sent
    QCOMPARE(stats.size(), 2);
}

void TestEngineTeam::unwatchStopsStats()
{
    QSignalSpy stats(&m_fx->engine(), &Engine::teamStats);
    QVERIFY(m_fx->engine().teamWatch(QStringLiteral("boss")).ok());
    m_fx->engine().teamUnwatch(QStringLiteral("boss"));
    m_fx->connect({"s1"});
    m_fx->clock().advance(2000);
    QCOMPARE(stats.size(), 0);
}

void TestEngineTeam::reassignWaitingConversation()
{
    m_fx->connect({"s2"});
    QVERIFY(m_fx->engine().setStatus(QStringLiteral("s2"), QStringLiteral("away")).ok());
    const qint64 id = m_fx->startConversation({}, QStringLiteral("你好"));
    QVERIFY(m_fx->engine().state().conversations.value(id).ownerId.isEmpty());
    const EngineResult r =
        m_fx->engine().reassign(QStringLiteral("lead-s"), id, QStringLiteral("s2"), QStringLiteral("老客户"));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error->message));
    const Conversation c = m_fx->engine().state().conversations.value(id);
    QCOMPARE(c.ownerId, QStringLiteral("s2"));
    QCOMPARE(c.state, ConversationState::Active);
    const QJsonArray history =
        m_fx->engine().history(QStringLiteral("s2"), id, 0, 50).payload[QStringLiteral("messages")].toArray();
    QVERIFY(history.last()[QStringLiteral("text")].toString().contains(QStringLiteral("老客户")));
    // Offline colleagues cannot be given chats; a second reassignment to the owner is refused.
    QCOMPARE(int(m_fx->engine().reassign(QStringLiteral("lead-s"), id, QStringLiteral("s2"), {}).error->kind),
             int(EngineError::InvalidArgument));
    QCOMPARE(int(m_fx->engine().reassign(QStringLiteral("lead-s"), id, QStringLiteral("s1"), {}).error->kind),
             int(EngineError::TargetUnavailable));
}

void TestEngineTeam::reassignActiveConversationIsAHop()
{
    m_fx->connect({"s1", "s2"});
    QVERIFY(m_fx->engine().setStatus(QStringLiteral("s2"), QStringLiteral("away")).ok());
    const qint64 id = m_fx->startConversation({}, QStringLiteral("你好"));
    QCOMPARE(m_fx->engine().state().conversations.value(id).ownerId, QStringLiteral("s1"));
    QSignalSpy events(&m_fx->engine(), &Engine::agentEvent);
    QVERIFY(m_fx->engine()
                .reassign(QStringLiteral("boss"), id, QStringLiteral("s2"), QStringLiteral("换人"))
                .ok());
    QCOMPARE(m_fx->engine().state().conversations.value(id).ownerId, QStringLiteral("s2"));
    auto loadOf = [this](const char *agent) {
        for (const AgentState &a : m_fx->engine().state().agents) {
            if (a.agent.id == QLatin1String(agent))
                return a.load;
        }
        return -1;
    };
    QCOMPARE(loadOf("s1"), 0);
    QCOMPARE(loadOf("s2"), 1);
    QStringList told;
    for (const auto &e : events)
        told.append(e[0].toString() + QLatin1Char(':') + e[2].toString());
    QVERIFY(told.contains(QStringLiteral("s1:CONVERSATION_UPDATED")));
    QVERIFY(told.contains(QStringLiteral("s2:CONVERSATION_ASSIGNED")));
    const QJsonArray hops =
        m_fx->engine().chain(QStringLiteral("boss"), id).payload[QStringLiteral("hops")].toArray();
    QCOMPARE(ids(hops, "kind"), (QStringList{"assigned", "reassigned"}));
    QCOMPARE(hops[1][QStringLiteral("from")].toString(), QStringLiteral("s1"));
    QCOMPARE(hops[1][QStringLiteral("to")].toString(), QStringLiteral("s2"));
    // The store agrees after a restart.
    m_fx->restart();
    QCOMPARE(m_fx->engine().state().conversations.value(id).ownerId, QStringLiteral("s2"));
}

void TestEngineTeam::leadSetsAgentAway()
{
    m_fx->connect({"s1"});
    QSignalSpy events(&m_fx->engine(), &Engine::agentEvent);
    const EngineResult r =
        m_fx->engine().setAgentStatus(QStringLiteral("lead-s"), QStringLiteral("s1"), QStringLiteral("away"));
    QVERIFY(r.ok());
    QCOMPARE(r.payload[QStringLiteral("agent")][QStringLiteral("status")].toString(), QStringLiteral("away"));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0][0].toString(), QStringLiteral("s1"));
    QCOMPARE(events[0][2].toString(), QString(msg::AgentStatus));
    // Away: new customers wait instead of reaching s1.
    const qint64 id = m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("你好"));
    QVERIFY(m_fx->engine().state().conversations.value(id).ownerId.isEmpty());
    // A lead cannot sign someone out.
    QCOMPARE(
        int(m_fx->engine()
                .setAgentStatus(QStringLiteral("lead-s"), QStringLiteral("s1"), QStringLiteral("offline"))
                .error->kind),
        int(EngineError::InvalidArgument));
}

void TestEngineTeam::responseTimeRule_data()
{
    QTest::addColumn<qint64>("replyAtMs"); // -1: the agent never replies
    QTest::addColumn<qint64>("againAtMs"); // -1: the customer writes once
    QTest::addColumn<qint64>("untilMs");
    QTest::addColumn<int>("agentWarnings");
    QTest::addColumn<int>("leadNotes");
    QTest::newRow("under the warning") << qint64(-1) << qint64(-1) << qint64(59'000) << 0 << 0;
    QTest::newRow("agent warned") << qint64(-1) << qint64(-1) << qint64(60'000) << 1 << 0;
    QTest::newRow("lead told") << qint64(-1) << qint64(-1) << qint64(180'000) << 1 << 1;
    QTest::newRow("a reply stops the count") << qint64(30'000) << qint64(-1) << qint64(200'000) << 0 << 0;
    QTest::newRow("another message does not restart it") << qint64(-1) << qint64(50'000) << qint64(60'000) << 1 << 0;
    QTest::newRow("counting starts again after a reply") << qint64(30'000) << qint64(40'000) << qint64(100'000) << 1 << 0;
}

void TestEngineTeam::responseTimeRule()
{
    QFETCH(qint64, replyAtMs);
    QFETCH(qint64, againAtMs);
    QFETCH(qint64, untilMs);
    QFETCH(int, agentWarnings);
    QFETCH(int, leadNotes);
    Engine &e = m_fx->engine();
    m_fx->connect({"s1"});
    const qint64 id = m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("你好"));
    QCOMPARE(e.state().conversations.value(id).ownerId, QStringLiteral("s1"));
    QSignalSpy events(&e, &Engine::agentEvent);
    QVERIFY(e.customerMessage(id, QStringLiteral("在吗？")).ok());
    qint64 at = 0;
    auto moveTo = [&](qint64 ms) {
        m_fx->clock().advance(ms - at);
        at = ms;
    };
    // Events in time order: the agent's reply and the customer's second message, then the end.
    QList<std::pair<qint64, bool>> steps; // time, true: agent replies
    if (replyAtMs >= 0)
        steps.append({replyAtMs, true});
    if (againAtMs >= 0)
        steps.append({againAtMs, false});
    std::sort(steps.begin(), steps.end());
    for (const auto &[time, agent] : steps) {
        moveTo(time);
        QVERIFY(agent ? e.sendMessage(QStringLiteral("s1"), id, QStringLiteral("稍等")).ok()
                      : e.customerMessage(id, QStringLiteral("还在吗？")).ok());
    }
    moveTo(untilMs);
    int warnings = 0;
    int notes = 0;
    for (const auto &event : events) {
        if (event[2].toString() != QLatin1String(msg::ReplyOverdue))
            continue;
        const QJsonObject p = event[3].toJsonObject();
        QCOMPARE(p[QStringLiteral("conversationId")].toInteger(), id);
        if (event[0].toString() == QLatin1String("s1") && p[QStringLiteral("level")] == QStringLiteral("agent"))
            ++warnings;
        else if (event[0].toString() == QLatin1String("lead-s") && p[QStringLiteral("level")] == QStringLiteral("lead"))
            ++notes;
        else
            QFAIL(qPrintable(QStringLiteral("unexpected REPLY_OVERDUE to %1").arg(event[0].toString())));
    }
    QCOMPARE(warnings, agentWarnings);
    QCOMPARE(notes, leadNotes);
}

void TestEngineTeam::unknownConversationIsNotFoundForEveryRole_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("read");
    for (const char *actor : {"s1", "lead-s", "boss"})
        for (const char *read : {"conversation", "history", "chain"})
            QTest::addRow("%s %s", actor, read) << actor << read;
}

// A conversation that never existed is NOT_FOUND for everyone: not PERMISSION_DENIED for an agent,
// not an empty success for a supervisor (who may read every conversation that exists).
void TestEngineTeam::unknownConversationIsNotFoundForEveryRole()
{
    QFETCH(QString, actor);
    QFETCH(QString, read);
    Engine &e = m_fx->engine();
    constexpr qint64 unknown = 999'999'999;
    const EngineResult r = read == QLatin1String("conversation") ? e.conversation(actor, unknown)
                           : read == QLatin1String("history")    ? e.history(actor, unknown, 0, 50)
                                                                 : e.chain(actor, unknown);
    QVERIFY(!r.ok());
    QCOMPARE(r.error->kind, EngineError::NotFound);
}

QTEST_GUILESS_MAIN(TestEngineTeam)
#include "tst_engine_team.moc"
