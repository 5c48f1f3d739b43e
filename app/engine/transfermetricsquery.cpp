#include "engine/transfermetricsquery.h"

#include <QJsonArray>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <cmath>

namespace baton {

namespace {
struct Totals {
    int count = 0;
    int accepted = 0;
    int rejected = 0;
    int timeout = 0;
    int cancelled = 0;
    qint64 responseSum = 0;
    QList<qint64> responses;
    int rated = 0;
    qint64 ratingSum = 0;
};

QString keyExpression(ReportGrouping::Kind k, int utcOffsetMinutes)
{
    switch (k) {
    case ReportGrouping::Agent: return QStringLiteral("t.to_agent");
    case ReportGrouping::Department: return QStringLiteral("t.to_department");
    case ReportGrouping::CrossDepartment:
        return QStringLiteral("CASE WHEN t.from_department <> t.to_department THEN 'true' ELSE 'false' END");
    case ReportGrouping::Reason: return QStringLiteral("t.reason");
    case ReportGrouping::Skill: return QStringLiteral("COALESCE(c.skill, '')");
    default: break;
    }
    return ReportGrouping::timeBucket(k, QStringLiteral("t.created_ms"), utcOffsetMinutes);
}

// Nearest rank: the value at position ceil(fraction × n) of the sorted values; 0 for none.
qint64 percentile(QList<qint64> &values, double fraction)
{
    if (values.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(fraction * double(values.size()))) - 1;
    const auto nth = values.begin() + std::clamp<qsizetype>(rank, 0, values.size() - 1);
    std::nth_element(values.begin(), nth, values.end());
    return *nth;
}

double ratio(int part, int whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}
} // namespace

EngineResult TransferMetricsQuery::run(QSqlDatabase &db, const ReportFilter &filter, ReportGrouping::Kind groupBy)
{
    QVariantList values;
    const QString where = filter.transferConditions(&values);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Rows stream through once and are summed here: p90 needs every group's response times anyway.
    q.prepare(QStringLiteral("SELECT %1, t.state, t.resolved_ms - t.created_ms, c.rating "
                             "FROM transfers t JOIN conversations c ON c.id = t.conversation_id WHERE ")
                  .arg(keyExpression(groupBy, filter.utcOffsetMinutes))
              + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return EngineResult::fail(EngineError::Internal,
                                  QStringLiteral("cannot compute transfer metrics: %1").arg(q.lastError().text()));
    QMap<QString, Totals> groups;
    // Response times of all groups together, for the distribution chart.
    const QList<qint64> bucketBounds{5'000, 10'000, 20'000, 30'000, 60'000};
    QList<int> bucketCounts(bucketBounds.size() + 1, 0);
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
            g.responses.append(response);
            const auto bucket = std::upper_bound(bucketBounds.cbegin(), bucketBounds.cend(), response - 1);
            ++bucketCounts[bucket - bucketBounds.cbegin()];
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
    const QHash<QString, QString> labels = ReportGrouping::labels(db, groupBy);
    QJsonArray rows;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        Totals &g = *it;
        const int decided = g.accepted + g.rejected + g.timeout;
        const int answered = g.accepted + g.rejected;
        QJsonObject row{{QStringLiteral("key"), it.key()},
                        {QStringLiteral("count"), g.count},
                        {QStringLiteral("accepted"), g.accepted},
                        {QStringLiteral("rejected"), g.rejected},
                        {QStringLiteral("timeout"), g.timeout},
                        {QStringLiteral("cancelled"), g.cancelled},
                        {QStringLiteral("successRate"), ratio(g.accepted, decided)},
                        {QStringLiteral("rejectionRate"), ratio(g.rejected, decided)},
                        {QStringLiteral("avgResponseMs"), answered > 0 ? g.responseSum / answered : 0},
                        {QStringLiteral("p90ResponseMs"), percentile(g.responses, 0.9)},
                        {QStringLiteral("rated"), g.rated},
                        {QStringLiteral("csatAfterTransfer"),
                         g.rated > 0 ? QJsonValue(double(g.ratingSum) / g.rated) : QJsonValue()}};
        if (labels.contains(it.key()))
            row.insert(QStringLiteral("label"), labels.value(it.key()));
        rows.append(row);
    }
    QJsonArray bounds;
    QJsonArray counts;
    for (qint64 b : bucketBounds)
        bounds.append(b);
    for (int c : bucketCounts)
        counts.append(c);
    return EngineResult::success(
        {{QStringLiteral("rows"), rows},
         {QStringLiteral("responseHistogram"),
          QJsonObject{{QStringLiteral("upToMs"), bounds}, {QStringLiteral("counts"), counts}}}});
}

} // namespace baton
