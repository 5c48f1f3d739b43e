#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace baton {

// How report rows are grouped: calendar buckets on the reader's clock, or a dimension.
class ReportGrouping {
public:
    enum Kind { Hour, Day, Week, Month, Agent, Department, CrossDepartment, Reason, Skill };

    static std::optional<Kind> fromName(const QString &name);
    static bool isTime(Kind k) { return k <= Month; }
    // An SQL expression for the bucket of an epoch-millisecond column shifted by the UTC offset:
    // "2026-12-02 14:00", "2026-12-02", the week's Monday "2026-11-30", or "2026-12".
    static QString timeBucket(Kind k, const QString &column, int utcOffsetMinutes);

    // Nearest-rank percentile of `values` (sorted in place); 0 for none.
    static qint64 percentile(QList<qint64> &values, double fraction);
};

} // namespace baton
