#include "engine/reportsummary.h"

#include "engine/database.h"
#include "engine/responsehistogram.h"
#include "engine/servicemetricsquery.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <array>

namespace baton {

namespace {
using ServiceCounts = std::array<qint64, ReportSummary::ServiceCounterCount>;

// transfer_summary's key and counters.
struct TransferKey {
    int grain = 0;
    qint64 bucket = 0;
    QString value, fromDepartment, toDepartment;
    bool operator<(const TransferKey &o) const
    {
        return std::tie(grain, bucket, value, fromDepartment, toDepartment) <
               std::tie(o.grain, o.bucket, o.value, o.fromDepartment, o.toDepartment);
    }
};
constexpr int transferCounters = 9;
enum {
    Pending,
    Accepted,
    Rejected,
    Timeout,
    Cancelled,
    AcceptedMs,
    RejectedMs,
    TransferRated,
    TransferRatingSum
};
struct TransferCounts {
    std::array<qint64, transferCounters> n{};
    ResponseHistogram accepted, rejected;
};

QVariantList keyValues(const TransferKey &k)
{
    return {k.grain, k.bucket, k.value, k.fromDepartment, k.toDepartment};
}

QVariant textOrNull(const ResponseHistogram &h)
{
    return h.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(h.text());
}
} // namespace

ReportSummary::ReportSummary(SqliteDatabase &db) : m_db(db) {}

bool ReportSummary::conversationClosed(qint64 conversationId)
{
    QSqlQuery &mark = m_db.prepare(QStringLiteral(
        "UPDATE conversations SET summarized=1 WHERE id=? AND state='closed' AND summarized=0"));
    if (!m_db.exec(mark, {conversationId}))
        return false;
    const bool fresh = mark.numRowsAffected() == 1;
    mark.finish();
    return !fresh || (addService(conversationId, true) && addTransfers(conversationId, true, 0));
}

bool ReportSummary::conversationRated(qint64 conversationId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT summarized, rating FROM conversations WHERE id=?"));
    if (!m_db.exec(q, {conversationId}))
        return false;
    const bool summarized = q.next() && q.value(0).toInt() == 1 && !q.value(1).isNull();
    const int rating = summarized ? q.value(1).toInt() : 0;
    q.finish();
    return !summarized || (addService(conversationId, false) && addTransfers(conversationId, false, rating));
}

bool ReportSummary::addService(qint64 conversationId, bool withCounts)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT created_ms, COALESCE(closed_by, owner_id, ''), COALESCE(skill, ''), escalation, "
        "first_response_ms - COALESCE(queued_ms, created_ms), resolved, rating, "
        "queued_ms IS NOT NULL AND assigned_ms IS NULL FROM conversations WHERE id=?"));
    if (!m_db.exec(q, {conversationId}) || !q.next())
        return false;
    const qint64 createdMs = q.value(0).toLongLong();
    const QString agent = q.value(1).toString();
    const QString skill = q.value(2).toString();
    const QString escalation = q.value(3).toString();
    ServiceCounts n{};
    if (withCounts) {
        n[Conversations] = 1;
        if (!q.value(4).isNull()) {
            const qint64 firstResponse = q.value(4).toLongLong();
            n[Responded] = 1;
            n[FirstResponseSum] = firstResponse;
            n[WithinTarget] = firstResponse <= ServiceMetricsQuery::firstResponseTargetMs;
        }
        n[Closed] = !q.value(5).isNull();
        n[Resolved] = q.value(5).toInt();
        n[LeftWaiting] = q.value(7).toInt();
    } else if (!q.value(6).isNull()) {
        const int rating = q.value(6).toInt();
        n[Rated] = 1;
        n[RatingSum] = rating;
        if (rating >= 1 && rating <= 5)
            n[R1 + rating - 1] = 1;
    }
    q.finish();

    QStringList additions;
    for (const char *c : {"conversations", "responded", "first_response_sum", "within_target", "closed",
                          "resolved", "rated", "rating_sum", "r1", "r2", "r3", "r4", "r5", "left_waiting"})
        additions.append(QStringLiteral("%1=%1+excluded.%1").arg(QLatin1String(c)));
    QSqlQuery &upsert =
        m_db.prepare(QStringLiteral("INSERT INTO service_summary VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                                    "ON CONFLICT(grain, bucket, value, escalation) DO UPDATE SET ") +
                     additions.join(QLatin1Char(',')));
    const QList<std::tuple<int, qint64, QString>> keys{{ServiceByHour, createdMs / hourMs, QString()},
                                                       {ServiceByAgentDay, createdMs / dayMs, agent},
                                                       {ServiceBySkillDay, createdMs / dayMs, skill},
                                                       {ServiceByAgentHour, createdMs / hourMs, agent}};
    for (const auto &[grain, bucket, value] : keys) {
        QVariantList values{grain, bucket, value, escalation};
        for (qint64 v : n)
            values.append(v);
        if (!m_db.exec(upsert, values))
            return false;
    }
    upsert.finish();
    return true;
}

