// The Team view against a real engine on 127.0.0.1 port 0 (F2): a team lead's workstation shows
// the queues, the agent board and the waiting customers live; assigns a customer with a note and
// brings an agent back online; drags a customer onto an agent, batch-transfers an agent's chats,
// opens one read-only and opens an overflow; agents never get the tab.
//
// The engine runs on a ManualClock and TEAM_STATS go out at most once a second of it, so after a
// change the test moves the clock on until the snapshot shows it (advanceUntil) rather than assuming
// that exactly one second and a fixed wait suffice: under load (ctest -j2 beside builds) the
// snapshot may leave on the next tick, and the socket may take longer than a QTRY's 5 s.

#include "client/teamclient.h"
#include "support/serverfixture.h"
#include "ui/assigndialog.h"
#include "ui/batchtransferdialog.h"
#include "ui/overflowdialog.h"
#include "ui/recorddetaildialog.h"
#include "ui/mainwindow.h"
#include "ui/staffingpanel.h"
#include "ui/teamview.h"
#include "workstationdesk.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDropEvent>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTextBrowser>
#include <QJsonArray>
#include <QLineEdit>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace baton;
using namespace baton::test;

namespace {
// Moves the engine's clock on a second at a time until `done` holds (or 30 engine seconds passed).
bool advanceUntil(ServerFixture &server, const std::function<bool()> &done)
{
    for (int i = 0; i < 30; ++i) {
        if (QTest::qWaitFor(done, 1000))
            return true;
        server.clock().advance(1000);
    }
    return done();
}

int rowOf(TeamClient &team, const QString &agentId)
{
    for (int row = 0; row < team.agents().rowCount(); ++row) {
        if (team.agents().agentAt(row)->id() == agentId)
            return row;
    }
    return -1;
}
} // namespace

class TestTeamView : public QObject {
    Q_OBJECT
private slots:
    void agentsNeverSeeTheTeam();
    void leadWatchesAssignsAndSetsStatus();
    void boardActions();
};

void TestTeamView::agentsNeverSeeTheTeam()
{
    ServerFixture server;
    WorkstationDesk alice(server.agentUrl(), QStringLiteral("alice"));
    QVERIFY(alice.waitOnline());
    // The profile came with the sign-in, and the tab would be added in the same signal: no wait needed.
    QCOMPARE(alice.client().profile().agent.id, QStringLiteral("alice"));
    QCOMPARE(alice.client().profile().agent.role, Role::Agent);
    QVERIFY(!alice.session().teamView());
    QCOMPARE(alice.window().workspaces()->count(), 1);
}

