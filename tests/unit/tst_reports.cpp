// F4: transfer records and metrics on the store's schema, checked against a brute-force filter of
// the same rows and against figures worked out by hand.
#include "engine/database.h"
#include "engine/ratingquery.h"
#include "engine/reportfilter.h"
#include "engine/servicemetricsquery.h"
#include "engine/transfermetricsquery.h"
#include "engine/transferrecordquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>
#include <algorithm>

using namespace baton;

namespace {
struct Row {
    qint64 id = 0;
    qint64 conversationId = 0;
    QString from, to, fromDept, toDept, state, reason, skill;
    qint64 createdMs = 0;
    qint64 resolvedMs = 0;
};

const QStringList agentIds{"a1", "a2", "t1", "t2", "s1"};
const QStringList agentDepts{"sales", "sales", "tech", "tech", "sales"};
const QStringList states{"accepted", "rejected", "timeout", "cancelled"}; // pending: one per conversation only
const QStringList reasons{"太忙了", "不熟悉该业务", "offline", "", "busy, later"};
const QStringList skills{"pre_sales", "technical", ""};
constexpr qint64 baseMs = 1'780'000'000'000;

class Fixture {
public:
    Fixture()
        : db(Database::Options{dir.filePath("reports.db"), false})
    {
        QVERIFY(db.open());
        db.begin();
        db.execSql("INSERT INTO departments(id, name) VALUES('sales','销售部'),('tech','技术部')");
        const QStringList roles{"agent", "agent", "team_lead", "agent", "supervisor"};
        for (int i = 0; i < agentIds.size(); ++i)
            QVERIFY(db.execSql("INSERT INTO agents(id, display_name, department, level, role, max_sessions, "
                               "password_hash, may_transfer, may_receive, cross_department, transfer_upward) "
                               "VALUES(?,?,?,1,?,3,'x',1,1,1,1)",
                               {agentIds[i], QString("名" + agentIds[i]), agentDepts[i], roles[i]}));
        QVERIFY(db.execSql("INSERT INTO customers(id, name) VALUES('c1','王女士')"));
        db.commit();
    }

    qint64 conversation(const QString &skill, QVariant rating = {}, qint64 createdMs = baseMs)
    {
        db.execSql("INSERT INTO conversations(customer_id, skill, state, created_ms, rating) VALUES('c1',?,?,?,?)",
                   {skill.isEmpty() ? QVariant() : QVariant(skill), "closed", createdMs, rating});
        return lastId("conversations");
    }

    qint64 lastId(const char *table)
    {
        QSqlQuery q = db.connection().exec(QStringLiteral("SELECT MAX(id) FROM %1").arg(table));
        return q.next() ? q.value(0).toLongLong() : 0;
    }

    void insert(Row &r)
    {
        QVERIFY(db.execSql("INSERT INTO transfers(conversation_id, attempt_id, from_agent, to_agent, from_department, "
                           "to_department, note, state, reason, created_ms, deadline_ms, resolved_ms) "
                           "VALUES(?,1,?,?,?,?,'{\"problem\":\"登录失败\"}',?,?,?,?,?)",
                           {r.conversationId, r.from, r.to, r.fromDept, r.toDept, r.state, r.reason, r.createdMs,
                            r.createdMs + 30000, r.resolvedMs ? QVariant(r.resolvedMs) : QVariant()}));
        r.id = lastId("transfers");
    }

