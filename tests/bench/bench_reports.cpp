// Prints F4's report figures on a large store: 1,000,000 transfers and 2,000,000 conversations over a
// year. A filtered LIST_TRANSFERS page, a deep page, 90-day TRANSFER_METRICS and SERVICE_METRICS on
// the read-only report connection; and transfer-offer latency on the engine with and without a
// report running meanwhile on its own thread, as ReportService runs them.
#include "engine/database.h"
#include "engine/engine.h"
#include "engine/manualclock.h"
#include "engine/reportsummary.h"
#include "engine/reportfilter.h"
#include "engine/servicemetricsquery.h"
#include "engine/store.h"
#include "engine/teamconfig.h"
#include "engine/transfermetricsquery.h"
#include "engine/transferrecordquery.h"
#include "server/reportworker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

using namespace baton;

namespace {
constexpr qint64 day = 86'400'000;
constexpr int agentCount = 40;
constexpr int conversationCount = 2'000'000;
constexpr int transferCount = 1'000'000;

QByteArray teamJson()
{
    QStringList departments;
    for (int d = 0; d < 4; ++d)
        departments.append(QStringLiteral("{\"id\":\"d%1\",\"name\":\"部门%1\"}").arg(d));
    QStringList agents;
    for (int i = 0; i < agentCount; ++i)
        agents.append(QStringLiteral("{\"id\":\"a%1\",\"department\":\"d%2\",\"level\":2,\"maxSessions\":100,"
                                     "\"password\":\"pw\",\"skills\":{\"general\":\"primary\"},"
                                     "\"rights\":{\"crossDepartment\":true}}")
                          .arg(i)
                          .arg(i % 4));
    return QStringLiteral("{\"engine\":{\"passwordIterations\":1000},\"departments\":[%1],\"agents\":[%2]}")
        .arg(departments.join(QLatin1Char(',')), agents.join(QLatin1Char(',')))
        .toUtf8();
}

// Plain SQL in one transaction: the rows are made by SQLite itself, which takes seconds, not minutes.
bool fill(Database &db, qint64 endMs)
{
    const qint64 startMs = endMs - 365 * day;
    const qint64 step = 365 * day / conversationCount;
    QElapsedTimer t;
    t.start();
    db.begin();
    bool ok = db.execSql(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
        "INSERT INTO customers(id, name) SELECT 'c' || i, '客户' || i FROM n"));
    ok = ok && db.execSql(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
        "INSERT INTO conversations(id, customer_id, skills, skill, owner_id, first_owner_id, assigned_ms, state, "
        "created_ms, closed_ms, resolved, rating, escalation, queued_ms, closed_by, first_response_ms) "
        "SELECT i, 'c' || (1 + i % 10000), '[\"general\"]', 'general', 'a' || (i % %2), 'a' || (i % %2), "
        "%3 + i * %4 + 20000, 'closed', %3 + i * %4, %3 + i * %4 + 600000, (i % 4) <> 0, "
        "CASE WHEN i % 3 = 0 THEN NULL ELSE 1 + (i * 7) % 5 END, "
        "CASE i % 5 WHEN 0 THEN 'button' WHEN 1 THEN 'asked' WHEN 2 THEN 'robot_unresolved' ELSE '' END, "
        "%3 + i * %4 + 5000, 'a' || (i % %2), %3 + i * %4 + 20000 + (i % 40) * 1000 FROM n")
                                    .arg(conversationCount)
                                    .arg(agentCount)
                                    .arg(startMs)
                                    .arg(step));
    ok = ok && db.execSql(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
        "INSERT INTO transfers(id, conversation_id, attempt_id, from_agent, to_agent, from_department, to_department, "
        "note, state, reason, created_ms, deadline_ms, resolved_ms) "
        "SELECT i, i * 2, i, 'a' || (i % %2), 'a' || ((i * 7 + 3) % %2), 'd' || ((i % %2) % 4), "
        "'d' || (((i * 7 + 3) % %2) % 4), '{\"problem\":\"问题\"}', "
        "CASE i % 10 WHEN 0 THEN 'rejected' WHEN 1 THEN 'rejected' WHEN 2 THEN 'timeout' WHEN 3 THEN 'cancelled' "
        "ELSE 'accepted' END, CASE i % 10 WHEN 0 THEN '正在处理紧急工单' WHEN 1 THEN '不在我的业务范围' ELSE '' END, "
        "%3 + i * 2 * %4 + 60000, %3 + i * 2 * %4 + 90000, %3 + i * 2 * %4 + 60000 + 1000 + (i * 13) % 29000 FROM n")
                                    .arg(transferCount)
                                    .arg(agentCount)
                                    .arg(startMs)
                                    .arg(step));
    ok = ok && db.commit();
    std::printf("generated %d conversations and %d transfers in %.1f s\n", conversationCount, transferCount,
                double(t.elapsed()) / 1000.0);
    // What migration 007 does to an existing store of this size, once.
    t.restart();
    ok = ok && db.begin() && ReportSummary::absorb(db) && db.commit();
    std::printf("summarized them (migration 007's back-fill) in %.1f s\n", double(t.elapsed()) / 1000.0);
    db.execSql(QStringLiteral("ANALYZE"));
    return ok;
}

