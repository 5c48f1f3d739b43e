#pragma once

#include "engine/queuepolicy.h"

namespace baton {

// First come, first served; the agent with the lowest load ratio takes it, the longest idle of
// equals. 004's LoadBalanceConfig weighs the two: cost = load × ratio − idle × (idle minutes / 10, at most
// 1).
class LoadBalancePolicy : public QueuePolicy {
public:
    QueueStrategy strategy() const override { return QueueStrategy::LoadBalance; }
    qsizetype pickAgent(const WaitingConversation &waiting, const QList<const AgentState *> &candidates,
                        const PickContext &context) override;
};

} // namespace baton
