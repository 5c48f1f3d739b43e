#pragma once

#include "engine/queuepolicy.h"

namespace baton {

// Urgency first, then the customer's VIP level, then the longest wait; the best-scored agent takes it.
class PriorityPolicy : public QueuePolicy {
public:
    QueueStrategy strategy() const override { return QueueStrategy::Priority; }
    void order(QList<WaitingConversation> &waiting) const override;
    qsizetype pickAgent(const WaitingConversation &waiting, const QList<const AgentState *> &candidates,
                        const PickContext &context) override;
};

} // namespace baton
