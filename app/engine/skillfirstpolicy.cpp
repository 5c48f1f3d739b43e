#include "engine/skillfirstpolicy.h"

#include "core/conversation.h"
#include "engine/agentstate.h"

#include <tuple>

namespace baton {

qsizetype SkillFirstPolicy::pickAgent(const WaitingConversation &waiting,
                                      const QList<const AgentState *> &candidates, const PickContext &context)
{
    const QStringList &skills = waiting.conversation->requiredSkills;
    auto key = [&](const AgentState *a) {
        int best = 0;
        for (const QString &skill : skills)
            best = std::max(best, int(proficiencyFor(a->agent.skills, skill)));
        // Higher proficiency, lower load ratio, earlier last assignment.
        return std::make_tuple(-best, loadRatio(*a, context.queue), a->lastAssignedMs);
    };
    return smallest(candidates, key);
}

} // namespace baton