    QTemporaryDir dir;
    Database db;
};

// A deterministic generator, so a failing case can be replayed.
quint32 next(quint32 &seed)
{
    seed = seed * 1664525u + 1013904223u;
    return seed >> 8;
}

QList<Row> generate(Fixture &f)
{
    quint32 seed = 7;
    QList<qint64> conversations;
    for (int i = 0; i < 40; ++i)
        conversations.append(f.conversation(skills[i % skills.size()]));
    QList<Row> rows;
    qint64 t = baseMs;
    f.db.begin();
    for (int i = 0; i < 300; ++i) {
        Row r;
        const int from = int(next(seed) % agentIds.size());
        const int to = (from + 1 + int(next(seed) % (agentIds.size() - 1))) % agentIds.size();
        r.conversationId = conversations[int(next(seed) % conversations.size())];
        r.skill = skills[int((r.conversationId - conversations.first()) % skills.size())];
        r.from = agentIds[from];
        r.to = agentIds[to];
        r.fromDept = agentDepts[from];
        r.toDept = agentDepts[to];
        r.state = states[int(next(seed) % states.size())];
        r.reason = r.state == "rejected" || r.state == "timeout" ? reasons[int(next(seed) % reasons.size())] : "";
        if (i % 5 != 0) // every fifth shares its offer time with the one before: ties for the cursor
            t += 60'000 + next(seed) % 3'600'000;
        r.createdMs = t;
        r.resolvedMs = r.state == "pending" ? 0 : t + 1000 + next(seed) % 30000;
        f.insert(r);
        rows.append(r);
    }
    f.db.commit();
    return rows;
}

bool matches(const Row &r, const ReportFilter &f)
{
    if (f.fromMs && r.createdMs < f.fromMs)
        return false;
    if (f.toMs && r.createdMs >= f.toMs)
        return false;
    if (!f.states.isEmpty() && !f.states.contains(r.state))
        return false;
    auto either = [&r](const QString &a) { return r.from == a || r.to == a; };
    auto eitherDept = [&r](const QString &d) { return r.fromDept == d || r.toDept == d; };
    if (!f.agent.isEmpty() && !either(f.agent))
        return false;
    if (!f.department.isEmpty() && !eitherDept(f.department))
        return false;
    if (f.crossDepartment && *f.crossDepartment != (r.fromDept != r.toDept))
        return false;
    if (!f.reasonContains.isEmpty() && !r.reason.contains(f.reasonContains))
        return false;
    if (!f.skill.isEmpty() && r.skill != f.skill)
        return false;
    if (f.conversationId && r.conversationId != f.conversationId)
        return false;
    if (f.scope.kind == ReportScope::Agent && !either(f.scope.value))
        return false;
    if (f.scope.kind == ReportScope::Department && !eitherDept(f.scope.value))
        return false;
    return true;
}
} // namespace

Q_DECLARE_METATYPE(ReportScope)

class TestReports : public QObject {
    Q_OBJECT
private slots:
    void listMatchesBruteForce_data();
    void listMatchesBruteForce();
    void listRowCarriesBothSides();
    void badCursorAndLimit();
    void pagesFitInOneFrame();
    void transferMetricsByHand();
    void timeBucketsFollowTheOffset();
    void serviceMetricsByHand();
    void lowRatingsNewestFirst();
};

void TestReports::listMatchesBruteForce_data()
{
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<ReportScope>("scope");
    const ReportScope all;
    const qint64 mid = baseMs + 150LL * 1'800'000;
    QTest::newRow("everything") << QJsonObject{} << all;
    QTest::newRow("time range") << QJsonObject{{"fromMs", baseMs + 3'600'000}, {"toMs", mid}} << all;
    QTest::newRow("states") << QJsonObject{{"states", QJsonArray{"rejected", "timeout"}}} << all;
    QTest::newRow("agent either side") << QJsonObject{{"agent", "a1"}} << all;
    QTest::newRow("department either side") << QJsonObject{{"department", "tech"}} << all;
    QTest::newRow("cross-department") << QJsonObject{{"crossDepartment", true}} << all;
    QTest::newRow("within a department") << QJsonObject{{"crossDepartment", false}} << all;
    QTest::newRow("reason, Chinese") << QJsonObject{{"reasonContains", "忙"}} << all;
    QTest::newRow("reason, with comma") << QJsonObject{{"reasonContains", "busy,"}} << all;
    QTest::newRow("skill") << QJsonObject{{"skill", "technical"}} << all;
    QTest::newRow("conversation") << QJsonObject{{"conversationId", 3}} << all;
    QTest::newRow("combined") << QJsonObject{{"agent", "t2"}, {"states", QJsonArray{"accepted"}}, {"toMs", mid}} << all;
    QTest::newRow("nothing matches") << QJsonObject{{"reasonContains", "无此原因"}} << all;
    QTest::newRow("agent scope") << QJsonObject{} << ReportScope{ReportScope::Agent, "a2"};
    QTest::newRow("agent scope and other agent") << QJsonObject{{"agent", "t1"}} << ReportScope{ReportScope::Agent, "a2"};
    QTest::newRow("team lead scope") << QJsonObject{{"states", QJsonArray{"rejected"}}}
                                     << ReportScope{ReportScope::Department, "tech"};
}

