#include "support/enginefixture.h"

#include "core/eventtypes.h"
#include "engine/servicemetricsquery.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace baton;
using namespace baton::test;

// F5 on the engine: robot tier, escalation, three strikes, green channel, masking across messages,
// queue estimates and satisfaction.
class TestEngineCustomer : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void turns_data();
    void turns();
    void greenChannelWhileWaitingMovesUp();
    void splitCardIsMaskedInBothMessages();
    void waitEstimateFollowsHandlingTimes();
    void statusIsRepeatedWhileWaiting();
    void ratingCountsForTheClosingAgent();
    void customerWhoLeavesWhileWaiting_data();
    void customerWhoLeavesWhileWaiting();

private:
    qint64 startWithRobot(const QString &language = QStringLiteral("zh"));
    Conversation conversation(qint64 id) const { return m_fx->engine().state().conversations.value(id); }
    const AgentState &agent(const char *id) const
    {
        for (const AgentState &a : m_fx->engine().state().agents) {
            if (a.agent.id == QLatin1String(id))
                return a;
        }
        qFatal("no agent %s", id);
    }
    QList<QJsonObject> visitorEvents(qint64 id, const QString &type) const;
    std::unique_ptr<EngineFixture> m_fx;
    std::unique_ptr<QSignalSpy> m_visitor;
};

void TestEngineCustomer::init()
{
    m_fx = std::make_unique<EngineFixture>();
    m_visitor = std::make_unique<QSignalSpy>(&m_fx->engine(), &Engine::visitorEvent);
}

void TestEngineCustomer::cleanup()
{
    m_visitor.reset();
    m_fx.reset();
}

qint64 TestEngineCustomer::startWithRobot(const QString &language)
{
    const EngineResult r = m_fx->engine().startVisitor({QStringLiteral("访客"), {}, QStringLiteral("pre_sales"), {}, false, language});
    return qint64(r.payload.value(QStringLiteral("conversationId")).toDouble());
}

QList<QJsonObject> TestEngineCustomer::visitorEvents(qint64 id, const QString &type) const
{
    QList<QJsonObject> out;
    for (const QList<QVariant> &e : *m_visitor) {
        if (e.at(0).toLongLong() == id && e.at(1).toString() == type)
            out.append(e.at(2).toJsonObject());
    }
    return out;
}

void TestEngineCustomer::turns_data()
{
    // Customer turns separated by "|"; the state after the last, the escalation reason, and priority.
    QTest::addColumn<QString>("turns");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("priority");
    QTest::newRow("one word to a human") << "转人工" << "active" << "asked" << 0;
    QTest::newRow("faq answers, stays with robot") << "什么时候发货" << "robot" << "" << 0;
    QTest::newRow("negation keeps robot") << "不用转人工了" << "robot" << "" << 0;
    QTest::newRow("labour cost is a question") << "人工费怎么算" << "robot" << "" << 0;
    QTest::newRow("two misses, then an answer") << "天气如何|你好呀|退款多久到账" << "robot" << "" << 0;
    QTest::newRow("three misses escalate") << "天气如何|你好呀|随便聊聊" << "active" << "robot_unresolved" << 0;
    QTest::newRow("an answer resets the count") << "天气如何|你好呀|发票|随便聊聊|再聊聊" << "robot" << "" << 0;
    QTest::newRow("complaint") << "我要投诉" << "active" << "complaint" << 1;
    QTest::newRow("urgent") << "紧急情况" << "active" << "urgent" << 2;
    QTest::newRow("green channel") << "我被骗了" << "active" << "green_channel" << 3;
}

void TestEngineCustomer::turns()
{
    QFETCH(QString, turns);
    QFETCH(QString, state);
    QFETCH(QString, reason);
    QFETCH(int, priority);
    m_fx->connect({"alice"});
    const qint64 id = startWithRobot();
    QCOMPARE(conversation(id).state, ConversationState::Robot);
    for (const QString &t : turns.split(QLatin1Char('|')))
        QVERIFY(m_fx->engine().customerMessage(id, t).ok());
    const Conversation c = conversation(id);
    QCOMPARE(conversationStateName(c.state), state);
    QCOMPARE(c.escalation, reason);
    QCOMPARE(c.priority, priority);
    // The robot answered every turn it kept, and the agent sees the whole robot exchange.
    const QList<Message> history = m_fx->store().messages(id, 0, 100);
    QVERIFY(history.size() > turns.count(QLatin1Char('|')) + 1);
    QCOMPARE(history.first().senderKind, SenderKind::Robot);
}

