#include "core/eventtypes.h"
#include "support/enginefixture.h"
#include "support/eventrecorder.h"

#include <QJsonDocument>
#include <QTest>

using namespace baton;
using namespace baton::test;

// RESUME must hand an agent exactly the events it was sent live: same numbers, types and payloads,
// in order, without gaps — whether an event is an `events` row or a MESSAGE event kept on its
// message's row (EventLog), across transfers, previews, reassignments, closings and restarts.
class TestEventStream : public QObject {
    Q_OBJECT
private slots:
    void resumeReplaysWhatWasSent_data();
    void resumeReplaysWhatWasSent();
    void everyStartingPointGivesTheRest();
    void prunedMessageEventsAreAGap();
    void messageEventsStoredAsRowsStillReplay();
    void rolledBackCommandGivesItsNumbersBack();
};

namespace {

enum class Scenario {
    Replies,
    TransferAccepted,
    TransferRejected,
    TransferTimedOut,
    TimedOutWhileDown,
    TransferredBack,
    Reassigned,
    Closed
};

const QStringList agents{QStringLiteral("alice"), QStringLiteral("bob"),  QStringLiteral("carol"),
                         QStringLiteral("dave"),  QStringLiteral("eve"),  QStringLiteral("linxiao")};

// Restarts the engine and brings the agents back online.
void restartOnline(EngineFixture &fx, qint64 downtimeMs = 0)
{
    fx.restart(downtimeMs);
    fx.connect({"alice", "bob", "carol", "dave", "linxiao"});
}

void checkEveryAgent(EngineFixture &fx, const EventRecorder &recorder)
{
    for (const QString &agent : agents) {
        const QList<SentEvent> sent = recorder.sentTo(agent);
        for (qsizetype i = 0; i < sent.size(); ++i)
            QCOMPARE(sent[i].seq, i + 1);
        bool gap = true;
        const QString why = streamDifference(sent, resumedEvents(fx.engine(), agent, 0, 100'000, &gap));
        QVERIFY2(why.isEmpty(), qPrintable(agent + QStringLiteral(": ") + why));
        QVERIFY(!gap);
        QCOMPARE(fx.store().eventLog().lastSeq(agent), sent.size());
    }
}

QString messageText(const SentEvent &e)
{
    return QJsonDocument::fromJson(e.payload)[QStringLiteral("message")][QStringLiteral("text")].toString();
}

qint64 transferTo(EngineFixture &fx, const QString &from, qint64 id, const QString &to)
{
    if (!fx.engine().requestTransfer(from, id, to, {}).ok())
        return 0;
    return fx.pendingTransferId(id);
}

} // namespace

void TestEventStream::resumeReplaysWhatWasSent_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<bool>("restartMidway");
    const QList<std::pair<const char *, Scenario>> scenarios{
        {"replies", Scenario::Replies},
        {"transfer accepted", Scenario::TransferAccepted},
        {"transfer rejected", Scenario::TransferRejected},
        {"transfer timed out", Scenario::TransferTimedOut},
        {"transfer timed out while the engine was down", Scenario::TimedOutWhileDown},
        {"transferred there and back", Scenario::TransferredBack},
        {"reassigned by the team lead", Scenario::Reassigned},
        {"closed, then a new conversation", Scenario::Closed}};
    for (const auto &[name, scenario] : scenarios) {
        QTest::addRow("%s", name) << scenario << false;
        QTest::addRow("%s, restart midway", name) << scenario << true;
    }
}

void TestEventStream::resumeReplaysWhatWasSent()
{
    QFETCH(Scenario, scenario);
    QFETCH(bool, restartMidway);
    EngineFixture fx;
    EventRecorder recorder(fx);
    fx.connect({"alice"});
    const qint64 id = fx.startConversation(QStringLiteral("pre_sales"), QStringLiteral("你好"));
    fx.connect({"bob", "carol", "dave", "linxiao"});
    Engine *e = &fx.engine();
    auto customer = [&](const char *t) { QVERIFY(e->customerMessage(id, QString::fromUtf8(t)).ok()); };
    auto reply = [&](const char *agent, const char *t) {
        QVERIFY(e->sendMessage(QString::fromLatin1(agent), id, QString::fromUtf8(t)).ok());
    };
    auto midway = [&] {
        if (restartMidway) {
            restartOnline(fx);
            e = &fx.engine();
        }
    };
    customer("在吗");
    reply("alice", "您好，请讲");
    switch (scenario) {
    case Scenario::Replies:
        customer("订单没到");
        midway();
        reply("alice", "我查一下");
        customer("好的");
        break;
    case Scenario::TransferAccepted: {
        const qint64 t = transferTo(fx, QStringLiteral("alice"), id, QStringLiteral("carol"));
        QVERIFY(t != 0);
        customer("转给谁了");
        midway();
        customer("还在吗");
        QVERIFY(e->acceptTransfer(QStringLiteral("carol"), t).ok());
        customer("你好新客服");
        reply("carol", "您好，我是技术");
        break;
    }
    case Scenario::TransferRejected: {
        const qint64 t = transferTo(fx, QStringLiteral("alice"), id, QStringLiteral("carol"));
        QVERIFY(t != 0);
        customer("等一下");
        midway();
        QVERIFY(e->rejectTransfer(QStringLiteral("carol"), t, QStringLiteral("忙")).ok());
        customer("怎么样了");
        reply("alice", "还是我来");
        break;
    }
    case Scenario::TransferTimedOut:
        QVERIFY(transferTo(fx, QStringLiteral("alice"), id, QStringLiteral("carol")) != 0);
        customer("等一下");
        midway();
        fx.clock().advance(30'000);
        QCOMPARE(fx.pendingTransferId(id), 0);
        customer("怎么样了");
        break;
    case Scenario::TimedOutWhileDown:
        QVERIFY(transferTo(fx, QStringLiteral("alice"), id, QStringLiteral("carol")) != 0);
        customer("等一下");
        midway();
        restartOnline(fx, 31'000); // the offer's deadline passes while nothing runs; no message follows
        e = &fx.engine();
        QCOMPARE(fx.pendingTransferId(id), 0);
        break;
    case Scenario::TransferredBack: {
        qint64 t = transferTo(fx, QStringLiteral("alice"), id, QStringLiteral("bob"));
        QVERIFY(t != 0 && e->acceptTransfer(QStringLiteral("bob"), t).ok());
        customer("换人了");
        midway();
        t = transferTo(fx, QStringLiteral("bob"), id, QStringLiteral("alice"));
        QVERIFY(t != 0);
        customer("又转了");
        QVERIFY(e->acceptTransfer(QStringLiteral("alice"), t).ok());
        customer("回来了");
        reply("alice", "是的");
        break;
    }
    case Scenario::Reassigned:
        midway();
        QVERIFY(e->reassign(QStringLiteral("linxiao"), id, QStringLiteral("bob"), QStringLiteral("请接一下")).ok());
        customer("换人了吗");
        reply("bob", "我来处理");
        break;
    case Scenario::Closed: {
        QVERIFY(e->closeConversation(QStringLiteral("alice"), id, true).ok());
        midway();
        const qint64 next = fx.startConversation(QStringLiteral("pre_sales"), QStringLiteral("又来了"));
        QVERIFY(e->customerMessage(next, QStringLiteral("第二次")).ok());
        break;
    }
    }
    checkEveryAgent(fx, recorder);
    restartOnline(fx);
    checkEveryAgent(fx, recorder);
}

void TestEventStream::everyStartingPointGivesTheRest()
{
    EngineFixture fx;
    EventRecorder recorder(fx);
    fx.connect({"alice", "carol"});
    const qint64 id = fx.startConversation(QStringLiteral("pre_sales"), QStringLiteral("你好"));
    for (int i = 0; i < 5; ++i)
        QVERIFY(fx.engine().customerMessage(id, QStringLiteral("第%1条").arg(i)).ok());
    const qint64 t = transferTo(fx, QStringLiteral("alice"), id, QStringLiteral("carol"));
    QVERIFY(fx.engine().customerMessage(id, QStringLiteral("转接中")).ok());
    QVERIFY(fx.engine().acceptTransfer(QStringLiteral("carol"), t).ok());
    QVERIFY(fx.engine().sendMessage(QStringLiteral("carol"), id, QStringLiteral("好的")).ok());
    restartOnline(fx);
    for (const QString &agent : {QStringLiteral("alice"), QStringLiteral("carol")}) {
        const QList<SentEvent> sent = recorder.sentTo(agent);
        QVERIFY(sent.size() > 3);
        for (qint64 after = 0; after <= sent.size(); ++after) {
            for (const int limit : {1, 2, 1000}) {
                const QString why = streamDifference(sent.mid(after, limit), resumedEvents(fx.engine(), agent, after, limit));
                QVERIFY2(why.isEmpty(),
                         qPrintable(QStringLiteral("%1 after %2 limit %3: %4").arg(agent).arg(after).arg(limit).arg(why)));
            }
        }
    }
}

void TestEventStream::prunedMessageEventsAreAGap()
{
    EngineFixture fx;
    fx.connect({"alice"});
    const qint64 id = fx.startConversation(QStringLiteral("pre_sales"), QStringLiteral("你好"));
    for (int i = 0; i < 20; ++i)
        QVERIFY(fx.engine().customerMessage(id, QStringLiteral("第%1条").arg(i)).ok());
    EventLog &log = fx.store().eventLog();
    const qint64 last = log.lastSeq(QStringLiteral("alice"));
    QVERIFY(last > 20);
    QVERIFY(log.prune(QStringLiteral("alice"), 10));
    bool gap = false;
    const QList<SentEvent> rest = resumedEvents(fx.engine(), QStringLiteral("alice"), 3, 1000, &gap);
    QVERIFY(gap); // the messages are still stored, but their events are gone like any other
    QCOMPARE(rest.first().seq, 11);
    QCOMPARE(rest.size(), last - 10);
    fx.restart();
    QCOMPARE(fx.store().eventLog().lastSeq(QStringLiteral("alice")), last);
    QCOMPARE(resumedEvents(fx.engine(), QStringLiteral("alice"), 0, 1000).first().seq, 11);
}

void TestEventStream::messageEventsStoredAsRowsStillReplay()
{
    // Files written before the MESSAGE events moved to the messages' rows keep them in `events`.
    EngineFixture fx;
    fx.connect({"alice"});
    const qint64 id = fx.startConversation(QStringLiteral("pre_sales"), QStringLiteral("你好"));
    EventLog &log = fx.store().eventLog();
    const qint64 before = log.lastSeq(QStringLiteral("alice"));
    const QByteArray old = R"({"message":{"conversationId":1,"seq":99,"sender":"customer","senderId":"c",)"
                           R"("text":"旧的","timeMs":5}})";
    QVERIFY(log.append(QStringLiteral("alice"), log.reserve(QStringLiteral("alice")), msg::Message, old, 5));
    QVERIFY(fx.engine().customerMessage(id, QStringLiteral("新的")).ok());
    fx.restart();
    const QList<SentEvent> events = resumedEvents(fx.engine(), QStringLiteral("alice"), before, 10);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].seq, before + 1);
    QCOMPARE(messageText(events[0]), QStringLiteral("旧的"));
    QCOMPARE(events[1].seq, before + 2);
    QCOMPARE(messageText(events[1]), QStringLiteral("新的"));
}

void TestEventStream::rolledBackCommandGivesItsNumbersBack()
{
    EngineFixture fx;
    EventRecorder recorder(fx);
    fx.connect({"alice"});
    const qint64 id = fx.startConversation(QStringLiteral("pre_sales"), QStringLiteral("你好"));
    Store &store = fx.store();
    // A command whose store write fails: numbers were taken while it ran, then the write refused.
    QVERIFY(store.database().begin());
    const qint64 taken = store.eventLog().reserve(QStringLiteral("alice"));
    QVERIFY(store.appendMessage({id, 1000, SenderKind::Customer, QStringLiteral("c"), QStringLiteral("x"), 1},
                                {QStringLiteral("alice"), taken}));
    store.database().rollback();
    store.forgetCachedSequences();
    QCOMPARE(store.eventLog().lastSeq(QStringLiteral("alice")), taken - 1);
    QVERIFY(fx.engine().customerMessage(id, QStringLiteral("继续")).ok());
    // Refused commands in between (not bob's conversation; nothing to transfer to) take no number.
    QVERIFY(!fx.engine().sendMessage(QStringLiteral("bob"), id, QStringLiteral("不是我的")).ok());
    QVERIFY(!fx.engine().requestTransfer(QStringLiteral("alice"), id, QStringLiteral("nobody"), {}).ok());
    QVERIFY(fx.engine().sendMessage(QStringLiteral("alice"), id, QStringLiteral("在的")).ok());
    checkEveryAgent(fx, recorder);
}

QTEST_GUILESS_MAIN(TestEventStream)
#include "tst_event_stream.moc"
