#include "engine/queueconfig.h"
#include "engine/teamconfig.h"
#include "support/enginefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace baton;
using namespace baton::test;

namespace {

// Three technical agents whose ids sort in configuration order: a-gen knows the skill in general
// (4 chats), b-pro as primary skill (2 chats), c-none not at all (3 chats).
QByteArray strategyTeam(const QString &strategy)
{
    return QStringLiteral(R"({
  "engine": { "passwordIterations": 1000 },
  "departments": [ { "id": "tech", "name": "技术部" } ],
  "queues": [ { "id": "all", "name": "全部", "strategy": "%1", "weights": { "load": 1, "idle": 0.5 } } ],
  "agents": [
    { "id": "a-gen", "department": "tech", "maxSessions": 4, "password": "pw", "skills": { "technical": "general" } },
    { "id": "b-pro", "department": "tech", "maxSessions": 2, "password": "pw", "skills": { "technical": "primary" } },
    { "id": "c-none", "department": "tech", "maxSessions": 3, "password": "pw" },
    { "id": "solo", "department": "tech", "maxSessions": 1, "password": "pw" }
  ],
  "customers": [ { "id": "vip", "name": "王女士", "vipLevel": 2 } ]
})")
        .arg(strategy)
        .toUtf8();
}

QString ownerOf(Engine &engine, qint64 id)
{
    return engine.state().conversations.value(id).ownerId;
}

} // namespace

// F2.1–F2.3: queues from the configuration, the routing strategies, overflow and work conservation.
class TestEngineQueues : public QObject {
    Q_OBJECT
private slots:
    void strategyOrdersTheQueue_data();
    void strategyOrdersTheQueue();
    void strategyPicksTheAgent_data();
    void strategyPicksTheAgent();
    void defaultQueuesFollowTheTeam();
    void queueConfigErrors_data();
    void queueConfigErrors();
    void overflowOpensTheQueueToEveryone();
    void maxConcurrentSessionsCapsTheQueue();
    void customerWordsSetTheSkill_data();
    void customerWordsSetTheSkill();
    void workConservation_data();
    void workConservation();
};

void TestEngineQueues::strategyOrdersTheQueue_data()
{
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<bool>("vipFirst");
    QTest::newRow("fifo") << "fifo" << false;
    QTest::newRow("priority") << "priority" << true;
    QTest::newRow("skill_first") << "skill_first" << false;
    QTest::newRow("load_balance") << "load_balance" << false;
    QTest::newRow("round_robin") << "round_robin" << false;
}

void TestEngineQueues::strategyOrdersTheQueue()
{
    QFETCH(QString, strategy);
    QFETCH(bool, vipFirst);
    EngineFixture fx(strategyTeam(strategy));
    // Nobody online: an ordinary customer, then a VIP a second later, both wait.
    const qint64 first = fx.startConversation({}, QStringLiteral("你好"));
    fx.clock().advance(1000);
    const qint64 vip = fx.startConversation({}, QStringLiteral("你好"), QStringLiteral("vip"));
    QCOMPARE(fx.engine().state().conversations.value(vip).priority, 1);
    fx.connect({"solo"}); // one slot: whoever the strategy serves first gets it
    QCOMPARE(ownerOf(fx.engine(), vipFirst ? vip : first), QStringLiteral("solo"));
    QCOMPARE(ownerOf(fx.engine(), vipFirst ? first : vip), QString());
}

void TestEngineQueues::strategyPicksTheAgent_data()
{
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<QStringList>("owners"); // of five technical conversations arriving one by one
    QTest::newRow("skill_first: best skill, then the less loaded knower")
        << "skill_first" << QStringList{"b-pro", "b-pro", "a-gen", "a-gen", "a-gen"};
    // Lowest load ratio, then the longest idle: a 0/4 → b 0/2 → c 0/3 → a 1/4 → c 1/3.
    QTest::newRow("load_balance: lowest load ratio, then longest idle")
        << "load_balance" << QStringList{"a-gen", "b-pro", "c-none", "a-gen", "c-none"};
    QTest::newRow("round_robin: turns by id")
        << "round_robin" << QStringList{"a-gen", "b-pro", "c-none", "a-gen", "b-pro"};
}

