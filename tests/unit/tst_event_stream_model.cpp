#include "engine/groupcommit.h"
#include "support/enginefixture.h"
#include "support/eventrecorder.h"
#include "support/testteam.h"

#include <QRandomGenerator>
#include <QTest>

using namespace baton;
using namespace baton::test;

// Random sequences of everything that raises agent events — messages, transfers accepted, rejected,
// cancelled and timed out, reassignments, closings, sign-ins that prune (retention 100), restarts,
// group commit on and off, store writes that fail inside a command and a batch whose COMMIT fails —
// and then, for every agent, RESUME must give back exactly what was sent live from the oldest event
// kept, any page of it, with `gap` below the floor and the right `lastSeq`. Fixed seeds: a failure
// names the seed and the last steps, and replays the same way.
class TestEventStreamModel : public QObject {
    Q_OBJECT
private slots:
    void resumeMatchesWhatWasSent_data();
    void resumeMatchesWhatWasSent();
};

namespace {

const QStringList agents{QStringLiteral("alice"), QStringLiteral("bob"),  QStringLiteral("carol"),
                         QStringLiteral("dave"),  QStringLiteral("eve"),  QStringLiteral("linxiao")};

// Makes the store refuse the next write of one kind, the way a full disk or a broken file would.
void installFailureSwitches(Database &db)
{
    const QStringList statements{
        QStringLiteral("CREATE TABLE fail_next(kind INTEGER)"),
        QStringLiteral("CREATE TABLE parent(id INTEGER PRIMARY KEY)"),
        QStringLiteral("CREATE TABLE child(p INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)"),
        QStringLiteral("CREATE TRIGGER fail_message BEFORE INSERT ON messages WHEN EXISTS(SELECT 1 FROM fail_next "
                       "WHERE kind=1) BEGIN SELECT RAISE(ABORT, 'injected'); END"),
        QStringLiteral("CREATE TRIGGER fail_route BEFORE INSERT ON message_routes WHEN EXISTS(SELECT 1 FROM "
                       "fail_next WHERE kind=2) BEGIN SELECT RAISE(ABORT, 'injected'); END"),
        QStringLiteral("CREATE TRIGGER fail_route_end BEFORE UPDATE ON message_routes WHEN EXISTS(SELECT 1 FROM "
                       "fail_next WHERE kind=3) BEGIN SELECT RAISE(ABORT, 'injected'); END"),
        QStringLiteral("CREATE TRIGGER fail_event BEFORE INSERT ON events WHEN EXISTS(SELECT 1 FROM fail_next "
                       "WHERE kind=4) BEGIN SELECT RAISE(ABORT, 'injected'); END")};
    for (const QString &sql : statements)
        QVERIFY2(db.execSql(sql), qPrintable(db.error()));
}

} // namespace

void TestEventStreamModel::resumeMatchesWhatWasSent_data()
{
    QTest::addColumn<int>("seed");
    for (int seed = 1; seed <= 16; ++seed)
        QTest::addRow("seed %d", seed) << seed;
}

