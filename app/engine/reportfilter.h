#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QVariantList>
#include <optional>

namespace baton {

// Which rows a reader may see at all, decided from their role before any filter applies (F4):
// agents their own transfers, team leads their department's, supervisors and administrators all.
struct ReportScope {
    enum Kind { Everything, Department, Agent };
    Kind kind = Everything;
    QString value; // the department or agent id
};

// A page of LIST_TRANSFERS or LIST_RATINGS stops before this many bytes of rows even below its
// `limit`, so the reply fits the protocol's 64 KiB frames with its envelope (long notes, Chinese
// text: 500 rows can be several hundred KiB). `next` continues where it stopped.
inline constexpr qsizetype reportPageBytes = 40 * 1024;

// Where the next page of a newest-first list starts: "<ms>:<id>" of the last row sent (keyset paging).
struct KeysetCursor {
    qint64 ms = 0;
    qint64 id = 0;
    static std::optional<KeysetCursor> parse(const QString &text);
    QString text() const { return QStringLiteral("%1:%2").arg(ms).arg(id); }
    // " AND …" for rows after this cursor in (msColumn DESC, idColumn DESC) order.
    QString condition(const QString &msColumn, const QString &idColumn, QVariantList *values) const;
};

// The filters LIST_TRANSFERS, TRANSFER_METRICS and SERVICE_METRICS share. Times are epoch
// milliseconds, `toMs` exclusive; empty or zero fields do not filter.
struct ReportFilter {
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QStringList states;
    QString agent;       // either side of a transfer; the handling agent of a conversation
    QString department;  // either side of a transfer; the handling agent's department
    std::optional<bool> crossDepartment;
    QString reasonContains; // case-sensitive substring of the transfer's reason
    QString skill;          // the conversation's first required skill
    qint64 conversationId = 0;
    int utcOffsetMinutes = 0; // where hour/day/week/month buckets begin, as the reader's clock shows
    ReportScope scope;
    // Only rows of conversations not in the report summary yet (SummaryPlan completes the summary with them).
    bool unsummarizedOnly = false;

    // Parses the request payload (already validated by the catalogue for types and lengths).
    static std::optional<ReportFilter> fromJson(const QJsonObject &payload, QString *error);

    // SQL conditions for the transfers (alias t) joined to their conversation (alias c), with the
    // values to bind in order.
    QString transferConditions(QVariantList *values) const;
    // SQL conditions for conversations (alias c); when needsHandlingAgent(), they read the handling
    // agent's row (alias h: whoever closed it, else the owner) for the department.
    QString conversationConditions(QVariantList *values) const;
    bool needsHandlingAgent() const;
};

} // namespace baton
