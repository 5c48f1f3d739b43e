#include "engine/transfermetricsquery.h"

#include "engine/responsehistogram.h"
#include "engine/summaryplan.h"

#include <QJsonArray>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace baton {

namespace {
struct Totals {
    qint64 count = 0;
    qint64 accepted = 0;
    qint64 rejected = 0;
    qint64 timeout = 0;
    qint64 cancelled = 0;
    qint64 responseSum = 0;
    ResponseHistogram responses;
    qint64 rated = 0;
    qint64 ratingSum = 0;
};
using Groups = QMap<QString, Totals>;

QString rowKey(ReportGrouping::Kind k, int utcOffsetMinutes)
{
    switch (k) {
    case ReportGrouping::Agent:
        return QStringLiteral("t.to_agent");
    case ReportGrouping::Department:
        return QStringLiteral("t.to_department");
    case ReportGrouping::CrossDepartment:
        return QStringLiteral("CASE WHEN t.from_department <> t.to_department THEN 'true' ELSE 'false' END");
    case ReportGrouping::Reason:
        return QStringLiteral("t.reason");
    case ReportGrouping::Skill:
        return QStringLiteral("COALESCE(c.skill, '')");
    default:
        break;
    }
    return ReportGrouping::timeBucket(k, QStringLiteral("t.created_ms"), utcOffsetMinutes);
}

// The same key over transfer_summary (alias s); time buckets from the row's UTC hour.
QString summaryKey(ReportGrouping::Kind k, int utcOffsetMinutes)
{
    switch (k) {
    case ReportGrouping::Agent:
    case ReportGrouping::Reason:
    case ReportGrouping::Skill:
        return QStringLiteral("s.value");
    case ReportGrouping::Department:
        return QStringLiteral("s.to_department");
    case ReportGrouping::CrossDepartment:
        return QStringLiteral("CASE WHEN s.from_department <> s.to_department THEN 'true' ELSE 'false' END");
    default:
        break;
    }
    return ReportGrouping::timeBucket(k, QStringLiteral("(s.bucket * 3600000)"), utcOffsetMinutes);
}

QString groupName(ReportGrouping::Kind k, const QVariant &key)
{
    return ReportGrouping::isTime(k) ? ReportGrouping::bucketKey(k, key) : key.toString();
}

double ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

EngineResult failed(const QSqlQuery &q)
{
    return EngineResult::fail(
        EngineError::Internal,
        QStringLiteral("cannot compute transfer metrics: %1").arg(q.lastError().text()));
}

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

// Streams the matching transfers once and sums them here: p90 needs every group's response times.
std::optional<EngineResult> scanRows(QSqlDatabase &db, const ReportFilter &filter,
                                     ReportGrouping::Kind groupBy, Groups &groups)
{
    QVariantList values;
    const QString where = filter.transferConditions(&values);
    // Unsummarized conversations are few (the open ones): start from them, not from the time range.
    const QString from =
        filter.unsummarizedOnly
            ? QStringLiteral("FROM conversations c INDEXED BY conversations_unsummarized "
                             "CROSS JOIN transfers t ON t.conversation_id = c.id WHERE ")
            : QStringLiteral("FROM transfers t JOIN conversations c ON c.id = t.conversation_id WHERE ");
    // A lead's REASSIGN is stored as a transfer record (the chain's hop, a row in LIST_TRANSFERS) but
    // nobody was offered or answered it: metrics of offers and answers leave it out.
    const QString offersOnly = QStringLiteral("t.reason IS NOT 'reassigned' AND ");
    QSqlQuery q(db);
    if (!exec(q,
              QStringLiteral("SELECT %1, t.state, t.resolved_ms - t.created_ms, c.rating ")
                      .arg(rowKey(groupBy, filter.utcOffsetMinutes)) +
                  from + offersOnly + where,
              values))
        return failed(q);
    QHash<qint64, Totals *> byBucket; // time buckets are integers: skip the key text for each row
    const bool timed = ReportGrouping::isTime(groupBy) && groupBy != ReportGrouping::Month;
    while (q.next()) {
        Totals *found = nullptr;
        if (timed) {
            Totals *&cached = byBucket[q.value(0).toLongLong()];
            if (!cached)
                cached = &groups[ReportGrouping::bucketKey(groupBy, q.value(0))];
            found = cached;
        } else {
            found = &groups[q.value(0).toString()];
        }
        Totals &g = *found;
        ++g.count;
        const QString state = q.value(1).toString();
        const bool accepted = state == QLatin1String("accepted");
        if (accepted || state == QLatin1String("rejected")) {
            ++(accepted ? g.accepted : g.rejected);
            const qint64 response = q.value(2).toLongLong();
            g.responseSum += response;
            g.responses.add(response);
        } else if (state == QLatin1String("timeout")) {
            ++g.timeout;
        } else if (state == QLatin1String("cancelled")) {
            ++g.cancelled;
        }
        if (accepted && !q.value(3).isNull()) {
            ++g.rated;
            g.ratingSum += q.value(3).toInt();
        }
    }
    return std::nullopt;
}

// The interior of the plan from transfer_summary, summed per group by SQLite; the histograms of a
// group arrive concatenated ("edge:count,…" lists joined by commas are one such list).
std::optional<EngineResult> scanSummary(QSqlDatabase &db, const SummaryPlan &plan, const ReportFilter &f,
                                        ReportGrouping::Kind groupBy, Groups &groups)
{
    QVariantList values{plan.grain};
    QString where = QStringLiteral("s.grain = ?") + plan.bucketConditions(&values);
    for (const QString &department :
         {f.department, f.scope.kind == ReportScope::Department ? f.scope.value : QString()}) {
        if (!department.isEmpty()) {
            where += QStringLiteral(" AND (s.from_department = ? OR s.to_department = ?)");
            values.append({department, department});
        }
    }
    if (f.crossDepartment)
        where += *f.crossDepartment ? QStringLiteral(" AND s.from_department <> s.to_department")
                                    : QStringLiteral(" AND s.from_department = s.to_department");
    if (!f.skill.isEmpty()) {
        where += QStringLiteral(" AND s.value = ?");
        values.append(f.skill);
    }
    QSqlQuery q(db);
    if (!exec(
            q,
            QStringLiteral("SELECT %1, SUM(s.pending), SUM(s.accepted), SUM(s.rejected), SUM(s.timeout), "
                           "SUM(s.cancelled), SUM(s.accepted_ms), SUM(s.rejected_ms), SUM(s.rated), "
                           "SUM(s.rating_sum), group_concat(s.accepted_hist), group_concat(s.rejected_hist) "
                           "FROM transfer_summary s WHERE ")
                    .arg(summaryKey(groupBy, f.utcOffsetMinutes)) +
                where + QStringLiteral(" GROUP BY 1"),
            values))
        return failed(q);
    auto wanted = [&f](const char *state) {
        return f.states.isEmpty() || f.states.contains(QLatin1String(state));
    };
    const bool accepted = wanted("accepted");
    const bool rejected = wanted("rejected");
    while (q.next()) {
        auto n = [&q](int i) { return q.value(i).toLongLong(); };
        Totals &g = groups[groupName(groupBy, q.value(0))];
        const qint64 pending = wanted("pending") ? n(1) : 0;
        const qint64 timeout = wanted("timeout") ? n(4) : 0;
        const qint64 cancelled = wanted("cancelled") ? n(5) : 0;
        g.count += pending + timeout + cancelled;
        g.timeout += timeout;
        g.cancelled += cancelled;
        if (accepted) {
            g.count += n(2);
            g.accepted += n(2);
            g.responseSum += n(6);
            g.rated += n(8);
            g.ratingSum += n(9);
            g.responses.addText(q.value(10).toString());
        }
        if (rejected) {
            g.count += n(3);
            g.rejected += n(3);
            g.responseSum += n(7);
            g.responses.addText(q.value(11).toString());
        }
    }
    return std::nullopt;
}
} // namespace

