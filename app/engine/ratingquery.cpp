#include "engine/ratingquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace baton {

EngineResult RatingQuery::run(QSqlDatabase &db, const ReportFilter &filter, int maxRating, const QString &before,
                              int limit)
{
    if (limit < 1 || limit > maxLimit)
        return EngineResult::fail(EngineError::InvalidArgument,
                                  QStringLiteral("\"limit\" must be between 1 and %1").arg(maxLimit));
    QVariantList values;
    QString where = filter.conversationConditions(&values) + QStringLiteral(" AND c.rating IS NOT NULL AND c.rating <= ?");
    values << maxRating;
    if (!before.isEmpty()) {
        const auto cursor = KeysetCursor::parse(before);
        if (!cursor)
            return EngineResult::fail(EngineError::InvalidArgument,
                                      QStringLiteral("\"before\" must be a \"next\" cursor from an earlier page"));
        where += cursor->condition(QStringLiteral("c.closed_ms"), QStringLiteral("c.id"), &values);
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.rating, c.rating_comment, c.closed_ms, h.id, h.display_name, h.department, "
                             "c.customer_id, cu.name, c.subject, c.resolved, "
                             "(SELECT COUNT(*) FROM transfers t WHERE t.conversation_id = c.id AND t.state = 'accepted') "
                             "FROM conversations c LEFT JOIN agents h ON h.id = COALESCE(c.closed_by, c.owner_id) "
                             "LEFT JOIN customers cu ON cu.id = c.customer_id WHERE ") +
              where + QStringLiteral(" ORDER BY c.closed_ms DESC, c.id DESC LIMIT ?"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(limit + 1);
    if (!q.exec())
        return EngineResult::fail(EngineError::Internal, QStringLiteral("cannot read ratings: %1").arg(q.lastError().text()));
    QJsonArray rows;
    QJsonValue next;
    qsizetype bytes = 0;
    while (q.next()) {
        if (rows.size() == limit || bytes > reportPageBytes) {
            const QJsonObject last = rows.last().toObject();
            next = KeysetCursor{qint64(last.value(QStringLiteral("closedMs")).toDouble()),
                                qint64(last.value(QStringLiteral("conversationId")).toDouble())}
                       .text();
            break;
        }
        const QJsonObject row{{QStringLiteral("conversationId"), q.value(0).toLongLong()},
                                {QStringLiteral("rating"), q.value(1).toInt()},
                                {QStringLiteral("comment"), q.value(2).toString()},
                                {QStringLiteral("closedMs"), q.value(3).toLongLong()},
                                {QStringLiteral("agent"), q.value(4).toString()},
                                {QStringLiteral("agentName"), q.value(5).toString()},
                                {QStringLiteral("department"), q.value(6).toString()},
                                {QStringLiteral("customerId"), q.value(7).toString()},
                                {QStringLiteral("customerName"), q.value(8).toString()},
                                {QStringLiteral("subject"), q.value(9).toString()},
                                {QStringLiteral("resolved"), q.value(10).isNull() ? QJsonValue() : QJsonValue(q.value(10).toBool())},
                                {QStringLiteral("transfers"), q.value(11).toInt()}};
        bytes += QJsonDocument(row).toJson(QJsonDocument::Compact).size();
        rows.append(row);
    }
    return EngineResult::success({{QStringLiteral("ratings"), rows}, {QStringLiteral("next"), next}});
}

} // namespace baton
