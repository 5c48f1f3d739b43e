#include "core/eventtypes.h"
#include "support/enginefixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace baton;
using namespace baton::test;

namespace {

// Sales: s1, s2, s3 (two chats each; s3 never signs in) and lead-s; tech: t1 and lead-t; a supervisor.
QByteArray teamJson()
{
    return R"({
  "engine": { "passwordIterations": 1000, "offlineGraceMs": 2000 },
  "departments": [ { "id": "sales", "name": "销售部" }, { "id": "tech", "name": "技术部" } ],
  "agents": [
    { "id": "s1", "department": "sales", "maxSessions": 2, "password": "pw", "skills": { "pre_sales": "primary" } },
    { "id": "s2", "department": "sales", "maxSessions": 2, "password": "pw", "skills": { "pre_sales": "secondary" } },
    { "id": "s3", "department": "sales", "maxSessions": 2, "password": "pw", "skills": { "pre_sales": "secondary" } },
    { "id": "lead-s", "department": "sales", "role": "team_lead", "level": 4, "maxSessions": 0, "password": "pw" },
    { "id": "t1", "department": "tech", "maxSessions": 2, "password": "pw", "skills": { "technical": "primary" } },
    { "id": "lead-t", "department": "tech", "role": "team_lead", "level": 4, "maxSessions": 0, "password": "pw" },
    { "id": "boss", "department": "sales", "role": "supervisor", "level": 5, "maxSessions": 0, "password": "pw" }
  ]
})";
}

constexpr qint64 tenMinutes = 10 * 60 * 1000;

QStringList eventsOf(const QSignalSpy &spy, const QLatin1String &type)
{
    QStringList agents;
    for (const auto &e : spy) {
        if (e[2].toString() == type)
            agents.append(e[0].toString());
    }
    return agents;
}

} // namespace

// F2.5 on the engine: OVERLOAD_WARNING, BATCH_TRANSFER and OPEN_OVERFLOW.
class TestEngineOverload : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void permissions_data();
    void permissions();
    void overloadWarnsOncePerEpisode();
    void batchTransferReportsEachItem_data();
    void batchTransferReportsEachItem();
    void overflowCapacityClosesByItself();
    void overflowToDepartmentRoutesWaiting();
    void overflowValidation_data();
    void overflowValidation();

private:
    Engine &engine() { return m_fx->engine(); }
    const AgentState &agent(const char *id)
    {
        for (const AgentState &a : engine().state().agents) {
            if (a.agent.id == QLatin1String(id))
                return a;
        }
        qFatal("no agent %s in the test team", id);
    }
    std::unique_ptr<EngineFixture> m_fx;
};

void TestEngineOverload::init()
{
    m_fx = std::make_unique<EngineFixture>(teamJson());
}

void TestEngineOverload::cleanup()
{
    m_fx.reset();
}

void TestEngineOverload::permissions_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<int>("error"); // -1: allowed; for BATCH_TRANSFER the one item's error
    const int denied = EngineError::PermissionDenied;
    // BATCH_TRANSFER moves s1's chat to s2.
    QTest::newRow("owner batch-transfers") << "BATCH_TRANSFER" << "s1" << -1;
    QTest::newRow("colleague batch-transfers") << "BATCH_TRANSFER" << "t1" << denied;
    QTest::newRow("lead batch-transfers own team") << "BATCH_TRANSFER" << "lead-s" << -1;
    QTest::newRow("lead batch-transfers other team") << "BATCH_TRANSFER" << "lead-t" << denied;
    QTest::newRow("supervisor batch-transfers") << "BATCH_TRANSFER" << "boss" << -1;
    // OPEN_OVERFLOW for sales.
    QTest::newRow("agent opens overflow") << "OPEN_OVERFLOW" << "s1" << denied;
    QTest::newRow("lead opens own overflow") << "OPEN_OVERFLOW" << "lead-s" << -1;
    QTest::newRow("lead opens other overflow") << "OPEN_OVERFLOW" << "lead-t" << denied;
    QTest::newRow("supervisor opens overflow") << "OPEN_OVERFLOW" << "boss" << -1;
}

