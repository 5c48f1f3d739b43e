#pragma once

#include "engine/reportfilter.h"
#include "engine/reportgrouping.h"

#include <optional>

namespace baton {

// How a metrics query reads the report summary (migration 007) instead of every row: which grain
// answers the grouping and filters, and the part of the time range made of whole grain buckets
// (the interior). The rest comes from the base tables with the same filter: the range's ragged
// edges, and inside the interior the conversations not summarized yet (open ones). Queries the
// summary cannot answer (an agent on either side of a transfer, reason text, one conversation,
// time buckets on a clock that is not a whole number of hours from UTC, two dimensions at once)
// get no plan and read the rows.
struct SummaryPlan {
    int grain = 0;
    qint64 widthMs = 0;
    qint64 fromMs = 0; // interior, aligned to widthMs; 0: from the first row
    qint64 toMs = 0;   // exclusive; 0: to the last row

    static std::optional<SummaryPlan> forTransfers(const ReportFilter &filter, ReportGrouping::Kind groupBy);
    static std::optional<SummaryPlan> forService(const ReportFilter &filter, ReportGrouping::Kind groupBy);

    // The row scans that complete the summary, as filters: edges before and after the interior,
    // and the interior's unsummarized rows.
    QList<ReportFilter> rowScans(const ReportFilter &filter) const;
    // " AND s.bucket >= ? AND s.bucket < ?" for the interior, over summary alias s.
    QString bucketConditions(QVariantList *values) const;

private:
    static std::optional<SummaryPlan> aligned(int grain, qint64 widthMs, const ReportFilter &filter);
};

} // namespace baton
