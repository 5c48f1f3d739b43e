#pragma once

#include <QHash>
#include <QString>
#include <QVariant>
#include <optional>

class QSqlDatabase;

namespace baton {

// How report rows are grouped: calendar buckets on the reader's clock, or a dimension.
class ReportGrouping {
public:
    enum Kind { Hour, Day, Week, Month, Agent, Department, CrossDepartment, Reason, Skill };

    static std::optional<Kind> fromName(const QString &name);
    static bool isTime(Kind k) { return k <= Month; }
    // An SQL expression for the bucket of an epoch-millisecond column shifted by the UTC offset. Hours,
    // days and weeks are integers (cheap to compute and group for hundreds of thousands of rows);
    // bucketKey() turns one into "2026-12-02 14:00", "2026-12-02" or the week's Monday "2026-11-30".
    // Months are "2026-12" already.
    static QString timeBucket(Kind k, const QString &column, int utcOffsetMinutes);
    static QString bucketKey(Kind k, const QVariant &bucket);
    // Display names for agent and department keys; empty for other groupings.
    static QHash<QString, QString> labels(QSqlDatabase &db, Kind k);
};

} // namespace baton
