#include "engine/roundrobinpolicy.h"

#include "engine/agentstate.h"

namespace baton {

qsizetype RoundRobinPolicy::pickAgent(const WaitingConversation &,
                                      const QList<const AgentState *> &candidates, const PickContext &)
{
    // The next id after the last turn's, wrapping round to the smallest.
    qsizetype next = -1;
    qsizetype smallest = 0;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const QString &id = candidates[i]->agent.id;
        if (id < candidates[smallest]->agent.id)
            smallest = i;
        if (id > m_lastId && (next < 0 || id < candidates[next]->agent.id))
            next = i;
    }
    const qsizetype chosen = next >= 0 ? next : smallest;
    m_lastId = candidates[chosen]->agent.id;
    return chosen;
}

} // namespace baton
