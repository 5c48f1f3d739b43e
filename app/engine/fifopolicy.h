#pragma once

#include "engine/queuepolicy.h"

namespace baton {

// First come, first served; the best-scored agent takes it (the default).
class FifoPolicy : public QueuePolicy {
public:
    QueueStrategy strategy() const override { return QueueStrategy::Fifo; }
    qsizetype pickAgent(const WaitingConversation &waiting, const QList<const AgentState *> &candidates,
                        const PickContext &context) override;
};

} // namespace baton