void TestReports::listMatchesBruteForce()
{
    QFETCH(QJsonObject, payload);
    QFETCH(ReportScope, scope);
    Fixture f;
    const QList<Row> rows = generate(f);
    QString error;
    auto filter = ReportFilter::fromJson(payload, &error);
    QVERIFY2(filter, qPrintable(error));
    filter->scope = scope;

    QList<Row> expected;
    std::copy_if(rows.cbegin(), rows.cend(), std::back_inserter(expected), [&](const Row &r) { return matches(r, *filter); });
    std::sort(expected.begin(), expected.end(), [](const Row &a, const Row &b) {
        return a.createdMs != b.createdMs ? a.createdMs > b.createdMs : a.id > b.id;
    });

    // Small pages, so the cursor crosses the rows that share an offer time.
    QList<qint64> got;
    QString before;
    for (int page = 0; page < 100; ++page) {
        const EngineResult r = TransferRecordQuery::run(f.db.connection(), *filter, before, 7);
        QVERIFY(r.ok());
        const QJsonArray list = r.payload.value("transfers").toArray();
        QVERIFY(list.size() <= 7);
        for (const QJsonValue &v : list)
            got.append(qint64(v.toObject().value("id").toDouble()));
        if (r.payload.value("next").isNull())
            break;
        before = r.payload.value("next").toString();
    }
    QList<qint64> want;
    for (const Row &r : expected)
        want.append(r.id);
    QCOMPARE(got, want);
}

void TestReports::listRowCarriesBothSides()
{
    Fixture f;
    Row r{0, f.conversation("technical", 5), "a1", "t2", "sales", "tech", "accepted", "", "technical", baseMs,
          baseMs + 4200};
    f.insert(r);
    const EngineResult result = TransferRecordQuery::run(f.db.connection(), {}, {}, 10);
    QVERIFY(result.ok());
    const QJsonObject row = result.payload.value("transfers").toArray().first().toObject();
    QCOMPARE(row.value("fromName").toString(), "名a1");
    QCOMPARE(row.value("toName").toString(), "名t2");
    QCOMPARE(row.value("fromDepartment").toString(), "sales");
    QCOMPARE(row.value("toDepartment").toString(), "tech");
    QCOMPARE(row.value("crossDepartment").toBool(), true);
    QCOMPARE(row.value("responseMs").toInt(), 4200);
    QCOMPARE(row.value("customerName").toString(), "王女士");
    QCOMPARE(row.value("note").toObject().value("problem").toString(), "登录失败");
    QCOMPARE(row.value("rating").toInt(), 5);
    QVERIFY(result.payload.value("next").isNull());
}

void TestReports::badCursorAndLimit()
{
    Fixture f;
    QCOMPARE(TransferRecordQuery::run(f.db.connection(), {}, "12", 10).error->kind, EngineError::InvalidArgument);
    QCOMPARE(TransferRecordQuery::run(f.db.connection(), {}, "a:b", 10).error->kind, EngineError::InvalidArgument);
    QCOMPARE(TransferRecordQuery::run(f.db.connection(), {}, {}, 501).error->kind, EngineError::InvalidArgument);
    QString error;
    QVERIFY(!ReportFilter::fromJson({{"states", QJsonArray{"lost"}}}, &error));
    QVERIFY(!ReportFilter::fromJson({{"fromMs", 10}, {"toMs", 5}}, &error));
}

