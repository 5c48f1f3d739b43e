#pragma once

#include "engine/queuedefinition.h"

#include <QList>
#include <memory>

namespace baton {

class Recommender;
struct AgentState;
struct Conversation;

// A conversation waiting in a queue, with what the policies order by.
struct WaitingConversation {
    Conversation *conversation = nullptr;
    int vipLevel = 0;
    qint64 waitedMs = 0;
};

// What a policy may weigh when it picks an agent.
struct PickContext {
    const Recommender &recommender;
    const QueueDefinition &queue;
    qint64 nowMs = 0;
};

// F2.2: one routing strategy. The queue book asks it for the serving order of a queue's waiting
// conversations and, for each in turn, which of the agents with free capacity takes it. Every
// candidate it is offered may take the conversation, so any choice keeps the queue work-conserving.
class QueuePolicy {
public:
    virtual ~QueuePolicy() = default;
    virtual QueueStrategy strategy() const = 0;
    // First come, first served unless the strategy says otherwise.
    virtual void order(QList<WaitingConversation> &waiting) const;
    // Index into `candidates` (never empty).
    virtual qsizetype pickAgent(const WaitingConversation &waiting,
                                const QList<const AgentState *> &candidates, const PickContext &context) = 0;

    // True: the queue book first hands out only the conversations an agent with room knows the
    // skill of, and only then the rest to whoever has room (still work-conserving).
    virtual bool matchesSkillsFirst() const { return false; }

    static std::unique_ptr<QueuePolicy> create(QueueStrategy strategy);

protected:
    // The recommender's score (skill, load, experience, urgency): the engine's usual judgement.
    static qsizetype bestScored(const WaitingConversation &waiting,
                                const QList<const AgentState *> &candidates, const PickContext &context);
    // The candidate with the smallest key; the earlier one of equals.
    template <typename Key> static qsizetype smallest(const QList<const AgentState *> &candidates, Key key)
    {
        qsizetype chosen = 0;
        auto best = key(candidates[0]);
        for (qsizetype i = 1; i < candidates.size(); ++i) {
            auto k = key(candidates[i]);
            if (k < best) {
                best = k;
                chosen = i;
            }
        }
        return chosen;
    }
    // Used capacity over the agent's limit in this queue.
    static double loadRatio(const AgentState &agent, const QueueDefinition &queue);
};

} // namespace baton
