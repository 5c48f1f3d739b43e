// The engine's warnings in a real workstation window against a real engine (F2.4, F2.5): a keyword
// hint with one click into Ctrl+T filtered to the skill, an overdue reply marked in the chat list
// (and told to the team lead) until the agent answers, an overload with one click into a batch
// transfer whose results show per chat.

#include "client/alertcenter.h"
#include "client/conversationlistmodel.h"
#include "support/serverfixture.h"
#include "support/testteam.h"
#include "ui/alertbar.h"
#include "ui/batchtransferdialog.h"
#include "ui/mainwindow.h"
#include "ui/transferdialog.h"
#include "workstationdesk.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace baton;
using namespace baton::test;

namespace {
// The shared test team with the response-time rule on: the agent after 60 s, the lead after 120 s.
QByteArray teamWithReplyRule()
{
    QByteArray json = teamJson(30000, 0);
    json.replace(R"("passwordIterations": 1000,)",
                 R"("passwordIterations": 1000, "replyWarnAfterMs": 60000, "replyLeadAfterMs": 120000,)");
    return json;
}

const AlertCenter::Alert *find(AlertCenter &alerts, AlertCenter::Kind kind)
{
    for (const AlertCenter::Alert &a : alerts.alerts()) {
        if (a.kind == kind)
            return &a;
    }
    return nullptr;
}
} // namespace

class TestAlerts : public QObject {
    Q_OBJECT
private slots:
    void hintOverdueAndOverload();
};

void TestAlerts::hintOverdueAndOverload()
{
    ServerFixture server(teamWithReplyRule());
    WorkstationDesk lead(server.agentUrl(), QStringLiteral("linxiao"));
    QVERIFY(lead.waitOnline());
    QVERIFY(server.engine().setStatus(QStringLiteral("linxiao"), QStringLiteral("busy")).ok());
    WorkstationDesk alice(server.agentUrl(), QStringLiteral("alice"));
    QVERIFY(alice.waitOnline());
    server.connect({"carol"});
    AlertCenter &alerts = alice.session().alerts();
    AlertBar &bar = *alice.session().alertBar();
    QVERIFY(bar.isHidden());

    const qint64 first = server.startConversation(QStringLiteral("pre_sales"), QStringLiteral("想买手机"));
    QTRY_VERIFY(alice.session().conversations().rowOf(first) >= 0);

    // The customer names a technical problem: a hint, with one click into Ctrl+T filtered to it.
    QVERIFY(server.engine().customerMessage(first, QStringLiteral("另外我的电脑报错了")).ok());
    QTRY_VERIFY(find(alerts, AlertCenter::Kind::TransferHint));
    QVERIFY(!bar.isHidden());
    QVERIFY(bar.texts().first().contains(QStringLiteral("报错")));
    const quint64 hintId = find(alerts, AlertCenter::Kind::TransferHint)->id;
    QTest::mouseClick(bar.button(hintId, QStringLiteral("transfer")), Qt::LeftButton);
    auto *dialog = alice.window().findChild<TransferDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("skill"))->currentData().toString(),
             QStringLiteral("technical"));
    QCOMPARE(alice.window().currentConversation(), first);
    dialog->reject();
    QTest::mouseClick(bar.button(hintId, QStringLiteral("dismiss")), Qt::LeftButton);
    QVERIFY(!find(alerts, AlertCenter::Kind::TransferHint));

    // Unanswered for a minute: the agent is warned and the row is marked; after two, the lead.
    const QModelIndex row =
        alice.session().conversations().index(alice.session().conversations().rowOf(first));
    QVERIFY(!row.data(ConversationListModel::OverdueRole).toBool());
    server.clock().advance(61'000);
    QTRY_VERIFY(find(alerts, AlertCenter::Kind::ReplyOverdue));
    QTRY_VERIFY(alice.session()
                    .conversations()
                    .index(alice.session().conversations().rowOf(first))
                    .data(ConversationListModel::OverdueRole)
                    .toBool());
    server.clock().advance(60'000);
    QTRY_VERIFY(find(lead.session().alerts(), AlertCenter::Kind::TeamReplyOverdue));
    QVERIFY(lead.session().alertBar()->texts().first().contains(QStringLiteral("Alice")));
    // Alice answers: her warning and the mark go.
    alice.client().sendMessage(first, QStringLiteral("您好，马上为您查看"));
    QTRY_VERIFY(!find(alerts, AlertCenter::Kind::ReplyOverdue));
    QTRY_VERIFY(!alice.session()
                     .conversations()
                     .index(alice.session().conversations().rowOf(first))
                     .data(ConversationListModel::OverdueRole)
                     .toBool());

    // Full (3/3) while a fourth customer waits: overloaded, carol has room.
    server.startConversation(QStringLiteral("pre_sales"), QStringLiteral("二"));
    server.startConversation(QStringLiteral("pre_sales"), QStringLiteral("三"));
    server.startConversation(QStringLiteral("pre_sales"), QStringLiteral("四"));
    QTRY_VERIFY(find(alerts, AlertCenter::Kind::Overload));
    const AlertCenter::Alert overload = *find(alerts, AlertCenter::Kind::Overload);
    QCOMPARE(overload.suggestions.first().agent.id, QStringLiteral("carol"));
    QTRY_COMPARE(alice.session().conversations().ownOpenCount(), 3);
    QTest::mouseClick(bar.button(overload.id, QStringLiteral("batch")), Qt::LeftButton);
    auto *batch = alice.window().findChild<BatchTransferDialog *>();
    QVERIFY(batch);
    QCOMPARE(batch->chatList()->count(), 3);
    QCOMPARE(batch->targetBox()->currentData().toString(), QStringLiteral("carol"));
    // Carol holds two: of three chats two are offered, one is refused — each said on its row.
    QSignalSpy done(batch, &BatchTransferDialog::finished);
    QTest::mouseClick(batch->sendButton(), Qt::LeftButton);
    QTRY_COMPARE(done.size(), 1);
    const auto results = done.first().first().value<reply::BatchResults>();
    QCOMPARE(results.succeeded, 2);
    QCOMPARE(results.failed, 1);
    int refused = 0;
    for (int i = 0; i < batch->chatList()->count(); ++i)
        refused += batch->chatList()->item(i)->flags().testFlag(Qt::ItemIsUserCheckable) ? 1 : 0;
    QCOMPARE(refused, 1);
    QVERIFY(batch->sendButton()->isEnabled()); // the refused one may be tried again
    if (!qEnvironmentVariableIsEmpty("BATON_GRAB"))
        alice.window().grab().save(qEnvironmentVariable("BATON_GRAB"));
}

QTEST_MAIN(TestAlerts)
#include "tst_alerts.moc"
