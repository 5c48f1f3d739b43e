#pragma once

#include "engine/enginecontext.h"
#include "engine/engineerror.h"
#include "engine/overflowdesk.h"
#include "engine/teamdesk.h"
#include "engine/teamstatsthrottle.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <functional>
#include <optional>

namespace baton {

class ConversationDesk;
struct AgentState;

// The team lead's side of the engine: who watches the team, when the next TEAM_STATS may go out,
// overflow windows, and the warnings agents and leads get (REPLY_OVERDUE, OVERLOAD_WARNING). Engine
// stays a facade that opens the transaction and emits; this desk decides what is said to whom.
class TeamLeadDesk {
public:
    using StatsSink = std::function<void(const QString &agentId, const QJsonObject &snapshot)>;

    TeamLeadDesk(EngineContext &context, ConversationDesk &conversations);

    // TEAM_WATCH: the snapshot, and `actor` is subscribed; each watch is undone by one unwatch.
    EngineResult watch(const AgentState &actor);
    void unwatch(const QString &actorId);
    EngineResult reassign(const AgentState &actor, qint64 conversationId, const QString &targetId,
                          const QString &note);
    EngineResult checkSetAgentStatus(const AgentState &actor, const QString &agentId);
    OverflowDesk &overflows() { return m_overflow; }

    // Something a watcher sees changed: a snapshot is due at the next allowed moment.
    void changed() { m_throttle.changed(); }
    // Hands each watcher a fresh snapshot when one is due (at most one per interval).
    void flush(qint64 nowMs, const StatsSink &sink);
    // The next moment this desk has work: a pending snapshot for a watcher, or an overflow closing.
    std::optional<qint64> nextWakeMs() const;

    // REPLY_OVERDUE into the outbox: the owning agent first, later their department's leads.
    void announceOverdueReplies(qint64 nowMs);
    // OVERLOAD_WARNING to each agent who just became overloaded (at capacity while a queue they
    // serve has customers waiting), with colleagues who have room as suggested transfer targets.
    // Once per episode: the agent is warned again only after the overload ended.
    void announceOverloads(qint64 nowMs);

private:
    QJsonObject snapshot(const AgentState &actor);
    QJsonArray suggestedTargets(const AgentState &overloaded) const;

    EngineContext &m_ctx;
    TeamDesk m_team;
    OverflowDesk m_overflow;
    TeamStatsThrottle m_throttle;
    QHash<QString, int> m_watchers; // agent id → open watches
    QSet<QString> m_overloaded;     // warned and still overloaded
};

} // namespace baton
