#include "engine/trackrecordquery.h"

#include "engine/database.h"

namespace baton {

QList<qint64> TrackRecordQuery::recentHandlingTimes(Database &db, int limit)
{
    QSqlQuery &q = db.prepare(QStringLiteral(
        "SELECT closed_ms - assigned_ms FROM conversations WHERE state='closed' AND assigned_ms IS NOT NULL "
        "AND closed_ms >= assigned_ms ORDER BY closed_ms DESC LIMIT ?"));
    QList<qint64> list;
    if (db.exec(q, {limit})) {
        while (q.next())
            list.prepend(q.value(0).toLongLong());
    }
    q.finish();
    return list;
}

QHash<QString, HistoryFigures> TrackRecordQuery::byAgent(Database &db)
{
    QSqlQuery &q = db.prepare(QStringLiteral(
        "SELECT COALESCE(closed_by, owner_id) AS agent, COUNT(*), COALESCE(SUM(resolved), 0), COUNT(rating), "
        "COALESCE(SUM(rating), 0) FROM conversations WHERE state='closed' AND owner_id IS NOT NULL GROUP BY "
        "agent"));
    QHash<QString, HistoryFigures> result;
    if (db.exec(q)) {
        while (q.next())
            result.insert(q.value(0).toString(),
                          {q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt()});
    }
    q.finish();
    return result;
}

QHash<QString, QHash<QString, HistoryFigures>> TrackRecordQuery::byAgentAndSkill(Database &db)
{
    QSqlQuery &q = db.prepare(QStringLiteral(
        "SELECT COALESCE(closed_by, owner_id) AS agent, skill, COUNT(*), COALESCE(SUM(resolved), 0), "
        "COUNT(rating), COALESCE(SUM(rating), 0) FROM conversations WHERE state='closed' AND owner_id IS NOT "
        "NULL "
        "AND skill IS NOT NULL GROUP BY agent, skill"));
    QHash<QString, QHash<QString, HistoryFigures>> result;
    if (db.exec(q)) {
        while (q.next())
            result[q.value(0).toString()].insert(
                q.value(1).toString(),
                {q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt(), q.value(5).toInt()});
    }
    q.finish();
    return result;
}

} // namespace baton
