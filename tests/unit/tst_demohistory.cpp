// The demo's 90 days of history: written once, deterministic, fast, and differing between colleagues
// in the very figures the recommender ranks by.
#include "demo/demohistory.h"
#include "demo/demoscript.h"
#include "engine/database.h"
#include "engine/store.h"
#include "engine/teamconfig.h"
#include "engine/trackrecordquery.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace baton;

class TestDemoHistory : public QObject {
    Q_OBJECT
private slots:
    void seedsOnceDeterministically();
    void colleaguesDiffer();

private:
    static constexpr qint64 endMs = 1'796'000'000'000;
    static QString fingerprint(Database &db);
};

QString TestDemoHistory::fingerprint(Database &db)
{
    QSqlQuery q = db.connection().exec(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM conversations), (SELECT COUNT(*) FROM transfers), "
        "(SELECT COUNT(*) FROM messages), (SELECT SUM(created_ms % 9973) FROM conversations), "
        "(SELECT SUM(rating) FROM conversations), (SELECT group_concat(state, '') FROM "
        "(SELECT state FROM transfers ORDER BY id LIMIT 200))"));
    q.next();
    QStringList parts;
    for (int i = 0; i < 6; ++i)
        parts.append(q.value(i).toString());
    return parts.join(QLatin1Char('|'));
}

void TestDemoHistory::seedsOnceDeterministically()
{
    QString error;
    const auto team = TeamConfig::parse(DemoScript::teamJson(), &error);
    QVERIFY2(team, qPrintable(error));
    QString prints[2];
    for (QString &print : prints) {
        QTemporaryDir dir;
        Database db({dir.filePath("demo.db"), false});
        QVERIFY(db.open());
        Store store(db);
        db.begin();
        for (const Department &d : team->departments)
            QVERIFY(store.upsertDepartment(d));
        for (const AgentRecord &r : team->agents)
            QVERIFY(store.upsertAgent(r));
        QVERIFY(db.commit());

        DemoHistory::Options options;
        options.endMs = endMs;
        DemoHistory::Summary summary;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(DemoHistory::seedOnce(db, *team, options, &summary, &error), qPrintable(error));
        qInfo() << "seeded" << summary.conversations << "conversations," << summary.transfers << "transfers,"
                << summary.messages << "messages in" << timer.elapsed() << "ms";
        QCOMPARE(summary.conversations, 20'000);
        QVERIFY(summary.transfers > 2'000);
        QVERIFY(!summary.alreadyThere);

        QSqlQuery range = db.connection().exec("SELECT MIN(created_ms), MAX(closed_ms) FROM conversations");
        QVERIFY(range.next());
        QVERIFY(range.value(0).toLongLong() >= endMs - 91LL * 86'400'000);
        QVERIFY(range.value(1).toLongLong() <= endMs + 3'600'000);
        print = fingerprint(db);

        DemoHistory::Summary again;
        QVERIFY(DemoHistory::seedOnce(db, *team, options, &again, &error));
        QVERIFY(again.alreadyThere);
        QCOMPARE(fingerprint(db), print); // nothing was added the second time
    }
    QCOMPARE(prints[0], prints[1]);
}

void TestDemoHistory::colleaguesDiffer()
{
    QString error;
    const auto team = TeamConfig::parse(DemoScript::teamJson(), &error);
    QTemporaryDir dir;
    Database db({dir.filePath("demo.db"), false});
    QVERIFY(db.open());
    Store store(db);
    db.begin();
    for (const Department &d : team->departments)
        store.upsertDepartment(d);
    for (const AgentRecord &r : team->agents)
        store.upsertAgent(r);
    db.commit();
    DemoHistory::Options options;
    options.endMs = endMs;
    QVERIFY(DemoHistory::seedOnce(db, *team, options, nullptr, &error));

    const auto history = TrackRecordQuery::byAgent(db);
    QVERIFY(!history.contains("supervisor")); // supervisors review, they do not serve
    double lowRating = 5, highRating = 0, lowResolution = 1, highResolution = 0;
    for (const HistoryFigures &f : history) {
        QVERIFY(f.handled > 300);
        QVERIFY(f.rated > 100);
        const double rating = double(f.ratingSum) / f.rated;
        const double resolution = double(f.resolved) / f.handled;
        lowRating = std::min(lowRating, rating);
        highRating = std::max(highRating, rating);
        lowResolution = std::min(lowResolution, resolution);
        highResolution = std::max(highResolution, resolution);
    }
    qInfo() << "ratings" << lowRating << "to" << highRating << "; resolution" << lowResolution << "to" << highResolution;
    QVERIFY(highRating - lowRating > 0.6);
    QVERIFY(highResolution - lowResolution > 0.15);
    QVERIFY(TrackRecordQuery::byAgentAndSkill(db).value("zhaomin").value("technical").handled > 0);

    // Every kind of transfer outcome is there, rejections with reasons, and cross-department hops.
    QSqlQuery q = db.connection().exec(
        "SELECT COUNT(DISTINCT state), SUM(state='rejected' AND reason<>''), SUM(from_department<>to_department), "
        "SUM(state='timeout') FROM transfers");
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 4);
    QVERIFY(q.value(1).toInt() > 100);
    QVERIFY(q.value(2).toInt() > 100);
    QVERIFY(q.value(3).toInt() > 50);
}

QTEST_GUILESS_MAIN(TestDemoHistory)
#include "tst_demohistory.moc"