void TestReports::pagesFitInOneFrame()
{
    Fixture f;
    const qint64 conversation = f.conversation("technical");
    f.db.begin();
    for (int i = 0; i < 300; ++i) {
        Row r{0, conversation, "a1", "t2", "sales", "tech", "rejected", QString(300, QChar(0x5FD9)), "",
              baseMs + i * 1000, baseMs + i * 1000 + 500};
        f.insert(r);
    }
    f.db.commit();
    // 300 rows of ~1 KiB: a page of 500 would not fit the 64 KiB frame; pages stop earlier and `next` goes on.
    QSet<qint64> seen;
    QString before;
    int pages = 0;
    do {
        const EngineResult page = TransferRecordQuery::run(f.db.connection(), {}, before, 500);
        QVERIFY(page.ok());
        QVERIFY(QJsonDocument(page.payload).toJson(QJsonDocument::Compact).size() < 64 * 1024 - 1024);
        for (const QJsonValue &v : page.payload.value("transfers").toArray())
            seen.insert(qint64(v.toObject().value("id").toDouble()));
        before = page.payload.value("next").toString();
        ++pages;
    } while (!before.isEmpty() && pages < 100);
    QCOMPARE(seen.size(), 300);
    QVERIFY(pages > 1);
}

void TestReports::transferMetricsByHand()
{
    Fixture f;
    const qint64 rated4 = f.conversation("technical", 4);
    const qint64 rated2 = f.conversation("technical", 2);
    const qint64 unrated = f.conversation("pre_sales");
    // To t2: accepted after 1 s (rated 4), accepted after 3 s (rated 2), rejected after 10 s, timeout,
    // cancelled. To a2: accepted after 2 s.
    QList<Row> rows{{0, rated4, "a1", "t2", "sales", "tech", "accepted", "", "", baseMs, baseMs + 1000},
                    {0, rated2, "a1", "t2", "sales", "tech", "accepted", "", "", baseMs + 1, baseMs + 3001},
                    {0, unrated, "a1", "t2", "sales", "tech", "rejected", "太忙", "", baseMs + 2, baseMs + 10002},
                    {0, unrated, "a1", "t2", "sales", "tech", "timeout", "", "", baseMs + 3, baseMs + 30003},
                    {0, unrated, "a1", "t2", "sales", "tech", "cancelled", "", "", baseMs + 4, baseMs + 5},
                    {0, unrated, "a1", "a2", "sales", "sales", "accepted", "", "", baseMs + 5, baseMs + 2005},
                    // A lead's REASSIGN: a hop in the chain and a row in the records, but no offer
                    // anybody answered — it must not count as an accepted transfer answered in 0 ms.
                    {0, unrated, "a1", "a2", "sales", "sales", "accepted", "reassigned", "", baseMs + 6, baseMs + 6}};
    for (Row &r : rows)
        f.insert(r);
    const EngineResult result = TransferMetricsQuery::run(f.db.connection(), {}, ReportGrouping::Agent);
    QVERIFY(result.ok());
    const QJsonArray list = result.payload.value("rows").toArray();
    QCOMPARE(list.size(), 2);
    const QJsonObject a2 = list[0].toObject();
    QCOMPARE(a2.value("key").toString(), "a2");
    QCOMPARE(a2.value("label").toString(), "名a2");
    QCOMPARE(a2.value("count").toInt(), 1);
    QCOMPARE(a2.value("successRate").toDouble(), 1.0);
    QVERIFY(a2.value("csatAfterTransfer").isNull());
    const QJsonObject t2 = list[1].toObject();
    QCOMPARE(t2.value("count").toInt(), 5);
    QCOMPARE(t2.value("accepted").toInt(), 2);
    QCOMPARE(t2.value("rejected").toInt(), 1);
    QCOMPARE(t2.value("timeout").toInt(), 1);
    QCOMPARE(t2.value("cancelled").toInt(), 1);
    QCOMPARE(t2.value("successRate").toDouble(), 2.0 / 4.0); // cancelled ones were never decided
    QCOMPARE(t2.value("rejectionRate").toDouble(), 1.0 / 4.0);
    QCOMPARE(t2.value("avgResponseMs").toInt(), (1000 + 3000 + 10000) / 3);
    QCOMPARE(t2.value("p90ResponseMs").toInt(), 10000); // nearest rank: ceil(0.9 × 3) = 3rd of 3
    QCOMPARE(t2.value("csatAfterTransfer").toDouble(), 3.0);
    // Answered in 1 s, 3 s, 10 s (to t2) and 2 s (to a2): ≤5 s three, ≤10 s one.
    const QJsonObject histogram = result.payload.value("responseHistogram").toObject();
    QCOMPARE(histogram.value("upToMs").toArray(), (QJsonArray{5000, 10000, 20000, 30000, 60000}));
    QCOMPARE(histogram.value("counts").toArray(), (QJsonArray{3, 1, 0, 0, 0, 0}));

    const EngineResult cross = TransferMetricsQuery::run(f.db.connection(), {}, ReportGrouping::CrossDepartment);
    const QJsonArray crossRows = cross.payload.value("rows").toArray();
    QCOMPARE(crossRows.size(), 2);
    QCOMPARE(crossRows[0].toObject().value("key").toString(), "false");
    QCOMPARE(crossRows[0].toObject().value("count").toInt(), 1);
    QCOMPARE(crossRows[1].toObject().value("count").toInt(), 5);

    const EngineResult reasons = TransferMetricsQuery::run(f.db.connection(), *ReportFilter::fromJson(
        {{"states", QJsonArray{"rejected"}}}, nullptr), ReportGrouping::Reason);
    QCOMPARE(reasons.payload.value("rows").toArray().size(), 1);
    QCOMPARE(reasons.payload.value("rows").toArray()[0].toObject().value("key").toString(), "太忙");
}

