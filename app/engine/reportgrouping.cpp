#include "engine/reportgrouping.h"

#include <algorithm>
#include <cmath>

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
    // Integer seconds keep SQLite's date functions exact; the offset is a whole number of minutes.
    const QString seconds = QStringLiteral("(%1 / 1000 + %2)").arg(column).arg(qint64(utcOffsetMinutes) * 60);
    switch (k) {
    case Hour: return QStringLiteral("strftime('%Y-%m-%d %H:00', %1, 'unixepoch')").arg(seconds);
    case Day: return QStringLiteral("date(%1, 'unixepoch')").arg(seconds);
    case Week: return QStringLiteral("date(%1, 'unixepoch', '-6 days', 'weekday 1')").arg(seconds);
    case Month: return QStringLiteral("strftime('%Y-%m', %1, 'unixepoch')").arg(seconds);
    default: break;
    }
    return QString();
}

qint64 ReportGrouping::percentile(QList<qint64> &values, double fraction)
{
    if (values.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(fraction * double(values.size()))) - 1;
    const auto nth = values.begin() + std::clamp<qsizetype>(rank, 0, values.size() - 1);
    std::nth_element(values.begin(), nth, values.end());
    return *nth;
}

} // namespace baton
