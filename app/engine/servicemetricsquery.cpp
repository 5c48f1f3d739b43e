#include "engine/servicemetricsquery.h"

#include "engine/reportsummary.h"
#include "engine/summaryplan.h"

#include <QJsonArray>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <array>

namespace baton {

namespace {
using RS = ReportSummary;
constexpr int CounterCount = RS::ServiceCounterCount;
using Counters = std::array<qint64, CounterCount>;
struct Totals {
    Counters n{};
    qint64 metRobot = 0;
    qint64 handedOver = 0;
};
struct Result {
    QMap<QString, Totals> groups;
    QMap<QString, qint64> byEscalation; // conversations per escalation reason, over all groups
};

// Conversations that met the robot: all but those where the customer asked for a person at once.
bool metRobot(const QString &escalation)
{
    return escalation != QLatin1String("button");
}
bool handedOver(const QString &escalation)
{
    return !escalation.isEmpty() && escalation != QLatin1String("none") &&
           escalation != QLatin1String("button");
}

// The handling agent: whoever closed it, else whoever owns it now. Joined only when the department
// is asked for: half a million lookups cost more than the rest of the report.
std::optional<QString> rowKey(ReportGrouping::Kind k, int utcOffsetMinutes)
{
    switch (k) {
    case ReportGrouping::Agent:
        return QStringLiteral("COALESCE(c.closed_by, c.owner_id, '')");
    case ReportGrouping::Department:
        return QStringLiteral("COALESCE(h.department, '')");
    case ReportGrouping::Reason:
        return QStringLiteral("c.escalation");
    case ReportGrouping::Skill:
        return QStringLiteral("COALESCE(c.skill, '')");
    case ReportGrouping::CrossDepartment:
        return std::nullopt;
    default:
        break;
    }
    return ReportGrouping::timeBucket(k, QStringLiteral("c.created_ms"), utcOffsetMinutes);
}

QString summaryKey(ReportGrouping::Kind k, int utcOffsetMinutes)
{
    switch (k) {
    case ReportGrouping::Agent:
    case ReportGrouping::Skill:
        return QStringLiteral("s.value");
    case ReportGrouping::Department:
        return QStringLiteral("COALESCE(h.department, '')");
    case ReportGrouping::Reason:
        return QStringLiteral("s.escalation");
    default:
        break;
    }
    return ReportGrouping::timeBucket(k, QStringLiteral("(s.bucket * 3600000)"), utcOffsetMinutes);
}

double ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

bool prepared(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

EngineResult failed(const QSqlQuery &q)
{
    return EngineResult::fail(EngineError::Internal,
                              QStringLiteral("cannot compute service metrics: %1").arg(q.lastError().text()));
}

// Rows of (key, escalation, counters…) into the groups.
void collect(QSqlQuery &q, ReportGrouping::Kind groupBy, Result &result)
{
    while (q.next()) {
        const QString key = ReportGrouping::isTime(groupBy) ? ReportGrouping::bucketKey(groupBy, q.value(0))
                                                            : q.value(0).toString();
        const QString escalation = q.value(1).toString();
        Totals &g = result.groups[key];
        for (int i = 0; i < CounterCount; ++i)
            g.n[size_t(i)] += q.value(i + 2).toLongLong();
        const qint64 conversations = q.value(2).toLongLong();
        if (metRobot(escalation))
            g.metRobot += conversations;
        if (handedOver(escalation))
            g.handedOver += conversations;
        result.byEscalation[escalation] += conversations;
    }
}

std::optional<EngineResult> scanRows(QSqlDatabase &db, const ReportFilter &filter,
                                     ReportGrouping::Kind groupBy, Result &result)
{
    QVariantList values;
    const QString where = filter.conversationConditions(&values);
    QString from = filter.unsummarizedOnly
                       ? QStringLiteral("FROM conversations c INDEXED BY conversations_unsummarized ")
                       : QStringLiteral("FROM conversations c ");
    if (filter.needsHandlingAgent() || groupBy == ReportGrouping::Department)
        from += QStringLiteral("LEFT JOIN agents h ON h.id = COALESCE(c.closed_by, c.owner_id) ");
    const QString firstResponse = QStringLiteral("c.first_response_ms - COALESCE(c.queued_ms, c.created_ms)");
    const QString sql =
        QStringLiteral(
            "SELECT %1, c.escalation, COUNT(*), COUNT(c.first_response_ms), COALESCE(SUM(%2), 0), "
            "COALESCE(SUM(%2 <= %3), 0), COALESCE(SUM(c.state = 'closed' AND c.resolved IS NOT NULL), 0), "
            "COALESCE(SUM(c.resolved), 0), COUNT(c.rating), COALESCE(SUM(c.rating), 0), "
            "COALESCE(SUM(c.rating = 1), 0), COALESCE(SUM(c.rating = 2), 0), COALESCE(SUM(c.rating = 3), 0), "
            "COALESCE(SUM(c.rating = 4), 0), COALESCE(SUM(c.rating = 5), 0), "
            "COALESCE(SUM(c.state = 'closed' AND c.queued_ms IS NOT NULL AND c.assigned_ms IS NULL), 0) ")
            .arg(*rowKey(groupBy, filter.utcOffsetMinutes), firstResponse)
            .arg(ServiceMetricsQuery::firstResponseTargetMs) +
        from + QStringLiteral("WHERE ") + where + QStringLiteral(" GROUP BY 1, 2");
    QSqlQuery q(db);
    if (!prepared(q, sql, values))
        return failed(q);
    collect(q, groupBy, result);
    return std::nullopt;
}

std::optional<EngineResult> scanSummary(QSqlDatabase &db, const SummaryPlan &plan, const ReportFilter &f,
                                        ReportGrouping::Kind groupBy, Result &result)
{
    QVariantList values{plan.grain};
    QString where = QStringLiteral("s.grain = ?") + plan.bucketConditions(&values);
    for (const QString &agent : {f.agent, f.scope.kind == ReportScope::Agent ? f.scope.value : QString()}) {
        if (!agent.isEmpty()) {
            where += QStringLiteral(" AND s.value = ?");
            values.append(agent);
        }
    }
    // A list of agents, so the (grain, value, bucket) index is used for a department's figures.
    for (const QString &department :
         {f.department, f.scope.kind == ReportScope::Department ? f.scope.value : QString()}) {
        if (!department.isEmpty()) {
            where += QStringLiteral(" AND s.value IN (SELECT id FROM agents WHERE department = ?)");
            values.append(department);
        }
    }
    if (!f.skill.isEmpty()) {
        where += QStringLiteral(" AND s.value = ?");
        values.append(f.skill);
    }
    const QString join = groupBy == ReportGrouping::Department
                             ? QStringLiteral("LEFT JOIN agents h ON h.id = s.value ")
                             : QString();
    const QString sql =
        QStringLiteral(
            "SELECT %1, s.escalation, SUM(s.conversations), SUM(s.responded), SUM(s.first_response_sum), "
            "SUM(s.within_target), SUM(s.closed), SUM(s.resolved), SUM(s.rated), SUM(s.rating_sum), "
            "SUM(s.r1), SUM(s.r2), SUM(s.r3), SUM(s.r4), SUM(s.r5), SUM(s.left_waiting) "
            "FROM service_summary s ")
            .arg(summaryKey(groupBy, f.utcOffsetMinutes)) +
        join + QStringLiteral("WHERE ") + where + QStringLiteral(" GROUP BY 1, 2");
    QSqlQuery q(db);
    if (!prepared(q, sql, values))
        return failed(q);
    collect(q, groupBy, result);
    return std::nullopt;
}
} // namespace

EngineResult ServiceMetricsQuery::run(QSqlDatabase &db, const ReportFilter &filter,
                                      ReportGrouping::Kind groupBy, Source source)
{
    if (!rowKey(groupBy, filter.utcOffsetMinutes))
        return EngineResult::fail(EngineError::InvalidArgument,
                                  QStringLiteral("SERVICE_METRICS cannot group by crossDepartment"));
    // Filters that describe transfers would be silently ignored here: say so instead.
    if (!filter.states.isEmpty() || filter.crossDepartment || !filter.reasonContains.isEmpty())
        return EngineResult::fail(EngineError::InvalidArgument,
                                  QStringLiteral("states, crossDepartment and reasonContains filter transfers; "
                                                 "SERVICE_METRICS counts conversations"));
    Result result;
    const auto plan = source == Source::Auto ? SummaryPlan::forService(filter, groupBy) : std::nullopt;
    if (plan) {
        if (auto error = scanSummary(db, *plan, filter, groupBy, result))
            return *error;
        for (const ReportFilter &part : plan->rowScans(filter)) {
            if (auto error = scanRows(db, part, groupBy, result))
                return *error;
        }
    } else if (auto error = scanRows(db, filter, groupBy, result)) {
        return *error;
    }

    QJsonArray rows;
    const QHash<QString, QString> labels = ReportGrouping::labels(db, groupBy);
    for (auto it = result.groups.cbegin(); it != result.groups.cend(); ++it) {
        const Counters &n = it->n;
        const qint64 responded = n[RS::Responded];
        const qint64 rated = n[RS::Rated];
        QJsonObject row{
            {QStringLiteral("key"), it.key()},
            {QStringLiteral("conversations"), n[RS::Conversations]},
            {QStringLiteral("responded"), responded},
            {QStringLiteral("avgFirstResponseMs"), responded > 0 ? n[RS::FirstResponseSum] / responded : 0},
            {QStringLiteral("firstResponseWithinTarget"), ratio(n[RS::WithinTarget], responded)},
            {QStringLiteral("closed"), n[RS::Closed]},
            {QStringLiteral("resolved"), n[RS::Resolved]},
            {QStringLiteral("resolutionRate"), ratio(n[RS::Resolved], n[RS::Closed])},
            {QStringLiteral("rated"), rated},
            {QStringLiteral("satisfactionAvg"),
             rated > 0 ? QJsonValue(double(n[RS::RatingSum]) / double(rated)) : QJsonValue()},
            {QStringLiteral("ratings"),
             QJsonArray{n[RS::R1], n[RS::R1 + 1], n[RS::R1 + 2], n[RS::R1 + 3], n[RS::R1 + 4]}},
            {QStringLiteral("leftWhileWaiting"), n[RS::LeftWaiting]},
            {QStringLiteral("metRobot"), it->metRobot},
            {QStringLiteral("handedOver"), it->handedOver},
            {QStringLiteral("handoverRate"), ratio(it->handedOver, it->metRobot)}};
        if (labels.contains(it.key()))
            row.insert(QStringLiteral("label"), labels.value(it.key()));
        rows.append(row);
    }

    qint64 robot = 0;
    QList<std::pair<QString, qint64>> reasons;
    for (auto it = result.byEscalation.cbegin(); it != result.byEscalation.cend(); ++it) {
        if (metRobot(it.key()))
            robot += *it;
        if (handedOver(it.key()) && *it > 0)
            reasons.append({it.key(), *it});
    }
    // Most frequent first; equal counts by reason.
    std::stable_sort(reasons.begin(), reasons.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    QJsonArray handover;
    for (const auto &[reason, count] : reasons)
        handover.append(QJsonObject{{QStringLiteral("reason"), reason},
                                    {QStringLiteral("count"), count},
                                    {QStringLiteral("rate"), ratio(count, robot)}});
    return EngineResult::success({{QStringLiteral("rows"), rows},
                                  {QStringLiteral("handover"), handover},
                                  {QStringLiteral("references"),
                                   QJsonObject{{QStringLiteral("firstResponseMs"), firstResponseTargetMs},
                                               {QStringLiteral("resolutionRate"), resolutionTarget},
                                               {QStringLiteral("satisfaction"), satisfactionTarget}}}});
}

} // namespace baton