void TestEngineOverload::permissions()
{
    QFETCH(QString, request);
    QFETCH(QString, actor);
    QFETCH(int, error);
    m_fx->connect({"s1", "s2"});
    QVERIFY(engine().setStatus(QStringLiteral("s2"), QStringLiteral("busy")).ok());
    const qint64 id = m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("你好"));
    QCOMPARE(engine().state().conversations.value(id).ownerId, QStringLiteral("s1"));
    QVERIFY(engine().setStatus(QStringLiteral("s2"), QStringLiteral("online")).ok());
    if (request == QLatin1String("BATCH_TRANSFER")) {
        const EngineResult r = engine().batchTransfer(
            actor, QJsonArray{QJsonObject{{QStringLiteral("conversationId"), id}, {QStringLiteral("to"), QStringLiteral("s2")}}});
        QVERIFY(r.ok());
        const QJsonObject item = r.payload[QStringLiteral("results")][0].toObject();
        QCOMPARE(item[QStringLiteral("ok")].toBool(), error < 0);
        if (error >= 0)
            QCOMPARE(item[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(engine().state().pendingTransfers.contains(id), error < 0);
        return;
    }
    const EngineResult r = engine().openOverflow(actor, {QStringLiteral("sales"), 1, {}, tenMinutes});
    QCOMPARE(r.ok() ? -1 : int(r.error->kind), error);
    QCOMPARE(agent("s2").agent.maxSessions, error < 0 ? 3 : 2);
}

void TestEngineOverload::overloadWarnsOncePerEpisode()
{
    m_fx->connect({"s1", "t1"});
    QSignalSpy events(&engine(), &Engine::agentEvent);
    m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("买手机"));
    const qint64 second = m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("买手机"));
    QVERIFY(eventsOf(events, msg::OverloadWarning).isEmpty()); // at capacity, but nobody waits
    m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("买耳机"));
    QCOMPARE(eventsOf(events, msg::OverloadWarning), QStringList{"s1"});
    QJsonObject warning;
    for (const auto &e : events) {
        if (e[2].toString() == msg::OverloadWarning)
            warning = e[3].toJsonObject();
    }
    QCOMPARE(warning[QStringLiteral("load")].toInt(), 2);
    QCOMPARE(warning[QStringLiteral("waiting")].toInt(), 1);
    // t1 has room (another department: no one of sales is free).
    QCOMPARE(warning[QStringLiteral("suggestions")][0][QStringLiteral("id")].toString(), QStringLiteral("t1"));
    // Still overloaded: a fourth customer does not warn again.
    m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("买电脑"));
    QCOMPARE(eventsOf(events, msg::OverloadWarning).size(), 1);
    // s1 closes two chats, takes both waiting customers: the queue is empty, the episode over.
    QVERIFY(engine().closeConversation(QStringLiteral("s1"), second, true).ok());
    const auto owned = [this] {
        QList<qint64> ids;
        for (const Conversation &c : engine().state().conversations) {
            if (c.ownerId == QLatin1String("s1"))
                ids.append(c.id);
        }
        return ids;
    };
    QVERIFY(engine().closeConversation(QStringLiteral("s1"), owned().first(), true).ok());
    QCOMPARE(owned().size(), 2);
    m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("再问一下"));
    QCOMPARE(eventsOf(events, msg::OverloadWarning).size(), 2);
}

void TestEngineOverload::batchTransferReportsEachItem_data()
{
    QTest::addColumn<QString>("item"); // the second item of the batch
    QTest::addColumn<QString>("code");  // its expected result; empty: ok
    QTest::newRow("both succeed") << "second to s2" << "";
    QTest::newRow("unknown conversation") << "999 to s2" << "NOT_FOUND";
    QTest::newRow("target offline") << "second to s3" << "TARGET_UNAVAILABLE";
    QTest::newRow("target beyond the agent's reach") << "second to t1" << "PERMISSION_DENIED";
    QTest::newRow("same conversation twice") << "first to s2" << "CONFLICT";
    QTest::newRow("unknown target") << "second to nobody" << "NOT_FOUND";
    QTest::newRow("malformed item") << "malformed" << "INVALID_FIELD";
}

