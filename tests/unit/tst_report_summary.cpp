// F4: the report summary (migration 007) answers TRANSFER_METRICS and SERVICE_METRICS exactly as the
// rows do: random stores, every grouping against the filters, the summary path beside the row path;
// rows summarized by migration/absorb() and by the Store's closing and rating alike.
#include "engine/database.h"
#include "engine/reportsummary.h"
#include "engine/responsehistogram.h"
#include "engine/servicemetricsquery.h"
#include "engine/store.h"
#include "engine/summaryplan.h"
#include "engine/transfermetricsquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace baton;

namespace {
const QStringList agentIds{"a1", "a2", "t1", "t2", "s1"};
const QStringList agentDepts{"sales", "sales", "tech", "tech", "sales"};
const QStringList transferStates{"accepted", "accepted", "rejected", "timeout", "cancelled"};
const QStringList reasons{"太忙了", "不熟悉该业务", "offline, later"};
const QStringList skills{"pre_sales", "technical", ""};
const QStringList escalations{"", "none", "button", "asked", "complaint"};
// 2026-06-01 00:00 UTC; the rows spread over ten days from here.
constexpr qint64 baseMs = 1'780'272'000'000;
constexpr qint64 hour = 3'600'000;

quint32 next(quint32 &seed)
{
    seed = seed * 1664525u + 1013904223u;
    return seed >> 8;
}

template <typename T> const T &pick(quint32 &seed, const QList<T> &list)
{
    return list[int(next(seed) % quint32(list.size()))];
}

QVariant maybe(quint32 &seed, const QVariant &v, int percentNull)
{
    return int(next(seed) % 100) < percentNull ? QVariant() : v;
}

class Fixture {
public:
    Fixture() : db(Database::Options{dir.filePath("summary.db"), false}), store(db)
    {
        QVERIFY(db.open());
        db.begin();
        db.execSql("INSERT INTO departments(id, name) VALUES('sales','销售部'),('tech','技术部')");
        for (int i = 0; i < agentIds.size(); ++i)
            QVERIFY(db.execSql("INSERT INTO agents(id, display_name, department, level, role, max_sessions, "
                               "password_hash, may_transfer, may_receive, cross_department, transfer_upward) "
                               "VALUES(?,?,?,1,'agent',3,'x',1,1,1,1)",
                               {agentIds[i], QString("名" + agentIds[i]), agentDepts[i]}));
        QVERIFY(db.execSql("INSERT INTO customers(id, name) VALUES('c1','王女士')"));
        db.commit();
    }

