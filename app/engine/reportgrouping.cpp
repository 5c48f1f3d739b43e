#include "engine/reportgrouping.h"

#include <QDate>
#include <QSqlQuery>

namespace baton {

std::optional<ReportGrouping::Kind> ReportGrouping::fromName(const QString &name)
{
    static const QList<std::pair<QString, Kind>> names{
        {QStringLiteral("hour"), Hour},           {QStringLiteral("day"), Day},
        {QStringLiteral("week"), Week},           {QStringLiteral("month"), Month},
        {QStringLiteral("agent"), Agent},         {QStringLiteral("department"), Department},
        {QStringLiteral("crossDepartment"), CrossDepartment}, {QStringLiteral("reason"), Reason},
        {QStringLiteral("skill"), Skill}};
    for (const auto &[n, k] : names) {
        if (n == name)
            return k;
    }
    return std::nullopt;
}

QString ReportGrouping::timeBucket(Kind k, const QString &column, int utcOffsetMinutes)
{
    const QString local = QStringLiteral("(%1 + %2)").arg(column).arg(qint64(utcOffsetMinutes) * 60'000);
    switch (k) {
    case Hour: return QStringLiteral("(%1 / 3600000)").arg(local);
    case Day: return QStringLiteral("(%1 / 86400000)").arg(local);
    case Week: return QStringLiteral("((%1 / 86400000 + 3) / 7)").arg(local); // day 0, 1970-01-01, was a Thursday
    case Month: return QStringLiteral("strftime('%Y-%m', %1 / 1000, 'unixepoch')").arg(local);
    default: break;
    }
    return QString();
}

QString ReportGrouping::bucketKey(Kind k, const QVariant &bucket)
{
    static const QDate epoch(1970, 1, 1);
    const qint64 n = bucket.toLongLong();
    switch (k) {
    case Hour:
        return epoch.addDays(n / 24).toString(Qt::ISODate) + QStringLiteral(" %1:00").arg(n % 24, 2, 10, QLatin1Char('0'));
    case Day: return epoch.addDays(n).toString(Qt::ISODate);
    case Week: return epoch.addDays(n * 7 - 3).toString(Qt::ISODate);
    default: return bucket.toString();
    }
}

QHash<QString, QString> ReportGrouping::labels(QSqlDatabase &db, Kind k)
{
    QHash<QString, QString> result;
    if (k != Agent && k != Department)
        return result;
    QSqlQuery q(db);
    if (q.exec(k == Agent ? QStringLiteral("SELECT id, display_name FROM agents")
                          : QStringLiteral("SELECT id, name FROM departments"))) {
        while (q.next())
            result.insert(q.value(0).toString(), q.value(1).toString());
    }
    return result;
}

} // namespace baton
