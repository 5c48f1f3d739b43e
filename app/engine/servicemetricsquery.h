#pragma once

#include "engine/engineerror.h"
#include "engine/reportfilter.h"
#include "engine/reportgrouping.h"

class QSqlDatabase;

namespace baton {

// SERVICE_METRICS over conversations (by creation time): first response time, resolution rate,
// satisfaction with its 1–5 distribution, customers who left while waiting, and the robot's handover
// rate by escalation reason, with 003's reference lines. `reason` groups by escalation reason.
class ServiceMetricsQuery {
public:
    static constexpr qint64 firstResponseTargetMs = 20'000;
    static constexpr double resolutionTarget = 0.75;
    static constexpr double satisfactionTarget = 4.5;

    static EngineResult run(QSqlDatabase &db, const ReportFilter &filter, ReportGrouping::Kind groupBy);
};

} // namespace baton
