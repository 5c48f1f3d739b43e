#pragma once

#include "engine/enginecontext.h"
#include "engine/engineerror.h"

#include <QHash>
#include <QJsonArray>
#include <optional>

namespace baton {

struct AgentState;

// What a lead asks for with OPEN_OVERFLOW: either more sessions per agent of the department, or
// another department's agents helping with its queues, for a set time.
struct OverflowRequest {
    QString department;   // empty: the lead's own
    int extraSessions = 0; // > 0: capacity mode
    QString toDepartment; // non-empty: routing mode
    qint64 durationMs = 0;
};

// F2.5: temporary overflow windows. They live in memory only: a restart closes them, which errs on
// the safe side (normal capacities, normal routing). One window per department; opening another
// replaces it. The engine's clock closes each at its `untilMs`.
class OverflowDesk {
public:
    static constexpr qint64 minDurationMs = 60 * 1000;
    static constexpr qint64 maxDurationMs = 8 * 60 * 60 * 1000;
    static constexpr int maxExtraSessions = 10;

    explicit OverflowDesk(EngineContext &context);

    EngineResult open(const AgentState &actor, const OverflowRequest &request);
    // Closes every window whose time is up; true when one closed.
    bool closeDue(qint64 nowMs);
    std::optional<qint64> nextCloseMs() const;
    // The open windows of the departments `actor` sees (all for supervisors).
    QJsonArray json(const AgentState &actor) const;
    // After the agents were reloaded from the store: puts the open windows' capacity back on them.
    void reapply();

private:
    struct Window {
        QString department;
        int extraSessions = 0;
        QString toDepartment;
        qint64 openedMs = 0;
        qint64 untilMs = 0;
        QString openedBy;
        QJsonObject toJson() const;
    };
    void apply(const Window &w, bool opening);
    void publishHelpers();

    EngineContext &m_ctx;
    QHash<QString, Window> m_open; // by department
};

} // namespace baton