bool ReportSummary::addTransfers(qint64 conversationId, bool withCounts, int rating)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT t.created_ms, t.to_agent, t.from_department, t.to_department, t.state, t.reason, "
        "COALESCE(t.resolved_ms - t.created_ms, 0), COALESCE(c.skill, '') "
        "FROM transfers t JOIN conversations c ON c.id = t.conversation_id WHERE t.conversation_id=? "
        "AND t.reason IS NOT 'reassigned'")); // a lead's REASSIGN is no offer (TransferMetricsQuery)
    if (!m_db.exec(q, {conversationId}))
        return false;
    // One conversation's transfers often share rows (same hour, same departments): merged here first.
    QMap<TransferKey, TransferCounts> rows;
    while (q.next()) {
        const qint64 createdMs = q.value(0).toLongLong();
        const QString state = q.value(4).toString();
        if (!withCounts && state != QLatin1String("accepted"))
            continue;
        const QString fromDepartment = q.value(2).toString();
        const QString toDepartment = q.value(3).toString();
        const QList<TransferKey> keys{
            {TransfersByHour, createdMs / hourMs, QString(), fromDepartment, toDepartment},
            {TransfersByAgentDay, createdMs / dayMs, q.value(1).toString(), fromDepartment, toDepartment},
            {TransfersBySkillDay, createdMs / dayMs, q.value(7).toString(), fromDepartment, toDepartment},
            {TransfersByReasonDay, createdMs / dayMs, q.value(5).toString(), fromDepartment, toDepartment}};
        const qint64 response = q.value(6).toLongLong();
        for (const TransferKey &key : keys) {
            TransferCounts &c = rows[key];
            if (!withCounts) {
                ++c.n[TransferRated];
                c.n[TransferRatingSum] += rating;
            } else if (state == QLatin1String("accepted")) {
                ++c.n[Accepted];
                c.n[AcceptedMs] += response;
                c.accepted.add(response);
            } else if (state == QLatin1String("rejected")) {
                ++c.n[Rejected];
                c.n[RejectedMs] += response;
                c.rejected.add(response);
            } else {
                ++c.n[state == QLatin1String("timeout")     ? Timeout
                      : state == QLatin1String("cancelled") ? Cancelled
                                                            : Pending];
            }
        }
    }
    q.finish();

    QSqlQuery &read = m_db.prepare(
        QStringLiteral("SELECT pending, accepted, rejected, timeout, cancelled, accepted_ms, rejected_ms, "
                       "rated, rating_sum, "
                       "accepted_hist, rejected_hist FROM transfer_summary "
                       "WHERE grain=? AND bucket=? AND value=? AND from_department=? AND to_department=?"));
    QSqlQuery &write = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO transfer_summary VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        // Histograms cannot be added in SQL: read, add, write back (normalised, one entry per edge).
        TransferCounts &c = *it;
        if (!m_db.exec(read, keyValues(it.key())))
            return false;
        if (read.next()) {
            for (int i = 0; i < transferCounters; ++i)
                c.n[size_t(i)] += read.value(i).toLongLong();
            c.accepted.addText(read.value(transferCounters).toString());
            c.rejected.addText(read.value(transferCounters + 1).toString());
        }
        read.finish();
        QVariantList values = keyValues(it.key());
        for (qint64 v : c.n)
            values.append(v);
        values.append(textOrNull(c.accepted));
        values.append(textOrNull(c.rejected));
        if (!m_db.exec(write, values))
            return false;
    }
    write.finish();
    return true;
}

bool ReportSummary::absorb(SqliteDatabase &db)
{
    QFile f(Database::migrationsFolder() + QStringLiteral("/007_report_summary.sql"));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QString sql = QString::fromUtf8(f.readAll());
    sql.remove(QRegularExpression(QStringLiteral("--[^\n]*")));
    for (const QString &part : sql.split(QLatin1Char(';'))) {
        const QString statement = part.trimmed();
        if ((statement.startsWith(QLatin1String("WITH")) ||
             statement.startsWith(QLatin1String("UPDATE conversations SET summarized"))) &&
            !db.execSql(statement))
            return false;
    }
    return true;
}

} // namespace baton