void TestEngineQueues::strategyPicksTheAgent()
{
    QFETCH(QString, strategy);
    QFETCH(QStringList, owners);
    EngineFixture fx(strategyTeam(strategy));
    fx.clock().advance(3600'000); // everyone has been idle for an hour
    fx.connect({"a-gen", "b-pro", "c-none"});
    QStringList actual;
    for (int i = 0; i < owners.size(); ++i)
        actual.append(
            ownerOf(fx.engine(), fx.startConversation(QStringLiteral("technical"), QStringLiteral("报错"))));
    QCOMPARE(actual, owners);
}

void TestEngineQueues::defaultQueuesFollowTheTeam()
{
    EngineFixture fx; // the shared test team: sales (pre_sales) and tech (technical)
    QStringList ids;
    QList<QStringList> skills;
    for (const QueueDefinition &q : fx.engine().queues().definitions()) {
        ids.append(q.id);
        skills.append(q.match.skills);
    }
    QCOMPARE(ids, (QStringList{"urgent", "vip", "dept-sales", "dept-tech", "normal", "overflow"}));
    QCOMPARE(skills[2], QStringList{"pre_sales"});
    QCOMPARE(skills[3], QStringList{"technical"});
    // A technical question lands in the tech queue, a VIP in the VIP queue, the rest in normal.
    const QueueBook &book = fx.engine().queues();
    Conversation c;
    c.requiredSkills = {QStringLiteral("technical")};
    c.queuedMs = fx.clock().nowMs();
    QCOMPARE(book.definitions()[book.queueOf(c, 0, c.queuedMs)].id, QStringLiteral("dept-tech"));
    QCOMPARE(book.definitions()[book.queueOf(c, 2, c.queuedMs)].id, QStringLiteral("vip"));
    c.requiredSkills.clear();
    QCOMPARE(book.definitions()[book.queueOf(c, 0, c.queuedMs)].id, QStringLiteral("normal"));
    c.priority = 2;
    QCOMPARE(book.definitions()[book.queueOf(c, 0, c.queuedMs)].id, QStringLiteral("urgent"));
}

void TestEngineQueues::queueConfigErrors_data()
{
    QTest::addColumn<QString>("queues");
    QTest::addColumn<QString>("error");
    QTest::newRow("strategy") << R"([{"id":"a","strategy":"lottery"}])"
                              << "queues[0]: \"strategy\"";
    QTest::newRow("duplicate") << R"([{"id":"a"},{"id":"a"}])"
                               << "queues[1]: duplicate id";
    QTest::newRow("department") << R"([{"id":"a","match":{"departments":["hr"]}}])"
                                << "unknown department \"hr\"";
    QTest::newRow("overflow target") << R"([{"id":"a","overflow":{"afterMs":1000,"to":"b"}}])"
                                     << "overflow to unknown queue";
    QTest::newRow("overflow half") << R"([{"id":"a","overflow":{"afterMs":1000}}])"
                                   << "\"overflow\" needs both";
    QTest::newRow("cycle")
        << R"([{"id":"a","overflow":{"afterMs":1000,"to":"b"}},{"id":"b","overflow":{"afterMs":1000,"to":"a"}}])"
        << "overflow chain returns";
    QTest::newRow("service level") << R"([{"id":"a","serviceLevel":{"targetMs":10,"share":0.8}}])"
                                   << "\"serviceLevel\"";
    QTest::newRow("sessions") << R"([{"id":"a","maxConcurrentSessions":-1}])"
                              << "\"maxConcurrentSessions\"";
}

void TestEngineQueues::queueConfigErrors()
{
    QFETCH(QString, queues);
    QFETCH(QString, error);
    const QByteArray json =
        QStringLiteral(R"({"departments":[{"id":"tech"}],"queues":%1,"agents":[]})").arg(queues).toUtf8();
    QString message;
    QVERIFY(!TeamConfig::parse(json, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

void TestEngineQueues::overflowOpensTheQueueToEveryone()
{
    EngineFixture fx;      // default queues: dept-sales overflows to overflow after 60 s
    fx.connect({"carol"}); // tech only: does not serve the sales queue
    const qint64 id = fx.startConversation(QStringLiteral("pre_sales"), QStringLiteral("买手机"));
    QCOMPARE(ownerOf(fx.engine(), id), QString());
    fx.clock().advance(59'000);
    QCOMPARE(ownerOf(fx.engine(), id), QString());
    fx.clock().advance(1'000); // the engine woke itself at the overflow moment
    QCOMPARE(ownerOf(fx.engine(), id), QStringLiteral("carol"));
}

void TestEngineQueues::maxConcurrentSessionsCapsTheQueue()
{
    QByteArray json = strategyTeam(QStringLiteral("fifo"));
    json.replace(R"("strategy": "fifo")", R"("strategy": "fifo", "maxConcurrentSessions": 1)");
    EngineFixture fx(json);
    fx.connect({"a-gen"}); // may hold four chats, but only one from this queue
    const qint64 first = fx.startConversation({}, QStringLiteral("一"));
    const qint64 second = fx.startConversation({}, QStringLiteral("二"));
    QCOMPARE(ownerOf(fx.engine(), first), QStringLiteral("a-gen"));
    QCOMPARE(ownerOf(fx.engine(), second), QString());
}

void TestEngineQueues::customerWordsSetTheSkill_data()
{
    QTest::addColumn<QString>("pageSkill");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("skill");
    QTest::addColumn<QString>("queue");
    QTest::newRow("technical words") << "" << "App 一直闪退" << "technical" << "dept-tech";
    QTest::newRow("pre-sales words") << "" << "这款有优惠吗" << "pre_sales" << "dept-sales";
    QTest::newRow("no skill words") << "" << "你好" << "" << "normal";
    QTest::newRow("the page's skill stays") << "pre_sales" << "App 一直闪退" << "pre_sales" << "dept-sales";
}

void TestEngineQueues::customerWordsSetTheSkill()
{
    QFETCH(QString, pageSkill);
    QFETCH(QString, text);
    QFETCH(QString, skill);
    QFETCH(QString, queue);
    EngineFixture fx; // nobody online: the conversation waits and shows its queue
    const qint64 id = fx.startConversation(pageSkill, text);
    const Conversation c = fx.engine().state().conversations.value(id);
    QCOMPARE(c.requiredSkills.value(0), skill);
    const QueueBook &book = fx.engine().queues();
    QCOMPARE(book.definitions()[book.queueOf(c, 0, fx.clock().nowMs())].id, queue);
    fx.restart(); // the skill was stored
    QCOMPARE(fx.engine().state().conversations.value(id).requiredSkills.value(0), skill);
}

void TestEngineQueues::workConservation_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 7u, 42u, 2026u, 90210u})
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

// Property: after any event, no agent with room in a queue stays idle while that queue has a
// customer waiting. Random arrivals, closes, status changes and clock jumps past overflow times.
void TestEngineQueues::workConservation()
{
    QFETCH(quint32, seed);
    EngineFixture fx;
    QRandomGenerator random(seed);
    const QStringList agents{"alice", "bob", "eve", "carol", "dave"};
    const QStringList skills{"pre_sales", "technical", "", "billing"};
    const QStringList statuses{"online", "away", "busy", "online"};
    int checkedWaiting = 0;
    for (int step = 0; step < 300; ++step) {
        const int kind = random.bounded(10);
        if (kind < 4) {
            fx.startConversation(skills[random.bounded(skills.size())], QStringLiteral("问题"),
                                 random.bounded(5) == 0 ? QStringLiteral("vip-1") : QString());
        } else if (kind < 7) {
            QList<Conversation> active;
            for (const Conversation &c : fx.engine().state().conversations) {
                if (c.state == ConversationState::Active)
                    active.append(c);
            }
            if (!active.isEmpty()) {
                const Conversation c = active[random.bounded(active.size())];
                QVERIFY(fx.engine().closeConversation(c.ownerId, c.id, true).ok());
            }
        } else if (kind < 9) {
            const QString agent = agents[random.bounded(agents.size())];
            fx.engine().agentConnected(agent);
            QVERIFY(fx.engine().setStatus(agent, statuses[random.bounded(statuses.size())]).ok());
        } else {
            fx.clock().advance(random.bounded(90'000));
        }
        const QueueBook &book = fx.engine().queues();
        const qint64 now = fx.clock().nowMs();
        for (const Conversation &c : fx.engine().state().conversations) {
            if (c.state != ConversationState::Queued)
                continue;
            ++checkedWaiting;
            const int vip = fx.engine().state().customers.value(c.id).vipLevel;
            const QueueDefinition &queue = book.definitions()[book.queueOf(c, vip, now)];
            for (const AgentState &a : fx.engine().state().agents)
                QVERIFY2(!book.hasRoom(queue, a),
                         qPrintable(QStringLiteral("step %1: %2 idle while %3 waits in %4")
                                        .arg(step)
                                        .arg(a.agent.id)
                                        .arg(c.id)
                                        .arg(queue.id)));
        }
    }
    QVERIFY2(checkedWaiting > 0, "the sequence never made anyone wait: the property was not exercised");
}

QTEST_GUILESS_MAIN(TestEngineQueues)
#include "tst_engine_queues.moc"
