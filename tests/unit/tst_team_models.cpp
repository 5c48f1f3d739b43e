#include "client/queuestatsmodel.h"
#include "client/teamagentmodel.h"
#include "client/teamroles.h"
#include "client/waitingcustomermodel.h"
#include "core/agentview.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace baton;

namespace {
reply::QueueStats queue(const char *id, int waiting)
{
    reply::QueueStats q;
    q.id = QString::fromLatin1(id);
    q.name = q.id;
    q.waiting = waiting;
    q.longestWaitMs = waiting * 1000;
    return q;
}

QList<reply::QueueStats> queues(std::initializer_list<std::pair<const char *, int>> list)
{
    QList<reply::QueueStats> result;
    for (const auto &[id, waiting] : list)
        result.append(queue(id, waiting));
    return result;
}

QStringList ids(const QAbstractItemModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, 0).data(TeamRole::Id).toString());
    return list;
}
} // namespace

// The team view's live models: snapshots reconcile rows in place (no reset), so persistent indexes
// (selections) follow their row, and clock-derived figures grow between snapshots.
class TestTeamModels : public QObject {
    Q_OBJECT
private slots:
    void snapshotsReconcileRows_data();
    void snapshotsReconcileRows();
    void unchangedRowsStayQuiet();
    void reviewersShowNoLoad_data();
    void reviewersShowNoLoad();
    void waitsGrowWithTheClock();
};

void TestTeamModels::snapshotsReconcileRows_data()
{
    QTest::addColumn<QStringList>("next");
    QTest::newRow("same") << QStringList{"a", "b", "c"};
    QTest::newRow("removed") << QStringList{"a", "c"};
    QTest::newRow("inserted") << QStringList{"a", "x", "b", "c"};
    QTest::newRow("reordered") << QStringList{"c", "a", "b"};
    QTest::newRow("all new") << QStringList{"x", "y"};
    QTest::newRow("empty") << QStringList{};
    QTest::newRow("mixed") << QStringList{"y", "b", "a"};
}

void TestTeamModels::snapshotsReconcileRows()
{
    QFETCH(QStringList, next);
    qint64 now = 1000;
    QueueStatsModel model([&now] { return now; });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.apply(queues({{"a", 1}, {"b", 2}, {"c", 3}}), now);
    const QPersistentModelIndex selectedB = model.index(1, 0);
    QList<reply::QueueStats> snapshot;
    for (const QString &id : next)
        snapshot.append(queue(qPrintable(id), 5));
    model.apply(snapshot, now);
    QCOMPARE(ids(model), next);
    QCOMPARE(resets.size(), 0);
    // The selection follows "b" wherever it went, and is gone only with it.
    QCOMPARE(selectedB.isValid(), next.contains(QStringLiteral("b")));
    if (selectedB.isValid())
        QCOMPARE(selectedB.data(TeamRole::Id).toString(), QStringLiteral("b"));
}

void TestTeamModels::unchangedRowsStayQuiet()
{
    qint64 now = 1000;
    TeamAgentModel model([&now] { return now; });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    reply::TeamAgent a;
    a.view.agent.id = QStringLiteral("a");
    a.view.agent.maxSessions = 3;
    reply::TeamAgent b = a;
    b.view.agent.id = QStringLiteral("b");
    model.apply({a, b});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.apply({a, b});
    QCOMPARE(changed.size(), 0);
    b.view.load = 2;
    model.apply({a, b});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0][0].toModelIndex().row(), 1);
    QCOMPARE(model.index(1, TeamAgentModel::LoadColumn).data().toString(), QStringLiteral("2/3"));
}

void TestTeamModels::reviewersShowNoLoad_data()
{
    // The agent object as the engine sends it; `receivesChats` absent = an engine before the field.
    QTest::addColumn<QString>("role");
    QTest::addColumn<QVariant>("receivesChats");
    QTest::addColumn<bool>("routed");
    QTest::newRow("agent") << "agent" << QVariant(true) << true;
    QTest::newRow("agent denied mayReceive") << "agent" << QVariant(false) << false;
    QTest::newRow("supervisor") << "supervisor" << QVariant(false) << false;
    QTest::newRow("supervisor configured to receive") << "supervisor" << QVariant(true) << true;
    QTest::newRow("older engine: agent") << "agent" << QVariant() << true;
    QTest::newRow("older engine: team lead") << "team_lead" << QVariant() << true;
    QTest::newRow("older engine: supervisor") << "supervisor" << QVariant() << false;
    QTest::newRow("older engine: administrator") << "administrator" << QVariant() << false;
}

void TestTeamModels::reviewersShowNoLoad()
{
    QFETCH(QString, role);
    QFETCH(QVariant, receivesChats);
    QFETCH(bool, routed);
    QJsonObject wire{{"id", "x"},        {"name", "X"},        {"role", role},
                     {"maxSessions", 1}, {"status", "online"}, {"load", 0}};
    if (receivesChats.isValid())
        wire.insert(QStringLiteral("receivesChats"), receivesChats.toBool());
    reply::TeamAgent agent;
    agent.view = AgentView::fromJson(wire);
    QCOMPARE(agent.view.agent.rights.mayReceive, routed);
    QCOMPARE(agent.view.agent.toJson().value(QStringLiteral("receivesChats")).toBool(), routed);
    QCOMPARE(agent.takesChats(), routed);

    TeamAgentModel model([] { return qint64(0); });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.apply({agent});
    const QModelIndex load = model.index(0, TeamAgentModel::LoadColumn);
    QCOMPARE(CellKind(load.data(TeamRole::Kind).toInt()), routed ? CellKind::LoadBar : CellKind::Text);
    QCOMPARE(load.data().toString() == QLatin1String("0/1"), routed);
    QCOMPARE(load.data(Qt::ToolTipRole).isValid(), !routed);

    // A reviewer granted mayReceive later becomes staff on the next snapshot.
    agent.view.agent.rights.mayReceive = true;
    model.apply({agent});
    QCOMPARE(model.index(0, TeamAgentModel::LoadColumn).data().toString(), QStringLiteral("0/1"));
}

void TestTeamModels::waitsGrowWithTheClock()
{
    qint64 now = 10'000;
    QueueStatsModel queuesModel([&now] { return now; });
    WaitingCustomerModel model(queuesModel, [&now] { return now; });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    queuesModel.apply(queues({{"normal", 1}}), now);
    reply::WaitingCustomer w;
    w.view.conversation.id = 7;
    w.view.customer.name = QStringLiteral("王女士");
    w.queueId = QStringLiteral("normal");
    w.waitedMs = 4'000;
    model.apply({w}, now);
    QCOMPARE(model.index(0, WaitingCustomerModel::QueueColumn).data().toString(), QStringLiteral("General"));
    QCOMPARE(model.index(0, WaitingCustomerModel::WaitedColumn).data(TeamRole::ElapsedMs).toLongLong(),
             4'000);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    now += 3'000;
    model.tick();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, WaitingCustomerModel::WaitedColumn).data(TeamRole::ElapsedMs).toLongLong(),
             7'000);
    QCOMPARE(queuesModel.index(0, 0).data(TeamRole::ElapsedMs).toLongLong(),
             4'000); // longest wait: 1 s × 1 + 3 s
}

QTEST_GUILESS_MAIN(TestTeamModels)
#include "tst_team_models.moc"
