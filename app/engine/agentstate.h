#pragma once

#include "core/agent.h"
#include "engine/agentperformance.h"

namespace baton {

// An agent as the running engine sees it: profile, credentials and live figures.
struct AgentState {
    // Live figures and the agent's plain fields share the first cache line (see Agent).
    int load = 0;     // conversations owned right now
    int reserved = 0; // pending transfer offers: a slot is held until they resolve
    // Distinguishes agent records that reuse a vector slot; assigned when the engine adds the agent.
    quint64 identity = 0;
    // Grows whenever the profile or performance changes, so derived caches know when to refresh.
    // Bump it (touch()) after editing `agent` directly.
    quint64 revision = 0;
    Agent agent;
    QString passwordHash;
    int connections = 0;    // open protocol sessions
    qint64 offlineAtMs = 0; // when the last session dropped: goes offline at this time unless it returns
    qint64 lastAssignedMs = 0; // the queue policies' "longest idle"
    qint64 statusSinceMs = 0;  // when the status last changed, for the team view
    int overflowSessions = 0;  // added to agent.maxSessions by an open overflow; memory only
    AgentPerformance performance;

    int usedCapacity() const { return load + reserved; }
    bool hasCapacity() const { return usedCapacity() < agent.maxSessions; }
    bool canTakeWork() const { return agent.status == AgentStatus::Online && hasCapacity(); }
    void touch() { ++revision; }
    void recordClosed(const QString &skill, bool resolved);
    void recordRating(const QString &skill, int rating);
    QJsonObject toJson() const;
};

} // namespace baton
