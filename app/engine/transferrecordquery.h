#pragma once

#include "engine/engineerror.h"
#include "engine/reportfilter.h"

class QSqlDatabase;

namespace baton {

// LIST_TRANSFERS: one page of transfer records, newest offer first, with both sides' names and
// departments, the customer and the response time. Keyset paging: `before` is the `next` cursor of
// the previous page ("<createdMs>:<id>"), so a page costs the same however deep it is.
class TransferRecordQuery {
public:
    static constexpr int maxLimit = 500;
    static EngineResult run(QSqlDatabase &db, const ReportFilter &filter, const QString &before, int limit);
};

} // namespace baton