EngineResult TransferMetricsQuery::run(QSqlDatabase &db, const ReportFilter &filter,
                                       ReportGrouping::Kind groupBy, Source source)
{
    Groups groups;
    const auto plan = source == Source::Auto ? SummaryPlan::forTransfers(filter, groupBy) : std::nullopt;
    if (plan) {
        if (auto error = scanSummary(db, *plan, filter, groupBy, groups))
            return *error;
        for (const ReportFilter &part : plan->rowScans(filter)) {
            if (auto error = scanRows(db, part, groupBy, groups))
                return *error;
        }
    } else if (auto error = scanRows(db, filter, groupBy, groups)) {
        return *error;
    }

    const QHash<QString, QString> labels = ReportGrouping::labels(db, groupBy);
    QJsonArray rows;
    ResponseHistogram all; // response times of all groups together, for the distribution chart
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        const Totals &g = *it;
        if (g.count == 0)
            continue; // a summary group whose rows the states filter left out
        all.add(g.responses);
        const qint64 decided = g.accepted + g.rejected + g.timeout;
        const qint64 answered = g.accepted + g.rejected;
        QJsonObject row{{QStringLiteral("key"), it.key()},
                        {QStringLiteral("count"), g.count},
                        {QStringLiteral("accepted"), g.accepted},
                        {QStringLiteral("rejected"), g.rejected},
                        {QStringLiteral("timeout"), g.timeout},
                        {QStringLiteral("cancelled"), g.cancelled},
                        {QStringLiteral("successRate"), ratio(g.accepted, decided)},
                        {QStringLiteral("rejectionRate"), ratio(g.rejected, decided)},
                        {QStringLiteral("avgResponseMs"), answered > 0 ? g.responseSum / answered : 0},
                        {QStringLiteral("p90ResponseMs"), g.responses.percentile(0.9)},
                        {QStringLiteral("rated"), g.rated},
                        {QStringLiteral("csatAfterTransfer"),
                         g.rated > 0 ? QJsonValue(double(g.ratingSum) / double(g.rated)) : QJsonValue()}};
        if (labels.contains(it.key()))
            row.insert(QStringLiteral("label"), labels.value(it.key()));
        rows.append(row);
    }
    const QList<qint64> bucketBounds{5'000, 10'000, 20'000, 30'000, 60'000};
    QJsonArray bounds;
    QJsonArray counts;
    qint64 below = 0;
    for (qint64 b : bucketBounds) {
        bounds.append(b);
        const qint64 upTo = all.countUpTo(b);
        counts.append(upTo - below);
        below = upTo;
    }
    counts.append(all.total() - below);
    return EngineResult::success(
        {{QStringLiteral("rows"), rows},
         {QStringLiteral("responseHistogram"),
          QJsonObject{{QStringLiteral("upToMs"), bounds}, {QStringLiteral("counts"), counts}}}});
}

} // namespace baton
