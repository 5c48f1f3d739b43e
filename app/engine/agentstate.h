#pragma once

#include "core/agent.h"
#include "engine/agentperformance.h"

namespace baton {

// An agent as the running engine sees it: profile, credentials and live figures.
struct AgentState {
    Agent agent;
    QString passwordHash;
    int load = 0;        // conversations owned right now
    int reserved = 0;    // pending transfer offers: a slot is held until they resolve
    int connections = 0; // open protocol sessions
    qint64 offlineAtMs = 0; // when the last session dropped: goes offline at this time unless it returns
    AgentPerformance performance;

    int usedCapacity() const { return load + reserved; }
    bool hasCapacity() const { return usedCapacity() < agent.maxSessions; }
    bool canTakeWork() const { return agent.status == AgentStatus::Online && hasCapacity(); }
    QJsonObject toJson() const;
};

} // namespace baton
