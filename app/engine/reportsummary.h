#pragma once

#include <QtGlobal>

namespace baton {

class SqliteDatabase;

// Keeps the report summary tables of migration 007 (transfer_summary, service_summary) up to date:
// the Store calls it when a conversation closes and when it is rated, inside the same transaction,
// so a summary row never counts something the base tables do not hold. The summary is read by
// TransferMetricsQuery and ServiceMetricsQuery through SummaryPlan.
class ReportSummary {
public:
    // What each grain keeps besides time (see 007_report_summary.sql).
    enum TransferGrain {
        TransfersByHour = 0,
        TransfersByAgentDay = 1,
        TransfersBySkillDay = 2,
        TransfersByReasonDay = 3
    };
    enum ServiceGrain {
        ServiceByHour = 0,
        ServiceByAgentDay = 1,
        ServiceBySkillDay = 2,
        ServiceByAgentHour = 3
    };
    // service_summary's counters, in column order after the key.
    enum ServiceCounter {
        Conversations,
        Responded,
        FirstResponseSum,
        WithinTarget,
        Closed,
        Resolved,
        Rated,
        RatingSum,
        R1, // r1…r5: how many rated 1…5
        LeftWaiting = R1 + 5,
        ServiceCounterCount
    };
    static constexpr qint64 hourMs = 3'600'000;
    static constexpr qint64 dayMs = 86'400'000;

    explicit ReportSummary(SqliteDatabase &db);

    // Adds a conversation that has just closed, with its transfers, once (the `summarized` mark).
    bool conversationClosed(qint64 conversationId);
    // Adds the rating of a summarized conversation to its rows and its accepted transfers' rows.
    bool conversationRated(qint64 conversationId);

    // Adds every closed conversation not summarized yet, as migration 007 does: for rows written
    // with plain SQL (the demo's history, benchmark stores). Inside the caller's transaction, if any.
    static bool absorb(SqliteDatabase &db);

private:
    bool addService(qint64 conversationId, bool withCounts);
    bool addTransfers(qint64 conversationId, bool withCounts, int rating);

    SqliteDatabase &m_db;
};

} // namespace baton