void TestEngineOverload::batchTransferReportsEachItem()
{
    QFETCH(QString, item);
    QFETCH(QString, code);
    m_fx->connect({"s1", "s2", "t1"});
    QVERIFY(engine().setStatus(QStringLiteral("s2"), QStringLiteral("busy")).ok());
    QVERIFY(engine().setStatus(QStringLiteral("t1"), QStringLiteral("away")).ok());
    const qint64 first = m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("一"));
    const qint64 second = m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("二"));
    QVERIFY(engine().setStatus(QStringLiteral("s2"), QStringLiteral("online")).ok());
    const QStringList words = item.split(QLatin1Char(' '));
    QJsonValue other = QStringLiteral("not an object");
    if (words.size() == 3) {
        const qint64 id = words[0] == QLatin1String("first") ? first : words[0] == QLatin1String("second") ? second : words[0].toLongLong();
        other = QJsonObject{{QStringLiteral("conversationId"), id}, {QStringLiteral("to"), words[2]}};
    }
    const QJsonObject note{{QStringLiteral("remarks"), QStringLiteral("忙不过来")}};
    const EngineResult r = engine().batchTransfer(
        QStringLiteral("s1"),
        QJsonArray{QJsonObject{{QStringLiteral("conversationId"), first}, {QStringLiteral("to"), QStringLiteral("s2")},
                               {QStringLiteral("note"), note}},
                   other});
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error->message));
    const QJsonArray results = r.payload[QStringLiteral("results")].toArray();
    QCOMPARE(results.size(), 2);
    QVERIFY(results[0][QStringLiteral("ok")].toBool());
    QCOMPARE(results[0][QStringLiteral("transfer")][QStringLiteral("to")].toString(), QStringLiteral("s2"));
    QCOMPARE(results[1][QStringLiteral("ok")].toBool(), code.isEmpty());
    QCOMPARE(results[1][QStringLiteral("error")][QStringLiteral("code")].toString(), code);
    QCOMPARE(r.payload[QStringLiteral("succeeded")].toInt(), code.isEmpty() ? 2 : 1);
    QCOMPARE(r.payload[QStringLiteral("failed")].toInt(), code.isEmpty() ? 0 : 1);
    // One pending transfer record per successful item; the refused one changed nothing.
    QVERIFY(engine().state().pendingTransfers.contains(first));
    QCOMPARE(engine().state().pendingTransfers.contains(second), code.isEmpty());
    QCOMPARE(m_fx->store().transfersOf(first).size(), 1);
    QCOMPARE(m_fx->store().transfersOf(second).size(), code.isEmpty() ? 1 : 0);
    // The batch survives a restart as plain transfers.
    m_fx->restart();
    QCOMPARE(engine().state().pendingTransfers.contains(second), code.isEmpty());
}

