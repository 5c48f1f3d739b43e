#pragma once

#include "engine/engineerror.h"
#include "engine/reportfilter.h"
#include "engine/reportgrouping.h"

class QSqlDatabase;

namespace baton {

// TRANSFER_METRICS: transfers grouped by a time bucket or a dimension (the receiving agent and
// department, in- vs cross-department, reason, skill). Success and rejection rates are over decided
// transfers (accepted + rejected + timeout); response times over answered ones (accepted + rejected);
// satisfaction is the average rating of conversations after an accepted transfer. The 90th
// percentile is the nearest rank's ResponseHistogram bucket edge. Whatever SummaryPlan can answer
// is read from the report summary; the answer is the same as from the rows.
class TransferMetricsQuery {
public:
    enum class Source { Auto, Rows }; // Rows: never the summary (tests compare the two)
    static EngineResult run(QSqlDatabase &db, const ReportFilter &filter, ReportGrouping::Kind groupBy,
                            Source source = Source::Auto);
};

} // namespace baton
