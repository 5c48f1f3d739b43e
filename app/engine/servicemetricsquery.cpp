#include "engine/servicemetricsquery.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace baton {

namespace {
// The handling agent: whoever closed it, else whoever owns it now. Joined only when the department
// is asked for: half a million lookups cost more than the rest of the report.
QString fromConversations(bool withAgent)
{
    return withAgent ? QStringLiteral("FROM conversations c LEFT JOIN agents h ON h.id = COALESCE(c.closed_by, c.owner_id) WHERE ")
                     : QStringLiteral("FROM conversations c WHERE ");
}
// Conversations that met the robot: all but those where the customer asked for a person at once.
const QLatin1String metRobot("c.escalation <> 'button'");
const QLatin1String handedOver("c.escalation NOT IN ('', 'none', 'button')");

std::optional<QString> keyExpression(ReportGrouping::Kind k, int utcOffsetMinutes)
{
    switch (k) {
    case ReportGrouping::Agent: return QStringLiteral("COALESCE(c.closed_by, c.owner_id, '')");
    case ReportGrouping::Department: return QStringLiteral("COALESCE(h.department, '')");
    case ReportGrouping::Reason: return QStringLiteral("c.escalation");
    case ReportGrouping::Skill: return QStringLiteral("COALESCE(c.skill, '')");
    case ReportGrouping::CrossDepartment: return std::nullopt;
    default: break;
    }
    return ReportGrouping::timeBucket(k, QStringLiteral("c.created_ms"), utcOffsetMinutes);
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
} // namespace

EngineResult ServiceMetricsQuery::run(QSqlDatabase &db, const ReportFilter &filter, ReportGrouping::Kind groupBy)
{
    const auto key = keyExpression(groupBy, filter.utcOffsetMinutes);
    if (!key)
        return EngineResult::fail(EngineError::InvalidArgument,
                                  QStringLiteral("SERVICE_METRICS cannot group by crossDepartment"));
    QVariantList values;
    const QString where = filter.conversationConditions(&values);
    const QString from = fromConversations(filter.needsHandlingAgent() || groupBy == ReportGrouping::Department);
    const QString firstResponse = QStringLiteral("c.first_response_ms - COALESCE(c.queued_ms, c.created_ms)");
    QSqlQuery q(db);
    const QString sql =
        QStringLiteral("SELECT %1, COUNT(*), COUNT(c.first_response_ms), COALESCE(SUM(%2), 0), "
                       "COALESCE(SUM(%2 <= %3), 0), COALESCE(SUM(c.state = 'closed' AND c.resolved IS NOT NULL), 0), "
                       "COALESCE(SUM(c.resolved), 0), COUNT(c.rating), COALESCE(SUM(c.rating), 0), "
                       "COALESCE(SUM(c.rating = 1), 0), COALESCE(SUM(c.rating = 2), 0), COALESCE(SUM(c.rating = 3), 0), "
                       "COALESCE(SUM(c.rating = 4), 0), COALESCE(SUM(c.rating = 5), 0), "
                       "COALESCE(SUM(c.state = 'closed' AND c.queued_ms IS NOT NULL AND c.assigned_ms IS NULL), 0), "
                       "COALESCE(SUM(%4), 0), COALESCE(SUM(%5), 0) ")
            .arg(*key, firstResponse)
            .arg(firstResponseTargetMs)
            .arg(metRobot, handedOver)
        + from + where + QStringLiteral(" GROUP BY 1 ORDER BY 1");
    if (!prepared(q, sql, values))
        return EngineResult::fail(EngineError::Internal,
                                  QStringLiteral("cannot compute service metrics: %1").arg(q.lastError().text()));
    QJsonArray rows;
    const QHash<QString, QString> labels = ReportGrouping::labels(db, groupBy);
    while (q.next()) {
        auto n = [&q](int i) { return q.value(i - 1).toLongLong(); }; // columns as numbered before the label went
        const qint64 responded = n(3);
        const qint64 closed = n(6);
        const qint64 rated = n(8);
        const qint64 robot = n(16);
        const QString bucket = ReportGrouping::bucketKey(groupBy, q.value(0));
        QJsonObject row{{QStringLiteral("key"), bucket},
                        {QStringLiteral("conversations"), n(2)},
                        {QStringLiteral("responded"), responded},
                        {QStringLiteral("avgFirstResponseMs"), responded > 0 ? n(4) / responded : 0},
                        {QStringLiteral("firstResponseWithinTarget"), ratio(n(5), responded)},
                        {QStringLiteral("closed"), closed},
                        {QStringLiteral("resolved"), n(7)},
                        {QStringLiteral("resolutionRate"), ratio(n(7), closed)},
                        {QStringLiteral("rated"), rated},
                        {QStringLiteral("satisfactionAvg"), rated > 0 ? QJsonValue(double(n(9)) / rated) : QJsonValue()},
                        {QStringLiteral("ratings"), QJsonArray{n(10), n(11), n(12), n(13), n(14)}},
                        {QStringLiteral("leftWhileWaiting"), n(15)},
                        {QStringLiteral("metRobot"), robot},
                        {QStringLiteral("handedOver"), n(17)},
                        {QStringLiteral("handoverRate"), ratio(n(17), robot)}};
        if (labels.contains(bucket))
            row.insert(QStringLiteral("label"), labels.value(bucket));
        rows.append(row);
    }

    QSqlQuery byReason(db);
    const QString reasonSql = QStringLiteral("SELECT c.escalation, COUNT(*) ") + from + where +
                              QStringLiteral(" AND %1 GROUP BY 1 ORDER BY 2 DESC, 1").arg(handedOver);
    if (!prepared(byReason, reasonSql, values))
        return EngineResult::fail(EngineError::Internal,
                                  QStringLiteral("cannot compute handovers: %1").arg(byReason.lastError().text()));
    QSqlQuery robotTotal(db);
    if (!prepared(robotTotal, QStringLiteral("SELECT COUNT(*) ") + from + where +
                                  QStringLiteral(" AND ") + metRobot, values) || !robotTotal.next())
        return EngineResult::fail(EngineError::Internal,
                                  QStringLiteral("cannot count robot conversations: %1").arg(robotTotal.lastError().text()));
    const qint64 robot = robotTotal.value(0).toLongLong();
    QJsonArray handover;
    while (byReason.next())
        handover.append(QJsonObject{{QStringLiteral("reason"), byReason.value(0).toString()},
                                    {QStringLiteral("count"), byReason.value(1).toLongLong()},
                                    {QStringLiteral("rate"), ratio(byReason.value(1).toLongLong(), robot)}});
    return EngineResult::success(
        {{QStringLiteral("rows"), rows},
         {QStringLiteral("handover"), handover},
         {QStringLiteral("references"), QJsonObject{{QStringLiteral("firstResponseMs"), firstResponseTargetMs},
                                                     {QStringLiteral("resolutionRate"), resolutionTarget},
                                                     {QStringLiteral("satisfaction"), satisfactionTarget}}}});
}

} // namespace baton