    // `count` conversations with transfers, written as plain SQL; `closedPercent` of them closed.
    QList<qint64> addRows(quint32 &seed, int count, int closedPercent)
    {
        QList<qint64> ids;
        db.begin();
        for (int i = 0; i < count; ++i) {
            const qint64 created = baseMs + qint64(next(seed) % (10 * 24 * 3600)) * 1000 + next(seed) % 1000;
            const bool closed = int(next(seed) % 100) < closedPercent;
            const QString agent = pick(seed, agentIds);
            const QVariant queued = maybe(seed, created + 2000, 30);
            const QVariant assigned = maybe(seed, created + 9000, 20);
            db.execSql(
                "INSERT INTO conversations(customer_id, skill, state, owner_id, closed_by, created_ms, "
                "queued_ms, assigned_ms, first_response_ms, resolved, rating, escalation, closed_ms) "
                "VALUES('c1',?,?,?,?,?,?,?,?,?,?,?,?)",
                {maybe(seed, pick(seed, skills), 20), closed ? "closed" : "active", maybe(seed, agent, 20),
                 closed ? maybe(seed, agent, 30) : QVariant(), created, queued, assigned,
                 maybe(seed, created + 3000 + next(seed) % 40'000, 25),
                 closed ? maybe(seed, int(next(seed) % 2), 30) : QVariant(),
                 closed ? maybe(seed, 1 + int(next(seed) % 5), 40) : QVariant(), pick(seed, escalations),
                 closed ? QVariant(created + 600'000) : QVariant()});
            QSqlQuery last = db.connection().exec("SELECT MAX(id) FROM conversations");
            last.next();
            ids.append(last.value(0).toLongLong());
            const int transfers = int(next(seed) % 4);
            for (int t = 0; t < transfers; ++t) {
                const int from = int(next(seed) % agentIds.size());
                const int to = (from + 1 + int(next(seed) % (agentIds.size() - 1))) % agentIds.size();
                const QString state = pick(seed, transferStates);
                const qint64 offered = created + qint64(next(seed) % 7200) * 1000 + next(seed) % 1000;
                // Response times from a few hundred milliseconds to past ten seconds and ten minutes.
                const qint64 response =
                    int(next(seed) % 10) == 0 ? 600'000 + next(seed) % 200'000 : 100 + next(seed) % 40'000;
                db.execSql("INSERT INTO transfers(conversation_id, attempt_id, from_agent, to_agent, "
                           "from_department, to_department, note, state, reason, created_ms, deadline_ms, "
                           "resolved_ms) VALUES(?,1,?,?,?,?,'{}',?,?,?,?,?)",
                           {ids.last(), agentIds[from], agentIds[to], agentDepts[from], agentDepts[to], state,
                            state == "rejected" || state == "timeout" ? pick(seed, reasons) : QString(),
                            offered, offered + 30'000, offered + response});
            }
        }
        db.commit();
        return ids;
    }

    QTemporaryDir dir;
    Database db;
    Store store;
};

// Summarized by absorb(), by the Store's closing and rating, and some not at all.
void fill(Fixture &f)
{
    quint32 seed = 11;
    f.addRows(seed, 150, 85);
    QVERIFY(ReportSummary::absorb(f.db));
    const QList<qint64> later = f.addRows(seed, 60, 0); // open: the Store closes some below
    f.db.begin();
    for (qsizetype i = 0; i < later.size(); i += 2) {
        Conversation c = *f.store.conversation(later[i]);
        c.state = ConversationState::Closed;
        c.closedMs = c.createdMs + 900'000;
        if (i % 4 == 0)
            c.closedBy = c.ownerId;
        QVERIFY(f.store.updateConversation(c, i % 3 == 0));
        QVERIFY(f.store.updateConversation(c)); // a second write of a closed conversation adds nothing
        if (i % 6 != 4)
            QVERIFY(f.store.setRating(later[i], 1 + int(i % 5), "还行"));
    }
    f.db.commit();
    f.addRows(seed, 20, 100); // closed by hand and never absorbed: read from the rows
}

QByteArray text(const EngineResult &r)
{
    return QJsonDocument(r.payload).toJson(QJsonDocument::Indented);
}

const QList<std::pair<const char *, ReportGrouping::Kind>> groupings{
    {"hour", ReportGrouping::Hour},
    {"day", ReportGrouping::Day},
    {"week", ReportGrouping::Week},
    {"month", ReportGrouping::Month},
    {"agent", ReportGrouping::Agent},
    {"department", ReportGrouping::Department},
    {"cross", ReportGrouping::CrossDepartment},
    {"reason", ReportGrouping::Reason},
    {"skill", ReportGrouping::Skill}};

struct Case {
    const char *name;
    QJsonObject payload;
    ReportScope scope;
};

QList<Case> cases()
{
    const qint64 from = baseMs + 2 * 86'400'000 + 1'234'567; // not on an hour
    const qint64 to = baseMs + 8 * 86'400'000 - 7'654'321;
    return {{"everything", {}, {}},
            {"range, Beijing", {{"fromMs", from}, {"toMs", to}, {"utcOffsetMinutes", 480}}, {}},
            {"range on whole days", {{"fromMs", baseMs + 86'400'000}, {"toMs", baseMs + 5 * 86'400'000}}, {}},
            {"only a start, New York", {{"fromMs", from}, {"utcOffsetMinutes", -300}}, {}},
            {"only an end", {{"toMs", to}}, {}},
            {"shorter than an hour",
             {{"fromMs", baseMs + 10 * hour + 5}, {"toMs", baseMs + 10 * hour + 50'000}},
             {}},
            {"India (half hours)", {{"utcOffsetMinutes", 330}}, {}},
            {"department", {{"department", "tech"}}, {}},
            {"cross-department", {{"crossDepartment", true}, {"fromMs", from}}, {}},
            {"within a department", {{"crossDepartment", false}}, {}},
            {"rejected and timeout", {{"states", QJsonArray{"rejected", "timeout"}}}, {}},
            {"accepted", {{"states", QJsonArray{"accepted"}}, {"toMs", to}}, {}},
            {"skill", {{"skill", "technical"}}, {}},
            {"agent", {{"agent", "t1"}}, {}},
            {"reason text", {{"reasonContains", "忙"}}, {}},
            {"conversation", {{"conversationId", 5}}, {}},
            {"agent scope", {}, {ReportScope::Agent, "a2"}},
            {"team lead scope",
             {{"fromMs", from}, {"utcOffsetMinutes", 480}},
             {ReportScope::Department, "sales"}}};
}

void addRows(bool service)
{
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<ReportScope>("scope");
    QTest::addColumn<int>("groupBy");
    for (const Case &c : cases()) {
        // SERVICE_METRICS refuses the filters that only transfers have.
        if (service && (c.payload.contains("states") || c.payload.contains("crossDepartment") ||
                        c.payload.contains("reasonContains")))
            continue;
        for (const auto &[name, kind] : groupings) {
            if (service && kind == ReportGrouping::CrossDepartment)
                continue;
            QTest::addRow("%s by %s", c.name, name) << c.payload << c.scope << int(kind);
        }
    }
}
} // namespace

Q_DECLARE_METATYPE(ReportScope)

class TestReportSummary : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<Fixture>();
        fill(*m_fixture);
    }
    void histogramEdges();
    void transfersSummaryEqualsRows_data() { addRows(false); }
    void transfersSummaryEqualsRows();
    void serviceSummaryEqualsRows_data() { addRows(true); }
    void serviceSummaryEqualsRows();
    void plansWhereTheSummaryAnswers();
    void summaryRowsAreFew();
    void migrationSummarizesExistingRows();

private:
    // Read only by the comparisons: one store for all of them.
    std::unique_ptr<Fixture> m_fixture;
};

void TestReportSummary::histogramEdges()
{
    QCOMPARE(ResponseHistogram::bucketEdge(0), 0);
    QCOMPARE(ResponseHistogram::bucketEdge(1), 100);
    QCOMPARE(ResponseHistogram::bucketEdge(5000), 5000);
    QCOMPARE(ResponseHistogram::bucketEdge(5001), 5100);
    QCOMPARE(ResponseHistogram::bucketEdge(10'001), 11'000);
    QCOMPARE(ResponseHistogram::bucketEdge(600'001), 660'000);
    ResponseHistogram h;
    h.addText("100:2,5000:1,,900:3");
    h.addText("100:1");
    QCOMPARE(h.total(), 7);
    QCOMPARE(h.text(), "100:3,900:3,5000:1");
    QCOMPARE(h.percentile(0.9), 5000); // rank ceil(6.3) = 7
    QCOMPARE(h.percentile(0.5), 900);
    QCOMPARE(h.countUpTo(900), 6);
}

// Both paths over the shared store for the current data row; QCOMPARE of the whole replies.
template <typename Query> void compareSummaryWithRows(Fixture &f)
{
    QFETCH(QJsonObject, payload);
    QFETCH(ReportScope, scope);
    QFETCH(int, groupBy);
    auto filter = ReportFilter::fromJson(payload, nullptr);
    QVERIFY(filter);
    filter->scope = scope;
    const auto kind = ReportGrouping::Kind(groupBy);
    const EngineResult rows = Query::run(f.db.connection(), *filter, kind, Query::Source::Rows);
    const EngineResult summary = Query::run(f.db.connection(), *filter, kind);
    QVERIFY(rows.ok());
    QVERIFY(summary.ok());
    if (!QByteArray(QTest::currentDataTag()).startsWith("shorter"))
        QVERIFY(!rows.payload.value("rows").toArray().isEmpty());
    QCOMPARE(text(summary), text(rows));
}

void TestReportSummary::transfersSummaryEqualsRows()
{
    compareSummaryWithRows<TransferMetricsQuery>(*m_fixture);
}

void TestReportSummary::serviceSummaryEqualsRows()
{
    compareSummaryWithRows<ServiceMetricsQuery>(*m_fixture);
}

void TestReportSummary::plansWhereTheSummaryAnswers()
{
    // The comparisons above only mean something where the summary is read: these must have a plan...
    ReportFilter quarter;
    quarter.fromMs = baseMs - 16 * hour;
    quarter.toMs = baseMs + 90 * 86'400'000LL - 16 * hour;
    quarter.utcOffsetMinutes = 480;
    for (const auto &[name, kind] : groupings) {
        QVERIFY2(SummaryPlan::forTransfers(quarter, kind), name);
        QVERIFY2(kind == ReportGrouping::CrossDepartment || SummaryPlan::forService(quarter, kind), name);
    }
    ReportFilter lead = quarter;
    lead.scope = {ReportScope::Department, "sales"};
    QCOMPARE(SummaryPlan::forService(lead, ReportGrouping::Day)->grain,
             int(ReportSummary::ServiceByAgentHour));
    QCOMPARE(SummaryPlan::forTransfers(lead, ReportGrouping::Agent)->grain,
             int(ReportSummary::TransfersByAgentDay));
    // ...and the local days of Beijing are whole UTC hours: nothing but the unsummarized rows is scanned.
    QCOMPARE(SummaryPlan::forTransfers(quarter, ReportGrouping::Day)->rowScans(quarter).size(), 1);
    // These read the rows.
    ReportFilter agent = quarter;
    agent.agent = "a1";
    QVERIFY(!SummaryPlan::forTransfers(agent, ReportGrouping::Day));
    ReportFilter india = quarter;
    india.utcOffsetMinutes = 330;
    QVERIFY(!SummaryPlan::forTransfers(india, ReportGrouping::Day));
    QVERIFY(SummaryPlan::forTransfers(india, ReportGrouping::Agent)); // no local time buckets
    ReportFilter skill = quarter;
    skill.skill = "technical";
    QVERIFY(!SummaryPlan::forService(skill, ReportGrouping::Agent));
}

void TestReportSummary::summaryRowsAreFew()
{
    Fixture &f = *m_fixture;
    // After absorb() and the Store's closings only the open conversations and the 20 written by hand
    // are left to the rows.
    QSqlQuery q = f.db.connection().exec("SELECT COUNT(*) FROM conversations WHERE summarized = 0");
    QVERIFY(q.next());
    const int unsummarized = q.value(0).toInt();
    q = f.db.connection().exec("SELECT COUNT(*) FROM conversations WHERE state <> 'closed'");
    QVERIFY(q.next());
    QCOMPARE(unsummarized, q.value(0).toInt() + 20);
}

void TestReportSummary::migrationSummarizesExistingRows()
{
    QTemporaryDir dir;
    Database db({dir.filePath("old.db"), false});
    QVERIFY(db.openConnection());
    QVERIFY(db.migrateTo(5)); // the schema before the summary, with a store's worth of rows
    QVERIFY(db.execSql("INSERT INTO customers(id, name) VALUES('c1','王女士')"));
    QVERIFY(
        db.execSql("INSERT INTO conversations(customer_id, skill, state, owner_id, closed_by, created_ms, "
                   "first_response_ms, resolved, rating, escalation) "
                   "VALUES('c1','technical','closed','a1','a1',?,?,1,4,'asked'),"
                   "('c1',NULL,'active','a2',NULL,?,NULL,NULL,NULL,'')",
                   {baseMs, baseMs + 12'000, baseMs + hour}));
    QVERIFY(db.execSql(
        "INSERT INTO transfers(conversation_id, attempt_id, from_agent, to_agent, from_department, "
        "to_department, note, state, reason, created_ms, deadline_ms, resolved_ms) VALUES "
        "(1,1,'a2','a1','sales','tech','{}','accepted','',?,?,?),"
        "(2,2,'a1','a2','tech','sales','{}','rejected','太忙',?,?,?)",
        {baseMs + 5000, baseMs + 35'000, baseMs + 7500, baseMs + hour + 10, baseMs + hour + 30'010,
         baseMs + hour + 4010}));
    QVERIFY2(db.migrateTo(Database::latestSchemaVersion()), qPrintable(db.error()));
    QSqlQuery q = db.connection().exec("SELECT id, summarized FROM conversations ORDER BY id");
    QVERIFY(q.next() && q.value(1).toInt() == 1);
    QVERIFY(q.next() && q.value(1).toInt() == 0); // still open
    q = db.connection().exec(
        "SELECT accepted, accepted_ms, rated, rating_sum, accepted_hist FROM transfer_summary "
        "WHERE grain = 1 AND value = 'a1'");
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toInt(), 2500);
    QCOMPARE(q.value(2).toInt(), 1);
    QCOMPARE(q.value(3).toInt(), 4);
    QCOMPARE(q.value(4).toString(), "2500:1");
    ReportFilter all;
    for (ReportGrouping::Kind k : {ReportGrouping::Day, ReportGrouping::Agent}) {
        QCOMPARE(
            text(TransferMetricsQuery::run(db.connection(), all, k)),
            text(TransferMetricsQuery::run(db.connection(), all, k, TransferMetricsQuery::Source::Rows)));
        QCOMPARE(text(ServiceMetricsQuery::run(db.connection(), all, k)),
                 text(ServiceMetricsQuery::run(db.connection(), all, k, ServiceMetricsQuery::Source::Rows)));
    }
}

QTEST_GUILESS_MAIN(TestReportSummary)
#include "tst_report_summary.moc"
