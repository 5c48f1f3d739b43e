#pragma once

#include "core/agent.h"

namespace baton {

// An agent as the protocol shows them to colleagues: the profile plus the live figures the engine
// keeps (load, pending offers, track record).
struct AgentView {
    Agent agent;
    int load = 0;     // conversations owned
    int reserved = 0; // pending offers, each holding a slot
    double rating = 0;
    double resolutionRate = 0;
    int handled = 0;

    int usedCapacity() const { return load + reserved; }
    QJsonObject toJson() const;
    static AgentView fromJson(const QJsonObject &object);
};

} // namespace baton
