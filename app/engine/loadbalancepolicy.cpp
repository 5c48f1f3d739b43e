#include "engine/loadbalancepolicy.h"

#include "engine/agentstate.h"

#include <algorithm>
#include <tuple>

namespace baton {

qsizetype LoadBalancePolicy::pickAgent(const WaitingConversation &,
                                       const QList<const AgentState *> &candidates,
                                       const PickContext &context)
{
    constexpr double fullIdleMs = 600'000;
    auto key = [&](const AgentState *a) {
        const double idleShare =
            std::min(1.0, double(std::max<qint64>(0, context.nowMs - a->lastAssignedMs)) / fullIdleMs);
        const double cost = context.queue.weights.load * loadRatio(*a, context.queue) -
                            context.queue.weights.idle * idleShare;
        return std::make_tuple(cost, a->lastAssignedMs);
    };
    return smallest(candidates, key);
}

} // namespace baton
