#pragma once

#include "engine/engineerror.h"
#include "engine/reportfilter.h"
#include "engine/reportgrouping.h"

class QSqlDatabase;

namespace baton {

// TRANSFER_METRICS: transfers grouped by a time bucket or a dimension (the receiving agent and
// department, in- vs cross-department, reason, skill). Success and rejection rates are over decided
// transfers (accepted + rejected + timeout); response times over answered ones (accepted + rejected);
// satisfaction is the average rating of conversations after an accepted transfer.
class TransferMetricsQuery {
public:
    static EngineResult run(QSqlDatabase &db, const ReportFilter &filter, ReportGrouping::Kind groupBy);
};

} // namespace baton
