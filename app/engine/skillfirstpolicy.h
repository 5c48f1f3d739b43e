#pragma once

#include "engine/queuepolicy.h"

namespace baton {

// First come, first served; the agent who knows the conversation's skill best takes it, the less
// loaded and then the longer idle of equals. Fewer conversations land where they must be transferred.
class SkillFirstPolicy : public QueuePolicy {
public:
    QueueStrategy strategy() const override { return QueueStrategy::SkillFirst; }
    bool matchesSkillsFirst() const override { return true; }
    qsizetype pickAgent(const WaitingConversation &waiting, const QList<const AgentState *> &candidates,
                        const PickContext &context) override;
};

} // namespace baton
