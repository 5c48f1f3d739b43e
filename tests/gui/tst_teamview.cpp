// The Team view against a real engine on 127.0.0.1 port 0 (F2): a team lead's workstation shows
// the queues, the agent board and the waiting customers live; assigns a customer with a note and
// brings an agent back online; agents never get the tab.

#include "client/teamclient.h"
#include "support/serverfixture.h"
#include "ui/assigndialog.h"
#include "ui/mainwindow.h"
#include "ui/staffingpanel.h"
#include "ui/teamview.h"
#include "workstationdesk.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace baton;
using namespace baton::test;

class TestTeamView : public QObject {
    Q_OBJECT
private slots:
    void agentsNeverSeeTheTeam();
    void leadWatchesAssignsAndSetsStatus();
};

void TestTeamView::agentsNeverSeeTheTeam()
{
    ServerFixture server;
    WorkstationDesk alice(server.agentUrl(), QStringLiteral("alice"));
    QVERIFY(alice.waitOnline());
    QTest::qWait(100); // the profile has arrived; a tab would have been added by now
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
    server.clock().advance(1000); // TEAM_STATS at most once a second
    QTRY_COMPARE(team.waiting().rowCount(), 1);
    view.waitingView()->selectRow(0);
    const qint64 second = server.startConversation(QStringLiteral("technical"), QStringLiteral("闪退"));
    server.clock().advance(1000);
    QTRY_COMPARE(team.waiting().rowCount(), 2);
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
    server.clock().advance(1000);
    QTRY_COMPARE(team.waiting().rowCount(), 1);
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
    server.clock().advance(1000);
    QTRY_COMPARE(team.waiting().rowCount(), 0);
    QTRY_VERIFY(team.agents().index(carolRow, TeamAgentModel::LoadColumn).data().toString() ==
                QStringLiteral("2/2"));
    QVERIFY(!view.staffingPanel()->summary().isEmpty());

    // No horizontal scrolling at the smallest supported size.
    QApplication::processEvents();
    QVERIFY(!view.agentView()->horizontalScrollBar()->isVisible());
    QVERIFY(!view.waitingView()->horizontalScrollBar()->isVisible());
    if (!qEnvironmentVariableIsEmpty("BATON_GRAB"))
        dave.window().grab().save(qEnvironmentVariable("BATON_GRAB"));
}

QTEST_MAIN(TestTeamView)
#include "tst_teamview.moc"