void TestTeamView::leadWatchesAssignsAndSetsStatus()
{
    ServerFixture server; // tech: carol (agent), dave (team lead); sales: alice, bob, eve
    WorkstationDesk dave(server.agentUrl(), QStringLiteral("dave"));
    QVERIFY(dave.waitOnline());
    QTRY_VERIFY(dave.session().teamView());
    TeamView &view = *dave.session().teamView();
    TeamClient &team = dave.session().team();
    QAbstractItemModelTester queuesTester(&team.queues(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester agentsTester(&team.agents(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester waitingTester(&team.waiting(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    dave.window().showWorkspace(&view);
    dave.window().resize(1090, 640);
    // Chats, Records, Analytics, Low ratings and Team: a lead gets every team workspace.
    QCOMPARE(dave.window().workspaces()->count(), 5);
    QVERIFY(dave.window().workspaces()->indexOf(&view) >= 0);
    QTRY_COMPARE(team.agents().rowCount(), 2); // his department only: carol and himself
    QVERIFY(team.queues().rowCount() >= 4);

    // Nobody free: the lead is busy and carol steps away, so technical customers wait.
    QVERIFY(server.engine().setStatus(QStringLiteral("dave"), QStringLiteral("busy")).ok());
    server.connect({"carol"});
    QVERIFY(server.engine().setStatus(QStringLiteral("carol"), QStringLiteral("away")).ok());
    const qint64 first = server.startConversation(QStringLiteral("technical"), QStringLiteral("登录报错"));
    QVERIFY(advanceUntil(server, [&] { return team.waiting().rowCount() == 1; }));
    view.waitingView()->selectRow(0);
    const qint64 second = server.startConversation(QStringLiteral("technical"), QStringLiteral("闪退"));
    QVERIFY(advanceUntil(server, [&] { return team.waiting().rowCount() == 2; }));
    // The selection followed the first customer through the live update.
    const QModelIndexList selected = view.waitingView()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(team.waiting().conversationAt(selected.first().row()), first);
    QVERIFY(view.assignButton()->isEnabled());

    // Assign the first customer to carol with a note.
    view.assignSelected();
    AssignDialog *dialog = view.findChild<AssignDialog *>();
    QVERIFY(dialog);
    const int carol = dialog->agentBox()->findData(QStringLiteral("carol"));
    QVERIFY(carol >= 0);
    dialog->agentBox()->setCurrentIndex(carol);
    dialog->noteEdit()->setText(QStringLiteral("老客户，先看日志"));
    dialog->accept();
    QTRY_COMPARE(server.engine().state().conversations.value(first).ownerId, QStringLiteral("carol"));
    QVERIFY(server.engine()
                .history(QStringLiteral("carol"), first, 0, 50)
                .payload[QStringLiteral("messages")]
                .toArray()
                .last()[QStringLiteral("text")]
                .toString()
                .contains(QStringLiteral("老客户")));
    QVERIFY(advanceUntil(server, [&] { return team.waiting().rowCount() == 1; }));
    QCOMPARE(team.waiting().conversationAt(0), second);

    // Carol is away: the lead brings her back and she gets the other customer at once.
    int carolRow = -1;
    for (int row = 0; row < team.agents().rowCount(); ++row) {
        if (team.agents().agentAt(row)->id() == QLatin1String("carol"))
            carolRow = row;
    }
    QVERIFY(carolRow >= 0);
    view.agentView()->selectRow(carolRow);
    QVERIFY(view.onlineButton()->isEnabled());
    QVERIFY(!view.awayButton()->isEnabled());
    QTest::mouseClick(view.onlineButton(), Qt::LeftButton);
    QTRY_COMPARE(server.engine().state().conversations.value(second).ownerId, QStringLiteral("carol"));
    QVERIFY(advanceUntil(server, [&] {
        return team.waiting().rowCount() == 0 &&
               team.agents().index(carolRow, TeamAgentModel::LoadColumn).data().toString() == QStringLiteral("2/2");
    }));
    QVERIFY(!view.staffingPanel()->summary().isEmpty());

    // No horizontal scrolling at the smallest supported size.
    QApplication::processEvents();
    QVERIFY(!view.agentView()->horizontalScrollBar()->isVisible());
    QVERIFY(!view.waitingView()->horizontalScrollBar()->isVisible());
    if (!qEnvironmentVariableIsEmpty("BATON_GRAB"))
        dave.window().grab().save(qEnvironmentVariable("BATON_GRAB"));
}

void TestTeamView::boardActions()
{
    ServerFixture server;
    WorkstationDesk dave(server.agentUrl(), QStringLiteral("dave"));
    QVERIFY(dave.waitOnline());
    QTRY_VERIFY(dave.session().teamView());
    TeamView &view = *dave.session().teamView();
    TeamClient &team = dave.session().team();
    dave.window().showWorkspace(&view);
    QVERIFY(server.engine().setStatus(QStringLiteral("dave"), QStringLiteral("busy")).ok());
    server.connect({"carol"});
    const qint64 first = server.startConversation(QStringLiteral("technical"), QStringLiteral("登录报错"));
    server.startConversation(QStringLiteral("technical"), QStringLiteral("闪退"));
    QVERIFY(advanceUntil(server, [&] {
        const int row = rowOf(team, QStringLiteral("carol"));
        return row >= 0 && team.agents().agentAt(row)->chats.size() == 2;
    }));
    view.agentView()->selectRow(rowOf(team, QStringLiteral("carol")));
    QVERIFY(view.batchButton()->isEnabled());
    QVERIFY(view.openChatButton()->isEnabled());

    // Read-only: history and chain of carol's chat.
    RecordDetailDialog *chat = view.openChat(first);
    QVERIFY(chat);
    QSignalSpy loaded(chat, &RecordDetailDialog::loaded);
    QTRY_COMPARE(loaded.size(), 1);
    QVERIFY(chat->historyView()->toPlainText().contains(QStringLiteral("登录报错")));
    QVERIFY(chat->chain().rowCount() >= 1);
    chat->close();

    // Overflow: one more chat each for half an hour.
    QPointer<OverflowDialog> overflow = view.openOverflow();
    QVERIFY(overflow);
    overflow->extraBox()->setValue(1);
    overflow->submit();
    const auto carolMax = [&] {
        for (const AgentState &a : server.engine().state().agents) {
            if (a.agent.id == QLatin1String("carol"))
                return a.agent.maxSessions;
        }
        return 0;
    };
    QTRY_COMPARE(carolMax(), 3);
    QTRY_VERIFY(!overflow); // closed on the engine's reply; a modal dialog would block the drop
    QVERIFY(advanceUntil(server, [&] { return view.overflowLabel()->isVisible(); }));
    QVERIFY(view.overflowLabel()->text().contains(QStringLiteral("技术部")));

    // Drag a waiting customer onto carol: the note dialog opens with her chosen.
    QVERIFY(server.engine().setStatus(QStringLiteral("carol"), QStringLiteral("away")).ok());
    const qint64 third = server.startConversation(QStringLiteral("technical"), QStringLiteral("打不开"));
    QVERIFY(advanceUntil(server, [&] { return team.waiting().rowCount() == 1; }));
    std::unique_ptr<QMimeData> mime(team.waiting().mimeData({team.waiting().index(0, 0)}));
    const QPoint onCarol =
        view.agentView()->visualRect(team.agents().index(rowOf(team, QStringLiteral("carol")), 0)).center();
    // As a real drag: entering sets the drop target, then the drop goes to it.
    QDragEnterEvent enter(onCarol, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.agentView()->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(onCarol, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.agentView()->viewport(), &drop);
    auto *assign = view.findChild<AssignDialog *>();
    QVERIFY(assign);
    QCOMPARE(assign->agentId(), QStringLiteral("carol"));
    assign->accept();
    QTRY_COMPARE(server.engine().state().conversations.value(third).ownerId, QStringLiteral("carol"));

    // Batch: the lead empties his own queue onto carol, who has room for one; a result per chat.
    QVERIFY(server.engine().setStatus(QStringLiteral("dave"), QStringLiteral("online")).ok());
    server.startConversation(QStringLiteral("technical"), QStringLiteral("卡顿"));
    server.startConversation(QStringLiteral("technical"), QStringLiteral("报错"));
    QVERIFY(server.engine().closeConversation(QStringLiteral("carol"), first, true).ok());
    QVERIFY(server.engine().setStatus(QStringLiteral("carol"), QStringLiteral("online")).ok());
    QVERIFY(advanceUntil(server, [&] {
        const reply::TeamAgent *carol = team.agents().agentAt(rowOf(team, QStringLiteral("carol")));
        return team.agents().agentAt(rowOf(team, QStringLiteral("dave")))->chats.size() == 2 &&
               carol->chats.size() == 2 && carol->view.agent.status == AgentStatus::Online;
    }));
    view.agentView()->selectRow(rowOf(team, QStringLiteral("dave")));
    BatchTransferDialog *batch = view.batchTransferSelected();
    QVERIFY(batch);
    QCOMPARE(batch->chatList()->count(), 2);
    QCOMPARE(batch->targetBox()->count(), 1); // carol; never the lead himself
    QCOMPARE(batch->targetBox()->currentData().toString(), QStringLiteral("carol"));
    QSignalSpy done(batch, &BatchTransferDialog::finished);
    batch->submit();
    QTRY_COMPARE(done.size(), 1);
    const auto results = done.first().first().value<reply::BatchResults>();
    QCOMPARE(results.succeeded, 1);
    QCOMPARE(results.failed, 1);
    QCOMPARE(server.engine().state().pendingTransfers.size(), 1);
    QVERIFY(batch->summaryLabel()->text().contains(QLatin1Char('1')));
}

QTEST_MAIN(TestTeamView)
#include "tst_teamview.moc"