void TestEngineCustomer::greenChannelWhileWaitingMovesUp()
{
    const qint64 first = m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("在吗"));
    const qint64 second = m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("你好"));
    QCOMPARE(conversation(second).state, ConversationState::Queued);
    QVERIFY(m_fx->engine().customerMessage(second, QStringLiteral("我的账户被冻结了")).ok());
    QCOMPARE(conversation(second).priority, 3);
    QCOMPARE(conversation(second).escalationTopic, QStringLiteral("account_frozen"));
    QSignalSpy agentEvents(&m_fx->engine(), &Engine::agentEvent);
    m_fx->connect({"alice"}); // alice has room for both, but the urgent one goes first
    QList<qint64> assignedOrder;
    for (const QList<QVariant> &e : agentEvents) {
        if (e.at(2).toString() == msg::ConversationAssigned)
            assignedOrder.append(qint64(e.at(3).toJsonObject()[QStringLiteral("conversation")].toObject()[QStringLiteral("id")].toDouble()));
    }
    QCOMPARE(assignedOrder, (QList<qint64>{second, first}));
    QCOMPARE(visitorEvents(second, msg::Status).last().value(QStringLiteral("state")).toString(), QStringLiteral("active"));
}

void TestEngineCustomer::splitCardIsMaskedInBothMessages()
{
    m_fx->connect({"alice"});
    const qint64 id = m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("查一下扣款"));
    QVERIFY(m_fx->engine().customerMessage(id, QStringLiteral("卡号 6222 0212")).ok());
    const EngineResult second = m_fx->engine().customerMessage(id, QStringLiteral("3456 7890 123"));
    QVERIFY(second.ok());
    QCOMPARE(second.payload[QStringLiteral("message")].toObject()[QStringLiteral("text")].toString(),
             QStringLiteral("**** ***0 123"));
    const QList<Message> h = m_fx->store().messages(id, 0, 100);
    QStringList texts;
    for (const Message &m : h)
        texts.append(m.text);
    QVERIFY2(texts.contains(QStringLiteral("卡号 **** ****")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(!texts.join(QString()).contains(QStringLiteral("0212")));
    // Nothing in the database file holds the digits either (rewritten in place).
    QFile db(m_fx->databasePath());
    QVERIFY(db.open(QIODevice::ReadOnly));
    QVERIFY(!db.readAll().contains(QStringLiteral("6222 0212 3456").toUtf8()));
    QCOMPARE(visitorEvents(id, msg::MessageUpdated).size(), 1);
}

void TestEngineCustomer::waitEstimateFollowsHandlingTimes()
{
    m_fx->connect({"alice"}); // pre_sales: alice (max 3 in the test team) …
    const int capacity = agent("alice").agent.maxSessions;
    // Fill alice and close one after 100 s, so the median handling time is known.
    QList<qint64> owned;
    for (int i = 0; i < capacity; ++i)
        owned.append(m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("问题")));
    m_fx->clock().advance(100'000);
    QVERIFY(m_fx->engine().closeConversation(QStringLiteral("alice"), owned.first(), true).ok());
    owned.removeFirst();
    owned.append(m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("问题"))); // takes the slot
    const qint64 waiting = m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("排队"));
    QCOMPARE(conversation(waiting).state, ConversationState::Queued);
    QVERIFY(m_fx->engine().visitorStatus(waiting).ok()); // as the customer endpoint does once bound
    const QJsonObject status = visitorEvents(waiting, msg::Status).last();
    QCOMPARE(status[QStringLiteral("position")].toInt(), 1);
    QCOMPARE(status[QStringLiteral("basedOnSamples")].toInt(), 1);
    const int online = [&] {
        int s = 0;
        for (const AgentState &a : m_fx->engine().state().agents)
            s += a.agent.status == AgentStatus::Online ? a.agent.maxSessions : 0;
        return s;
    }();
    QCOMPARE(status[QStringLiteral("estimatedWaitSeconds")].toInt(), (100 + online - 1) / online);
}

