#include "engine/fifopolicy.h"

namespace baton {

qsizetype FifoPolicy::pickAgent(const WaitingConversation &waiting,
                                const QList<const AgentState *> &candidates, const PickContext &context)
{
    return bestScored(waiting, candidates, context);
}

} // namespace baton
