#include "core/eventtypes.h"
#include "support/enginefixture.h"

#include <QJsonArray>
#include <QTest>

using namespace baton;
using namespace baton::test;

class TestEngineRecovery : public QObject {
    Q_OBJECT
private slots:
    void pendingTransferSurvivesRestart();
    void deadlinePassedWhileDownResolvesAsTimeout();
    void declinedAgentsStayExcludedAfterRestart();
    void conversationsMessagesAndLoadRecover();
    void splitNumberIsMaskedAcrossRestart();
    void eventsAreDurableForResume();
    void performanceComesFromHistory();
};

namespace {
qint64 setUp(EngineFixture &fx)
{
    fx.connect({"alice"});
    const qint64 id = fx.startConversation(QStringLiteral("pre_sales"), QStringLiteral("你好"));
    fx.connect({"bob", "carol", "dave"});
    return id;
}
} // namespace

void TestEngineRecovery::pendingTransferSurvivesRestart()
{
    EngineFixture fx;
    const qint64 id = setUp(fx);
    QVERIFY(fx.engine().requestTransfer(QStringLiteral("alice"), id, QStringLiteral("carol"), {}).ok());
    const qint64 transferId = fx.pendingTransferId(id);
    fx.restart();
    QCOMPARE(fx.pendingTransferId(id), transferId);
    fx.connect({"alice", "carol"});
    QVERIFY(fx.engine().acceptTransfer(QStringLiteral("carol"), transferId).ok());
    QCOMPARE(fx.engine().state().conversations.value(id).ownerId, QStringLiteral("carol"));
}

void TestEngineRecovery::deadlinePassedWhileDownResolvesAsTimeout()
{
    EngineFixture fx;
    const qint64 id = setUp(fx);
    QVERIFY(fx.engine().requestTransfer(QStringLiteral("alice"), id, QStringLiteral("carol"), {}).ok());
    const qint64 transferId = fx.pendingTransferId(id);
    fx.clock().advance(10'000);
    fx.restart(25'000); // down for 25 s, back after the deadline
    QCOMPARE(fx.pendingTransferId(id), 0);
    QCOMPARE(fx.store().transfer(transferId)->state, TransferState::Timeout);
    // Alice learns it from her durable event stream when she reconnects.
    const auto events = fx.store().eventLog().after(QStringLiteral("alice"), 0, 100);
    QCOMPARE(events.last().type, QString(msg::TransferTimeout));
}

void TestEngineRecovery::declinedAgentsStayExcludedAfterRestart()
{
    EngineFixture fx;
    const qint64 id = setUp(fx);
    QVERIFY(fx.engine().requestTransfer(QStringLiteral("alice"), id, QStringLiteral("carol"), {}).ok());
    QVERIFY(fx.engine().rejectTransfer(QStringLiteral("carol"), fx.pendingTransferId(id), {}).ok());
    fx.restart();
    fx.connect({"alice", "bob", "carol", "dave"});
    QCOMPARE(fx.engine().requestTransfer(QStringLiteral("alice"), id, QStringLiteral("carol"), {}).error->kind,
             EngineError::TargetUnavailable);
}

void TestEngineRecovery::conversationsMessagesAndLoadRecover()
{
    EngineFixture fx;
    const qint64 id = setUp(fx);
    QVERIFY(fx.engine().customerMessage(id, QStringLiteral("第二条")).ok());
    QVERIFY(fx.engine().sendMessage(QStringLiteral("alice"), id, QStringLiteral("收到")).ok());
    const qint64 lastSeq = fx.engine().state().conversations.value(id).lastSeq;
    fx.restart();
    const Conversation c = fx.engine().state().conversations.value(id);
    QCOMPARE(c.ownerId, QStringLiteral("alice"));
    QCOMPARE(c.lastSeq, lastSeq);
    QCOMPARE(const_cast<EngineState &>(fx.engine().state()).agent(QStringLiteral("alice"))->load, 1);
    fx.connect({"alice"});
    // Sequence numbers continue without a gap or a duplicate.
    QVERIFY(fx.engine().sendMessage(QStringLiteral("alice"), id, QStringLiteral("继续")).ok());
    const auto messages = fx.store().messages(id, 0, 100);
    for (qsizetype i = 0; i < messages.size(); ++i)
        QCOMPARE(messages[i].seq, i + 1);
}

void TestEngineRecovery::splitNumberIsMaskedAcrossRestart()
{
    // The customer's latest lines are kept in memory; after a restart they come from the store.
    EngineFixture fx;
    const qint64 id = setUp(fx);
    QVERIFY(fx.engine().customerMessage(id, QStringLiteral("卡号 6222 0212")).ok());
    QVERIFY(fx.engine().sendMessage(QStringLiteral("alice"), id, QStringLiteral("请继续")).ok());
    fx.restart();
    fx.connect({"alice"});
    const EngineResult second = fx.engine().customerMessage(id, QStringLiteral("3456 7890 123"));
    QVERIFY(second.ok());
    QCOMPARE(second.payload[QStringLiteral("message")].toObject()[QStringLiteral("text")].toString(),
             QStringLiteral("**** ***0 123"));
    QStringList texts;
    for (const Message &m : fx.store().messages(id, 0, 100))
        texts.append(m.text);
    QVERIFY2(texts.contains(QStringLiteral("卡号 **** ****")), qPrintable(texts.join(QLatin1Char('|'))));
    // The newest number comes from the messages: the row is not rewritten for each one.
    QCOMPARE(fx.engine().state().conversations.value(id).lastSeq, texts.size());
}

void TestEngineRecovery::eventsAreDurableForResume()
{
    EngineFixture fx;
    const qint64 id = setUp(fx);
    QVERIFY(fx.engine().customerMessage(id, QStringLiteral("在吗")).ok());
    const EngineResult before = fx.engine().eventsAfter(QStringLiteral("alice"), 0, 100);
    fx.restart();
    const EngineResult after = fx.engine().eventsAfter(QStringLiteral("alice"), 0, 100);
    QCOMPARE(after.payload[QStringLiteral("events")].toArray(), before.payload[QStringLiteral("events")].toArray());
    QVERIFY(!after.payload[QStringLiteral("gap")].toBool());
    const QJsonArray tail = fx.engine().eventsAfter(QStringLiteral("alice"), 1, 100).payload[QStringLiteral("events")].toArray();
    QCOMPARE(tail.first()[QStringLiteral("seq")].toInteger(), 2);
}

void TestEngineRecovery::performanceComesFromHistory()
{
    EngineFixture fx;
    fx.connect({"bob"});
    for (int i = 0; i < 6; ++i) {
        const qint64 id = fx.startConversation(QStringLiteral("pre_sales"), QStringLiteral("问题"));
        QVERIFY(fx.engine().closeConversation(QStringLiteral("bob"), id, i < 5).ok());
    }
    const double live = const_cast<EngineState &>(fx.engine().state()).agent(QStringLiteral("bob"))->performance.resolutionRate();
    fx.restart();
    const double recovered = const_cast<EngineState &>(fx.engine().state()).agent(QStringLiteral("bob"))->performance.resolutionRate();
    QCOMPARE(recovered, live);
    QVERIFY(recovered > 0.7); // 5 of 6 resolved lifts bob above the neutral prior
}

QTEST_GUILESS_MAIN(TestEngineRecovery)
#include "tst_engine_recovery.moc"
