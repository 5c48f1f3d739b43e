// F4 in the workstation against a real engine: a team lead lands on Records, filters, opens a chain
// with its history, and exports what matches to a CSV file whose content is checked.
#include "client/csvwriter.h"
#include "client/transferrecordmodel.h"
#include "support/serverfixture.h"
#include "ui/analyticsview.h"
#include "ui/chartcard.h"
#include "ui/lowratingsview.h"
#include "ui/mainwindow.h"
#include "ui/satisfactionbadge.h"
#include "ui/recorddetaildialog.h"
#include "ui/recordsview.h"
#include "workstationdesk.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QChart>
#include <QImage>
#include <QTabWidget>
#include <QToolButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QTabBar>
#include <QTextBrowser>

using namespace baton;
using namespace baton::test;

namespace {
struct Seeded {
    QString from, to, fromDept, toDept, state, reason;
};

// Transfers as the engine would have stored them, an hour ago, each in its own closed conversation
// with a short history.
QList<qint64> seed(EngineFixture &f, const QList<Seeded> &rows)
{
    Database &db = f.store().database();
    const qint64 at = QDateTime::currentMSecsSinceEpoch() - 3'600'000;
    QList<qint64> conversations;
    db.begin();
    for (int i = 0; i < rows.size(); ++i) {
        const Seeded &r = rows[i];
        db.execSql("INSERT INTO conversations(customer_id, skill, state, created_ms, closed_ms, owner_id, "
                   "first_owner_id, assigned_ms, last_seq) VALUES('vip-1','technical','closed',?,?,?,?,?,2)",
                   {at + i, at + i + 60'000, r.to, r.from, at + i});
        QSqlQuery last = db.connection().exec("SELECT MAX(id) FROM conversations");
        last.next();
        const qint64 id = last.value(0).toLongLong();
        conversations.append(id);
        db.execSql("INSERT INTO messages(conversation_id, seq, sender_kind, sender_id, text, time_ms) VALUES"
                   "(?,1,'customer','vip-1',?,?),(?,2,'agent',?,'马上为您处理',?)",
                   {id, QStringLiteral("第 %1 个问题：App 闪退").arg(i + 1), at + i, id, r.from, at + i + 5000});
        db.execSql("INSERT INTO transfers(conversation_id, attempt_id, from_agent, to_agent, from_department, "
                   "to_department, note, state, reason, created_ms, deadline_ms, resolved_ms) "
                   "VALUES(?,1,?,?,?,?,'{\"problem\":\"闪退\"}',?,?,?,?,?)",
                   {id, r.from, r.to, r.fromDept, r.toDept, r.state, r.reason, at + i + 10'000, at + i + 40'000,
                    at + i + 12'500});
    }
    db.commit();
    return conversations;
}
} // namespace

class TestRecords : public QObject {
    Q_OBJECT
private slots:
    void teamLeadFiltersOpensAndExports();
    void analyticsChartsTablesAndPng();
    void lowRatingsAndOwnSatisfaction();
    void agentsGetNoRecordsTab();
};

void TestRecords::teamLeadFiltersOpensAndExports()
{
    ServerFixture server;
    const QString tricky = QStringLiteral("太忙, 稍后 \"再\" 转\n第二行");
    const QList<qint64> ids = seed(server, {{"alice", "carol", "sales", "tech", "rejected", tricky},
                                            {"alice", "carol", "sales", "tech", "accepted", ""},
                                            {"carol", "dave", "tech", "tech", "rejected", "不熟悉该业务"},
                                            {"alice", "bob", "sales", "sales", "rejected", "太忙"}}); // not dave's
    WorkstationDesk desk(server.agentUrl(), QStringLiteral("dave"));
    QVERIFY(desk.waitOnline());
    QVERIFY(QTest::qWaitFor([&] { return desk.session().records() != nullptr; }, 5000));
    RecordsView *records = desk.session().records();
    QCOMPARE(desk.window().workspaces()->currentWidget(), records); // a team lead lands on Records
    QAbstractItemModelTester tester(&records->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The 7-day preset is on: the three transfers that touch tech, newest first.
    const bool three = QTest::qWaitFor([&] { return records->model().rowCount() == 3 && !records->model().isLoading(); }, 5000);
    QVERIFY2(three, qPrintable(QStringLiteral("%1 rows; %2").arg(records->model().rowCount())
                                   .arg(records->findChild<QLabel *>(QStringLiteral("recordsStatus"))->text())));
    QCOMPARE(records->model().record(0).conversationId, ids[2]);

    // Reason text and result: only the tricky rejection is left.
    records->reasonEdit()->setText(QStringLiteral("忙"));
    records->stateBox()->setCurrentIndex(records->stateBox()->findData(QStringLiteral("rejected")));
    QTest::mouseClick(records->findChild<QPushButton *>(QStringLiteral("searchRecords")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !records->model().isLoading() && records->model().rowCount() == 1; }, 5000));
    QCOMPARE(records->model().record(0).reason, tricky);
    QCOMPARE(records->model().record(0).toName, QStringLiteral("Carol"));

    // Cross-department only, with small pages: fetchMore brings the second page.
    records->reasonEdit()->clear();
    records->stateBox()->setCurrentIndex(0);
    records->crossBox()->setCurrentIndex(records->crossBox()->findData(QStringLiteral("cross")));
    records->model().setPageSize(1);
    records->search();
    QVERIFY(QTest::qWaitFor([&] { return records->model().rowCount() == 2 || records->model().isComplete(); }, 5000));
    QVERIFY(QTest::qWaitFor([&] {
        if (records->model().canFetchMore({}))
            records->model().fetchMore({});
        return records->model().isComplete();
    }, 5000));
    QCOMPARE(records->model().rowCount(), 2);

    // Drill-down: the chain and the read-only history of the first row.
    QTest::keyClick(records->table(), Qt::Key_Home);
    RecordDetailDialog *detail = records->openRecord(0);
    QVERIFY(detail);
    QSignalSpy loaded(detail, &RecordDetailDialog::loaded);
    QVERIFY(loaded.wait(5000));
    QVERIFY(detail->chain().rowCount() >= 2); // first routing, then the transfer
    QVERIFY(detail->historyView()->toPlainText().contains(QStringLiteral("App 闪退")));
    detail->close();

    // Export everything that matches (both cross-department rows) and read the file back.
    QTemporaryDir dir;
    const QString path = dir.filePath("records.csv");
    QSignalSpy finished(&records->exporter(), &TransferCsvExport::finished);
    QVERIFY(records->exportTo(path));
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().toInt(), 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> csv = CsvWriter::parse(bytes);
    QCOMPARE(csv.size(), 3);
    QCOMPARE(csv[0], TransferCsvExport::header());
    const qsizetype reasonColumn = csv[0].indexOf(TransferCsvExport::tr("Reason"));
    QStringList reasons{csv[1][reasonColumn], csv[2][reasonColumn]};
    QVERIFY(reasons.contains(tricky)); // comma, quotes, line break and Chinese survive
    QCOMPARE(csv[1][1].toLongLong() == ids[0] || csv[2][1].toLongLong() == ids[0], true);
}

void TestRecords::analyticsChartsTablesAndPng()
{
    ServerFixture server;
    seed(server, {{"alice", "carol", "sales", "tech", "rejected", "太忙"},
                  {"alice", "carol", "sales", "tech", "accepted", ""},
                  {"carol", "dave", "tech", "tech", "rejected", "不熟悉该业务"}});
    WorkstationDesk desk(server.agentUrl(), QStringLiteral("dave"));
    QVERIFY(desk.waitOnline());
    QVERIFY(QTest::qWaitFor([&] { return desk.session().analytics() != nullptr; }, 5000));
    AnalyticsView *analytics = desk.session().analytics();
    desk.window().showWorkspace(analytics);
    QVERIFY(QTest::qWaitFor([&] { return analytics->isLoaded(); }, 5000));
    QCOMPARE(analytics->cards().size(), 8);

    ChartCard *reasons = analytics->card(QStringLiteral("reasons"));
    QAbstractItemModelTester tester(&reasons->table(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(reasons->table().rowCount(), 2); // two rejections, one reason each
    QVERIFY(!reasons->chart()->series().isEmpty());
    QTest::mouseClick(reasons->findChild<QToolButton *>(QStringLiteral("showTable")), Qt::LeftButton);
    QVERIFY(reasons->isShowingTable());

    ChartCard *volume = analytics->card(QStringLiteral("volume"));
    int total = 0;
    for (int row = 0; row < volume->table().rowCount(); ++row)
        total += volume->table().index(row, 1).data(MetricTableModel::SortRole).toInt();
    QCOMPARE(total, 3);

    QTemporaryDir dir;
    const QString png = dir.filePath("volume.png");
    QVERIFY(volume->saveImage(png));
    QImage image(png);
    QVERIFY(!image.isNull() && image.width() > 100);
}

void TestRecords::lowRatingsAndOwnSatisfaction()
{
    ServerFixture server;
    Database &db = server.store().database();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // carol (tech): rated 1 with a comment and 5; alice (sales): rated 4 and 2.
    const QList<std::tuple<const char *, int, const char *>> rated{
        {"carol", 1, "转了好几次才解决"}, {"carol", 5, ""}, {"alice", 4, ""}, {"alice", 2, "等太久"}};
    db.begin();
    for (qsizetype i = 0; i < rated.size(); ++i) {
        const auto &[agent, rating, comment] = rated[i];
        QVERIFY(db.execSql("INSERT INTO conversations(customer_id, state, created_ms, closed_ms, owner_id, closed_by, "
                           "rating, rating_comment, last_seq) VALUES('vip-1','closed',?,?,?,?,?,?,0)",
                           {now - 600'000 + i, now - 60'000 + i, agent, agent, rating, QString::fromUtf8(comment)}));
    }
    db.commit();

    WorkstationDesk lead(server.agentUrl(), QStringLiteral("dave"));
    QVERIFY(lead.waitOnline());
    QVERIFY(QTest::qWaitFor([&] { return lead.session().lowRatings() != nullptr; }, 5000));
    LowRatingsView *low = lead.session().lowRatings();
    QAbstractItemModelTester tester(&low->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(QTest::qWaitFor([&] { return !low->model().isLoading() && low->model().isComplete(); }, 5000));
    QCOMPARE(low->model().rowCount(), 1); // tech only, and only the low one
    QVERIFY(low->model().index(0).data().toString().contains(QStringLiteral("转了好几次才解决")));
    RecordDetailDialog *detail = low->open(0);
    QVERIFY(detail);
    QSignalSpy loaded(detail, &RecordDetailDialog::loaded);
    QVERIFY(loaded.wait(5000));
    detail->close();

    WorkstationDesk agent(server.agentUrl(), QStringLiteral("alice"));
    QVERIFY(agent.waitOnline());
    SatisfactionBadge *badge = agent.session().satisfaction();
    QVERIFY(QTest::qWaitFor([&] { return badge->hasFigure(); }, 5000));
    QVERIFY2(badge->text().contains(QStringLiteral("3.0")), qPrintable(badge->text())); // (4 + 2) / 2, her own only
}

void TestRecords::agentsGetNoRecordsTab()
{
    ServerFixture server;
    WorkstationDesk desk(server.agentUrl(), QStringLiteral("alice"));
    QVERIFY(desk.waitOnline());
    QTest::qWait(100);
    QVERIFY(desk.session().records() == nullptr);
    QVERIFY(desk.window().workspaces()->tabBar()->isHidden());
}

QTEST_MAIN(TestRecords)
#include "tst_records.moc"