void TestEngineOverload::overflowCapacityClosesByItself()
{
    m_fx->connect({"s1"});
    for (int i = 0; i < 3; ++i)
        m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("买手机"));
    QCOMPARE(agent("s1").load, 2);
    QSignalSpy stats(&engine(), &Engine::teamStats);
    QVERIFY(engine().teamWatch(QStringLiteral("lead-s")).ok());
    const EngineResult r = engine().openOverflow(QStringLiteral("lead-s"), {{}, 1, {}, tenMinutes});
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error->message));
    QCOMPARE(r.payload[QStringLiteral("overflow")][QStringLiteral("untilMs")].toInteger(), m_fx->clock().nowMs() + tenMinutes);
    QCOMPARE(agent("s1").load, 3); // the waiting customer is taken at once
    QCOMPARE(agent("s1").agent.maxSessions, 3);
    QCOMPARE(agent("lead-s").agent.maxSessions, 0); // leads without a capacity stay without
    QCOMPARE(engine().teamWatch(QStringLiteral("lead-s")).payload[QStringLiteral("overflows")].toArray().size(), 1);
    m_fx->clock().advance(tenMinutes - 1);
    QCOMPARE(agent("s1").agent.maxSessions, 3);
    m_fx->clock().advance(1);
    QCOMPARE(agent("s1").agent.maxSessions, 2);
    QCOMPARE(agent("s1").load, 3); // nobody loses a chat
    QVERIFY(engine().teamWatch(QStringLiteral("lead-s")).payload[QStringLiteral("overflows")].toArray().isEmpty());
    // The closing reached the watching lead as a snapshot without the overflow.
    QVERIFY(!stats.isEmpty());
    QVERIFY(stats.last()[1].toJsonObject()[QStringLiteral("overflows")].toArray().isEmpty());
    // Back to normal: a new customer waits.
    const qint64 id = m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("还有吗"));
    QVERIFY(engine().state().conversations.value(id).ownerId.isEmpty());
}

void TestEngineOverload::overflowToDepartmentRoutesWaiting()
{
    m_fx->connect({"s1", "t1"});
    QVERIFY(engine().setStatus(QStringLiteral("s1"), QStringLiteral("away")).ok());
    const qint64 waiting = m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("买手机"));
    QVERIFY(engine().state().conversations.value(waiting).ownerId.isEmpty()); // t1 has no pre-sales skill
    QVERIFY(engine().openOverflow(QStringLiteral("lead-s"), {{}, 0, QStringLiteral("tech"), tenMinutes}).ok());
    QCOMPARE(engine().state().conversations.value(waiting).ownerId, QStringLiteral("t1"));
    // The tech lead sees the overflow that sends sales work to their team.
    QCOMPARE(engine().teamWatch(QStringLiteral("lead-t")).payload[QStringLiteral("overflows")].toArray().size(), 1);
    m_fx->clock().advance(tenMinutes);
    const qint64 later = m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("再买一个"));
    QVERIFY(engine().state().conversations.value(later).ownerId.isEmpty());
}

void TestEngineOverload::overflowValidation_data()
{
    QTest::addColumn<QString>("department");
    QTest::addColumn<int>("extra");
    QTest::addColumn<QString>("to");
    QTest::addColumn<qint64>("durationMs");
    QTest::addColumn<int>("error");
    const int invalid = EngineError::InvalidArgument;
    QTest::newRow("both modes") << "" << 1 << "tech" << tenMinutes << invalid;
    QTest::newRow("neither mode") << "" << 0 << "" << tenMinutes << invalid;
    QTest::newRow("to itself") << "" << 0 << "sales" << tenMinutes << invalid;
    QTest::newRow("to nowhere") << "" << 0 << "legal" << tenMinutes << invalid;
    QTest::newRow("too many sessions") << "" << 11 << "" << tenMinutes << invalid;
    QTest::newRow("too short") << "" << 1 << "" << qint64(59'000) << invalid;
    QTest::newRow("too long") << "" << 1 << "" << qint64(9) * 3600 * 1000 << invalid;
    QTest::newRow("unknown department") << "legal" << 1 << "" << tenMinutes << int(EngineError::NotFound);
}

void TestEngineOverload::overflowValidation()
{
    QFETCH(QString, department);
    QFETCH(int, extra);
    QFETCH(QString, to);
    QFETCH(qint64, durationMs);
    QFETCH(int, error);
    const EngineResult r = engine().openOverflow(QStringLiteral("boss"), {department, extra, to, durationMs});
    QCOMPARE(r.ok() ? -1 : int(r.error->kind), error);
    QCOMPARE(agent("s1").agent.maxSessions, 2);
    QVERIFY(engine().teamWatch(QStringLiteral("boss")).payload[QStringLiteral("overflows")].toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestEngineOverload)
#include "tst_engine_overload.moc"