struct Figures {
    double medianMs = 0;
    double p99Ms = 0;
};

Figures measure(int rounds, const std::function<void()> &work)
{
    QList<double> ms;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min<qsizetype>(ms.size() - 1, qsizetype(double(ms.size()) * 0.99))]};
}

void print(const char *what, const Figures &f, const char *target)
{
    std::printf("%-58s median %8.2f ms   p99 %8.2f ms   (target %s)\n", what, f.medianMs, f.p99Ms, target);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reports.db"));
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    Database db({path, true});
    if (!db.open()) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(db.error()));
        return 1;
    }
    Store store(db);
    QString error;
    const auto team = TeamConfig::parse(teamJson(), &error);
    Engine engine(store, clock, team->engine);
    if (!engine.importTeam(*team, &error) || !fill(db, clock.nowMs()) || !engine.start(&error)) {
        std::fprintf(stderr, "setup failed: %s %s\n", qPrintable(error), qPrintable(db.error()));
        return 1;
    }

    ReportWorker reports(path); // the same read-only connection ReportService opens
    QSqlDatabase &rc = *reports.connection();
    const qint64 now = clock.nowMs();

    ReportFilter page;
    page.fromMs = now - 30 * day;
    page.toMs = now;
    page.agent = QStringLiteral("a7");
    page.states = {QStringLiteral("rejected")};
    print("LIST_TRANSFERS agent + rejected + 30 days, 100 rows", measure(30, [&] {
              TransferRecordQuery::run(rc, page, {}, 100);
          }), "<= 50 ms");
    ReportFilter reason;
    reason.fromMs = now - 90 * day;
    reason.reasonContains = QStringLiteral("业务范围");
    reason.department = QStringLiteral("d2");
    print("LIST_TRANSFERS reason text + department + 90 days, 100", measure(30, [&] {
              TransferRecordQuery::run(rc, reason, {}, 100);
          }), "<= 50 ms");
    // The 50th page of everything: keyset paging costs the same however deep.
    QString cursor;
    for (int i = 0; i < 50; ++i)
        cursor = TransferRecordQuery::run(rc, {}, cursor, 500).payload.value(QStringLiteral("next")).toString();
    print("LIST_TRANSFERS unfiltered, page 51 of 500 rows", measure(30, [&] {
              TransferRecordQuery::run(rc, {}, cursor, 500);
          }), "<= 50 ms");

    ReportFilter quarter;
    quarter.fromMs = now - 90 * day;
    quarter.toMs = now;
    quarter.utcOffsetMinutes = 480;
    // Local days in Beijing: the period starts and ends at 16:00 UTC.
    const qint64 midnight = (now + 8 * 3'600'000) / day * day - 8 * 3'600'000;
    quarter.fromMs = midnight - 89 * day;
    quarter.toMs = midnight + day;
    ReportFilter lead = quarter; // a team lead sees their department's
    lead.scope = {ReportScope::Department, QStringLiteral("d1")};
    using TransferSource = TransferMetricsQuery::Source;
    using ServiceSource = ServiceMetricsQuery::Source;
    // Each from the rows (what every report did before the summary) and from the summary.
    for (const auto &[name, source] : {std::pair{"rows", 1}, std::pair{"summary", 0}}) {
        const auto ts = source ? TransferSource::Rows : TransferSource::Auto;
        const auto ss = source ? ServiceSource::Rows : ServiceSource::Auto;
        std::printf("-- metrics from the %s\n", name);
        print("TRANSFER_METRICS 90 days by day (~250k transfers)", measure(10, [&] {
                  TransferMetricsQuery::run(rc, quarter, ReportGrouping::Day, ts);
              }), "<= 300 ms");
        print("TRANSFER_METRICS 90 days by agent", measure(10, [&] {
                  TransferMetricsQuery::run(rc, quarter, ReportGrouping::Agent, ts);
              }), "<= 300 ms");
        print("TRANSFER_METRICS 90 days by reason, team lead", measure(10, [&] {
                  TransferMetricsQuery::run(rc, lead, ReportGrouping::Reason, ts);
              }), "<= 300 ms");
        print("SERVICE_METRICS 90 days by day (~500k conversations)", measure(10, [&] {
                  ServiceMetricsQuery::run(rc, quarter, ReportGrouping::Day, ss);
              }), "<= 300 ms");
        print("SERVICE_METRICS 90 days by agent", measure(10, [&] {
                  ServiceMetricsQuery::run(rc, quarter, ReportGrouping::Agent, ss);
              }), "<= 300 ms");
        print("SERVICE_METRICS 90 days by day, team lead", measure(10, [&] {
                  ServiceMetricsQuery::run(rc, lead, ReportGrouping::Day, ss);
              }), "<= 300 ms");
    }

    // Offer latency: TRANSFER then TRANSFER_CANCEL on the engine thread, with a report running or not.
    for (int i = 0; i < agentCount; ++i)
        engine.agentConnected(QStringLiteral("a%1").arg(i));
    QList<std::pair<qint64, QString>> open;
    for (int i = 0; i < 40; ++i) {
        const EngineResult started = engine.startVisitor({QStringLiteral("访客"), {}, QStringLiteral("general"),
                                                          QStringLiteral("你好"), true, QStringLiteral("zh")});
        const qint64 id = qint64(started.payload.value(QStringLiteral("conversationId")).toDouble());
        if (const auto c = store.conversation(id); c && !c->ownerId.isEmpty())
            open.append({id, c->ownerId});
    }
    if (open.isEmpty()) {
        std::fprintf(stderr, "no conversation was assigned\n");
        return 1;
    }
    int round = 0;
    const auto offer = [&] {
        const auto &[id, owner] = open[round % open.size()];
        const QString target = QStringLiteral("a%1").arg((owner.mid(1).toInt() + 1 + round % 7) % agentCount);
        ++round;
        const EngineResult t = engine.requestTransfer(owner, id, target, {});
        if (t.ok())
            engine.cancelTransfer(owner,
                                  qint64(t.payload.value(QStringLiteral("transfer")).toObject().value(QStringLiteral("id")).toDouble()));
    };
    print("TRANSFER + CANCEL, no report running", measure(300, offer), "unchanged");
    std::atomic<bool> stop = false;
    std::atomic<int> reportsDone = 0;
    std::thread reporter([&] {
        ReportWorker worker(path);
        QSqlDatabase &c = *worker.connection();
        while (!stop) {
            TransferMetricsQuery::run(c, quarter, ReportGrouping::Day);
            ++reportsDone;
        }
    });
    const Figures during = measure(300, offer);
    stop = true;
    reporter.join();
    print("TRANSFER + CANCEL, 90-day metrics running meanwhile", during, "unchanged");
    std::printf("(%d reports ran during the second measurement)\n", reportsDone.load());
    return 0;
}
