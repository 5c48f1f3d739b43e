#include "engine/transferrecordquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace baton {

namespace {
QJsonValue nullable(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toLongLong());
}
} // namespace

EngineResult TransferRecordQuery::run(QSqlDatabase &db, const ReportFilter &filter, const QString &before, int limit)
{
    if (limit < 1 || limit > maxLimit)
        return EngineResult::fail(EngineError::InvalidArgument,
                                  QStringLiteral("\"limit\" must be between 1 and %1").arg(maxLimit));
    QVariantList values;
    QString where = filter.transferConditions(&values);
    if (!before.isEmpty()) {
        const auto cursor = KeysetCursor::parse(before);
        if (!cursor)
            return EngineResult::fail(EngineError::InvalidArgument,
                                      QStringLiteral("\"before\" must be a \"next\" cursor from an earlier page"));
        where += cursor->condition(QStringLiteral("t.created_ms"), QStringLiteral("t.id"), &values);
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT t.id, t.conversation_id, t.attempt_id, t.state, t.from_agent, fa.display_name, "
                  "t.from_department, t.to_agent, ta.display_name, t.to_department, t.note, t.reason, t.created_ms, "
                  "t.resolved_ms, c.customer_id, cu.name, c.skill, c.rating "
                  "FROM transfers t JOIN conversations c ON c.id = t.conversation_id "
                  "LEFT JOIN agents fa ON fa.id = t.from_agent LEFT JOIN agents ta ON ta.id = t.to_agent "
                  "LEFT JOIN customers cu ON cu.id = c.customer_id WHERE ")
              + where + QStringLiteral(" ORDER BY t.created_ms DESC, t.id DESC LIMIT ?"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(limit + 1);
    if (!q.exec())
        return EngineResult::fail(EngineError::Internal, QStringLiteral("cannot read transfers: %1").arg(q.lastError().text()));
    QJsonArray rows;
    QJsonValue next;
    qsizetype bytes = 0;
    while (q.next()) {
        if (rows.size() == limit || bytes > reportPageBytes) {
            const QJsonObject last = rows.last().toObject();
            next = KeysetCursor{qint64(last.value(QStringLiteral("createdMs")).toDouble()),
                                qint64(last.value(QStringLiteral("id")).toDouble())}
                       .text();
            break;
        }
        const QString state = q.value(3).toString();
        const bool answered = state == QLatin1String("accepted") || state == QLatin1String("rejected");
        const qint64 created = q.value(12).toLongLong();
        const QVariant resolved = q.value(13);
        const QJsonObject row{
            {QStringLiteral("id"), q.value(0).toLongLong()},
            {QStringLiteral("conversationId"), q.value(1).toLongLong()},
            {QStringLiteral("attemptId"), q.value(2).toLongLong()},
            {QStringLiteral("state"), state},
            {QStringLiteral("fromAgent"), q.value(4).toString()},
            {QStringLiteral("fromName"), q.value(5).toString()},
            {QStringLiteral("fromDepartment"), q.value(6).toString()},
            {QStringLiteral("toAgent"), q.value(7).toString()},
            {QStringLiteral("toName"), q.value(8).toString()},
            {QStringLiteral("toDepartment"), q.value(9).toString()},
            {QStringLiteral("crossDepartment"), q.value(6).toString() != q.value(9).toString()},
            {QStringLiteral("note"), QJsonDocument::fromJson(q.value(10).toByteArray()).object()},
            {QStringLiteral("reason"), q.value(11).toString()},
            {QStringLiteral("createdMs"), created},
            {QStringLiteral("resolvedMs"), nullable(resolved)},
            {QStringLiteral("responseMs"),
             answered && !resolved.isNull() ? QJsonValue(resolved.toLongLong() - created) : QJsonValue()},
            {QStringLiteral("customerId"), q.value(14).toString()},
            {QStringLiteral("customerName"), q.value(15).toString()},
            {QStringLiteral("skill"), q.value(16).toString()},
            {QStringLiteral("rating"), nullable(q.value(17))},
        };
        bytes += QJsonDocument(row).toJson(QJsonDocument::Compact).size();
        rows.append(row);
    }
    return EngineResult::success({{QStringLiteral("transfers"), rows}, {QStringLiteral("next"), next}});
}

} // namespace baton
