#include "engine/prioritypolicy.h"

#include "core/conversation.h"

#include <algorithm>

namespace baton {

void PriorityPolicy::order(QList<WaitingConversation> &waiting) const
{
    QueuePolicy::order(waiting);
    std::stable_sort(waiting.begin(), waiting.end(),
                     [](const WaitingConversation &a, const WaitingConversation &b) {
                         if (a.conversation->priority != b.conversation->priority)
                             return a.conversation->priority > b.conversation->priority;
                         return a.vipLevel > b.vipLevel;
                     });
}

qsizetype PriorityPolicy::pickAgent(const WaitingConversation &waiting,
                                    const QList<const AgentState *> &candidates, const PickContext &context)
{
    return bestScored(waiting, candidates, context);
}

} // namespace baton