void TestEngineCustomer::statusIsRepeatedWhileWaiting()
{
    const qint64 id = m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("有人吗"));
    const qsizetype before = visitorEvents(id, msg::Status).size();
    m_fx->clock().advance(20'000);
    m_fx->clock().advance(20'000);
    const QList<QJsonObject> after = visitorEvents(id, msg::Status);
    QVERIFY2(after.size() >= before + 2, qPrintable(QString::number(after.size() - before)));
    QVERIFY(after.last()[QStringLiteral("estimatedWaitSeconds")].isNull()); // nobody online
}

void TestEngineCustomer::ratingCountsForTheClosingAgent()
{
    m_fx->connect({"alice"});
    const qint64 id = m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("咨询"));
    QCOMPARE(m_fx->engine().rateConversation(id, 5, {}).error->kind, EngineError::Conflict); // still open
    const double before = agent("alice").performance.rating();
    QVERIFY(m_fx->engine().closeConversation(QStringLiteral("alice"), id, true).ok());
    const EngineResult rated = m_fx->engine().rateConversation(id, 1, QStringLiteral("太慢了，电话13812345678"));
    QVERIFY(rated.ok());
    QCOMPARE(rated.payload[QStringLiteral("agent")].toString(), QStringLiteral("alice"));
    QVERIFY(agent("alice").performance.rating() < before);
    QCOMPARE(m_fx->engine().rateConversation(id, 5, {}).error->kind, EngineError::Conflict); // once only
    m_fx->restart(); // the figure comes back from the store
    QVERIFY(agent("alice").performance.rating() < before);
}

void TestEngineCustomer::customerWhoLeavesWhileWaiting_data()
{
    // Nobody is online, so a customer who asks for a person waits in the queue.
    QTest::addColumn<bool>("human");        // queued at once, or with the robot
    QTest::addColumn<qint64>("returnsAfterMs"); // the page comes back (a reload); 0: never
    QTest::addColumn<QString>("state");     // after the grace
    QTest::addColumn<int>("leftWhileWaiting");
    QTest::newRow("queued, page closed") << true << qint64(0) << "closed" << 1;
    QTest::newRow("queued, reloaded within the grace") << true << qint64(59'000) << "queued" << 0;
    QTest::newRow("with the robot, page closed") << false << qint64(0) << "closed" << 0;
}

void TestEngineCustomer::customerWhoLeavesWhileWaiting()
{
    QFETCH(bool, human);
    QFETCH(qint64, returnsAfterMs);
    QFETCH(QString, state);
    QFETCH(int, leftWhileWaiting);
    Engine &engine = m_fx->engine();
    const EngineResult r = engine.startVisitor({QStringLiteral("访客"), {}, QStringLiteral("pre_sales"), {}, human, "zh"});
    const qint64 id = qint64(r.payload.value(QStringLiteral("conversationId")).toDouble());
    const qint64 other = qint64(engine.startVisitor({QStringLiteral("后来者"), {}, {}, {}, true, "zh"})
                                    .payload.value(QStringLiteral("conversationId")).toDouble());
    engine.visitorConnected(id);
    engine.visitorConnected(id); // a second tab
    engine.visitorDisconnected(id);
    m_fx->clock().advance(120'000);
    QVERIFY(engine.state().conversations.contains(id)); // one tab is still open
    engine.visitorDisconnected(id);
    if (returnsAfterMs > 0) {
        m_fx->clock().advance(returnsAfterMs);
        engine.visitorConnected(id);
    }
    m_fx->clock().advance(59'999);
    QVERIFY(engine.state().conversations.contains(id) || returnsAfterMs == 0);
    m_fx->clock().advance(61'000);
    const auto stored = m_fx->store().conversation(id);
    QVERIFY(stored);
    QCOMPARE(conversationStateName(stored->state), state);
    QCOMPARE(engine.state().conversations.contains(id), state != "closed");
    QVERIFY(engine.state().conversations.contains(other)); // never connected: nothing to leave
    const EngineResult metrics =
        ServiceMetricsQuery::run(m_fx->store().database().connection(), {}, ReportGrouping::Agent);
    QCOMPARE(metrics.payload.value("rows").toArray().first().toObject().value("leftWhileWaiting").toInt(),
             leftWhileWaiting);
    if (state == "closed" && human) // the one behind moved up and heard so
        QCOMPARE(visitorEvents(other, "STATUS").last().value("position").toInt(), 1);
}

QTEST_GUILESS_MAIN(TestEngineCustomer)
#include "tst_engine_customer.moc"