void TestReports::timeBucketsFollowTheOffset()
{
    Fixture f;
    const qint64 conversation = f.conversation("technical");
    // 2026-06-01 23:30 UTC is already 2 June in Beijing (UTC+8).
    const qint64 lateEvening = QDateTime(QDate(2026, 6, 1), QTime(23, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    Row r{0, conversation, "a1", "a2", "sales", "sales", "accepted", "", "", lateEvening, lateEvening + 1000};
    f.insert(r);
    auto keyFor = [&](ReportGrouping::Kind k, int offset) {
        ReportFilter filter;
        filter.utcOffsetMinutes = offset;
        return TransferMetricsQuery::run(f.db.connection(), filter, k)
            .payload.value("rows").toArray()[0].toObject().value("key").toString();
    };
    QCOMPARE(keyFor(ReportGrouping::Day, 0), "2026-06-01");
    QCOMPARE(keyFor(ReportGrouping::Day, 480), "2026-06-02");
    QCOMPARE(keyFor(ReportGrouping::Hour, 480), "2026-06-02 07:00");
    QCOMPARE(keyFor(ReportGrouping::Week, 0), "2026-06-01"); // a Monday
    QCOMPARE(keyFor(ReportGrouping::Week, 480), "2026-06-01");
    QCOMPARE(keyFor(ReportGrouping::Month, 0), "2026-06");
}

void TestReports::serviceMetricsByHand()
{
    Fixture f;
    auto add = [&](const char *closedBy, qint64 queued, QVariant assigned, QVariant firstResponse, QVariant resolved,
                   QVariant rating, const char *escalation) {
        QVERIFY(f.db.execSql("INSERT INTO conversations(customer_id, state, created_ms, queued_ms, assigned_ms, "
                             "first_response_ms, resolved, rating, closed_by, owner_id, escalation) "
                             "VALUES('c1','closed',?,?,?,?,?,?,?,?,?)",
                             {baseMs, baseMs + queued, assigned, firstResponse, resolved, rating,
                              closedBy ? QVariant(closedBy) : QVariant(), closedBy ? QVariant(closedBy) : QVariant(),
                              escalation}));
    };
    // a1: replied after 10 s and 30 s, one resolved, rated 5 and 2; one customer left waiting; the robot
    // met three of the four and handed two over (asked, complaint).
    add("a1", 0, baseMs + 1000, baseMs + 10'000, 1, 5, "button");
    add("a1", 5000, baseMs + 6000, baseMs + 35'000, 0, 2, "asked");
    add("t2", 0, baseMs + 500, baseMs + 20'000, 1, QVariant(), "complaint");
    add(nullptr, 0, QVariant(), QVariant(), QVariant(), QVariant(), "");
    const EngineResult result = ServiceMetricsQuery::run(f.db.connection(), {}, ReportGrouping::Agent);
    QVERIFY(result.ok());
    const QJsonArray rows = result.payload.value("rows").toArray();
    QCOMPARE(rows.size(), 3); // '' (nobody), a1, t2
    const QJsonObject nobody = rows[0].toObject();
    QCOMPARE(nobody.value("leftWhileWaiting").toInt(), 1);
    const QJsonObject a1 = rows[1].toObject();
    QCOMPARE(a1.value("key").toString(), "a1");
    QCOMPARE(a1.value("conversations").toInt(), 2);
    QCOMPARE(a1.value("avgFirstResponseMs").toInt(), 20'000);
    QCOMPARE(a1.value("firstResponseWithinTarget").toDouble(), 0.5);
    QCOMPARE(a1.value("resolutionRate").toDouble(), 0.5);
    QCOMPARE(a1.value("satisfactionAvg").toDouble(), 3.5);
    QCOMPARE(a1.value("ratings").toArray(), (QJsonArray{0, 1, 0, 0, 1}));
    QCOMPARE(a1.value("leftWhileWaiting").toInt(), 0);
    QCOMPARE(rows[2].toObject().value("firstResponseWithinTarget").toDouble(), 1.0); // exactly 20 s counts

    const QJsonArray handover = result.payload.value("handover").toArray();
    QCOMPARE(handover.size(), 2);
    QCOMPARE(handover[0].toObject().value("rate").toDouble(), 1.0 / 3.0);
    const QJsonObject refs = result.payload.value("references").toObject();
    QCOMPARE(refs.value("firstResponseMs").toInt(), 20'000);
    QCOMPARE(refs.value("resolutionRate").toDouble(), 0.75);
    QCOMPARE(refs.value("satisfaction").toDouble(), 4.5);
    QCOMPARE(ServiceMetricsQuery::run(f.db.connection(), {}, ReportGrouping::CrossDepartment).error->kind,
             EngineError::InvalidArgument);
    // Transfer filters are refused, not silently ignored.
    ReportFilter cross;
    cross.crossDepartment = true;
    ReportFilter states;
    states.states = {QStringLiteral("rejected")};
    ReportFilter reason;
    reason.reasonContains = QStringLiteral("忙");
    for (const ReportFilter &transfersOnly : {cross, states, reason}) {
        const EngineResult refused = ServiceMetricsQuery::run(f.db.connection(), transfersOnly, ReportGrouping::Day);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error->kind, EngineError::InvalidArgument);
    }
}

void TestReports::lowRatingsNewestFirst()
{
    Fixture f;
    // Closed at 1, 2, 3, 4 minutes with ratings 1, 5, 2, 2; handled by a1, a1, t2, t2.
    const QList<std::tuple<int, const char *, const char *>> rated{
        {1, "a1", "等了太久"}, {5, "a1", "很好"}, {2, "t2", "转了好几次"}, {2, "t2", ""}};
    for (qsizetype i = 0; i < rated.size(); ++i) {
        const auto &[rating, agent, comment] = rated[i];
        QVERIFY(f.db.execSql("INSERT INTO conversations(customer_id, state, created_ms, closed_ms, rating, "
                             "rating_comment, closed_by, owner_id) VALUES('c1','closed',?,?,?,?,?,?)",
                             {baseMs, baseMs + (i + 1) * 60'000, rating, comment, agent, agent}));
    }
    QList<QJsonObject> all;
    QString before;
    do {
        const EngineResult page = RatingQuery::run(f.db.connection(), {}, 2, before, 2);
        QVERIFY(page.ok());
        for (const QJsonValue &v : page.payload.value("ratings").toArray())
            all.append(v.toObject());
        before = page.payload.value("next").toString();
    } while (!before.isEmpty());
    QCOMPARE(all.size(), 3); // the 5 is not low
    QCOMPARE(all[0].value("rating").toInt(), 2);
    QCOMPARE(all[0].value("agentName").toString(), "名t2");
    QCOMPARE(all[1].value("comment").toString(), "转了好几次");
    QCOMPARE(all[2].value("comment").toString(), "等了太久");
    QCOMPARE(all[2].value("customerName").toString(), "王女士");

    ReportFilter mine;
    mine.scope = {ReportScope::Agent, "a1"};
    const EngineResult own = RatingQuery::run(f.db.connection(), mine, 5, {}, 10);
    QCOMPARE(own.payload.value("ratings").toArray().size(), 2);
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
