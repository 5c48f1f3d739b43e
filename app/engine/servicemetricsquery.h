#pragma once

#include "engine/engineerror.h"
#include "engine/reportfilter.h"
#include "engine/reportgrouping.h"

class QSqlDatabase;

namespace baton {

// SERVICE_METRICS over conversations (by creation time): first response time, resolution rate,
// satisfaction with its 1–5 distribution, customers who left while waiting, and the robot's handover
// rate by escalation reason, with 003's reference lines. `reason` groups by escalation reason.
// Whatever SummaryPlan can answer is read from the report summary, with the same result.
class ServiceMetricsQuery {
public:
    static constexpr qint64 firstResponseTargetMs = 20'000;
    static constexpr double resolutionTarget = 0.75;
    static constexpr double satisfactionTarget = 4.5;

    enum class Source { Auto, Rows }; // Rows: never the report summary (tests compare the two)
    static EngineResult run(QSqlDatabase &db, const ReportFilter &filter, ReportGrouping::Kind groupBy,
                            Source source = Source::Auto);
};

} // namespace baton
