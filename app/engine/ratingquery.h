#pragma once

#include "engine/engineerror.h"
#include "engine/reportfilter.h"

class QSqlDatabase;

namespace baton {

// LIST_RATINGS: rated conversations at or below `maxRating`, newest rating first, with the comment,
// the agent who handled it and the customer, so a reviewer reaches the conversation in one click.
// Keyset paging like LIST_TRANSFERS; the cursor is "<closedMs>:<id>".
class RatingQuery {
public:
    static constexpr int maxLimit = 500;
    static EngineResult run(QSqlDatabase &db, const ReportFilter &filter, int maxRating, const QString &before,
                            int limit);
};

} // namespace baton