void TestEventStreamModel::resumeMatchesWhatWasSent()
{
    QFETCH(int, seed);
    QByteArray team = teamJson(30000, 0);
    team.replace("\"passwordIterations\": 1000,", "\"passwordIterations\": 1000, \"eventRetention\": 100,");
    EngineFixture fx(team);
    EventRecorder recorder(fx);
    fx.connect({"alice", "bob", "carol", "dave", "linxiao"});
    installFailureSwitches(fx.store().database());
    QRandomGenerator rng{quint32(seed)};
    QStringList steps;
    bool batching = false;
    auto stopBatching = [&] {
        if (batching) {
            fx.engine().groupCommit().commit();
            fx.engine().groupCommit().setEnabled(false);
            batching = false;
        }
    };
    auto anyAgent = [&] { return agents.at(rng.bounded(int(agents.size()))); };
    for (int step = 0; step < 400; ++step) {
        Engine &e = fx.engine();
        QList<qint64> ids = e.state().conversations.keys();
        std::sort(ids.begin(), ids.end());
        const qint64 id = ids.isEmpty() ? 0 : ids.at(rng.bounded(int(ids.size())));
        const QString owner = id ? e.state().conversations.value(id).ownerId : QString();
        const qint64 pending = id ? fx.pendingTransferId(id) : 0;
        const int op = rng.bounded(100);
        if (op < 8 || ids.size() < 2) {
            fx.startConversation(rng.bounded(2) ? QStringLiteral("pre_sales") : QStringLiteral("technical"),
                                 QStringLiteral("你好"));
            steps << QStringLiteral("start");
        } else if (op < 40) {
            e.customerMessage(id, QStringLiteral("c%1").arg(step));
            steps << QStringLiteral("customer %1").arg(id);
        } else if (op < 52) {
            e.sendMessage(owner, id, QStringLiteral("a%1").arg(step));
            steps << QStringLiteral("reply %1").arg(id);
        } else if (op < 60) {
            e.requestTransfer(owner, id, anyAgent(), {});
            steps << QStringLiteral("transfer %1").arg(id);
        } else if (op < 70) {
            const Transfer t = e.state().pendingTransfers.value(id);
            const int how = rng.bounded(3);
            if (how == 0)
                e.acceptTransfer(t.toAgent, pending);
            else if (how == 1)
                e.rejectTransfer(t.toAgent, pending, QStringLiteral("忙"));
            else
                e.cancelTransfer(t.fromAgent, pending);
            steps << QStringLiteral("resolve %1 by %2").arg(id).arg(how);
        } else if (op < 74) {
            e.reassign(rng.bounded(2) ? QStringLiteral("linxiao") : QStringLiteral("dave"), id, anyAgent(),
                       rng.bounded(2) ? QStringLiteral("接一下") : QString());
            steps << QStringLiteral("reassign %1").arg(id);
        } else if (op < 80) {
            e.closeConversation(owner, id, true);
            steps << QStringLiteral("close %1").arg(id);
        } else if (op < 83) {
            fx.clock().advance(31'000);
            steps << QStringLiteral("31 s pass");
        } else if (op < 86) {
            e.completeLogin(anyAgent()); // prunes that agent's stream
            steps << QStringLiteral("sign-in");
        } else if (op < 88) {
            stopBatching();
            fx.restart(rng.bounded(2) * 31'000);
            fx.connect({"alice", "bob", "carol", "dave", "linxiao"});
            steps << QStringLiteral("restart");
        } else if (op < 93) {
            if (batching) {
                stopBatching();
            } else {
                e.groupCommit().setEnabled(true);
                batching = true;
            }
            steps << (batching ? QStringLiteral("batch on") : QStringLiteral("batch off"));
        } else if (op < 96) {
            const int kind = 1 + rng.bounded(4);
            fx.store().database().execSql(QStringLiteral("INSERT INTO fail_next VALUES(%1)").arg(kind));
            const int what = rng.bounded(4);
            if (what == 0)
                e.customerMessage(id, QStringLiteral("f%1").arg(step));
            else if (what == 1)
                e.closeConversation(owner, id, true);
            else if (what == 2)
                e.acceptTransfer(e.state().pendingTransfers.value(id).toAgent, pending);
            else
                fx.startConversation(QStringLiteral("pre_sales"), QStringLiteral("x"));
            fx.store().database().execSql(QStringLiteral("DELETE FROM fail_next"));
            steps << QStringLiteral("failing write %1 in command %2 on %3").arg(kind).arg(what).arg(id);
        } else if (op < 97 && batching) {
            // A deferred foreign key makes the whole batch fail at COMMIT.
            e.customerMessage(id, QStringLiteral("lost%1").arg(step));
            fx.store().database().execSql(QStringLiteral("INSERT INTO child VALUES(42)"));
            e.customerMessage(id, QStringLiteral("lost%1b").arg(step));
            e.groupCommit().commit();
            steps << QStringLiteral("batch fails at commit");
        } else {
            e.acceptTransfer(QStringLiteral("bob"), 987654); // refused before it changes anything
            steps << QStringLiteral("refused");
        }
    }
    stopBatching();
    const QString history = steps.mid(steps.size() - 30).join(QStringLiteral(" | "));
    for (int round = 0; round < 2; ++round) {
        for (const QString &agent : agents) {
            const QList<SentEvent> live = recorder.sentTo(agent);
            for (qsizetype i = 0; i < live.size(); ++i)
                QVERIFY2(live[i].seq == i + 1, qPrintable(QStringLiteral("%1 was sent %2 as its event %3 (%4)")
                                                             .arg(agent)
                                                             .arg(live[i].seq)
                                                             .arg(i + 1)
                                                             .arg(history)));
            bool gap = false;
            const QList<SentEvent> back = resumedEvents(fx.engine(), agent, 0, 100'000, &gap);
            const qint64 oldestKept = back.isEmpty() ? live.size() + 1 : back.first().seq;
            QString why = streamDifference(live.mid(oldestKept - 1), back);
            for (int k = 0; why.isEmpty() && k < 30 && !back.isEmpty(); ++k) {
                const qint64 after = oldestKept - 1 + rng.bounded(int(back.size()) + 1);
                const int limit = 1 + rng.bounded(7);
                why = streamDifference(live.mid(after, limit), resumedEvents(fx.engine(), agent, after, limit, &gap));
                if (why.isEmpty() && gap)
                    why = QStringLiteral("gap after %1").arg(after);
            }
            if (why.isEmpty() && oldestKept > 1) {
                resumedEvents(fx.engine(), agent, oldestKept - 2, 5, &gap);
                if (!gap)
                    why = QStringLiteral("no gap below the oldest event kept (%1)").arg(oldestKept);
            }
            if (why.isEmpty() && fx.store().eventLog().lastSeq(agent) != live.size())
                why = QStringLiteral("lastSeq %1, %2 sent").arg(fx.store().eventLog().lastSeq(agent)).arg(live.size());
            QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("round %1, %2: %3 (%4)").arg(round).arg(agent, why, history)));
        }
        fx.restart();
    }
}

QTEST_GUILESS_MAIN(TestEventStreamModel)
#include "tst_event_stream_model.moc"
