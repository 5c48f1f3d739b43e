#include "engine/skillhintrule.h"

#include "core/eventtypes.h"
#include "engine/engineconfig.h"
#include "engine/enginestate.h"
#include "engine/eventoutbox.h"
#include "engine/recommender.h"

#include <QJsonArray>

namespace baton {

namespace {
constexpr int maxCandidates = 3;
}

SkillHintRule::SkillHintRule(EngineContext &context) : m_ctx(context) {}

void SkillHintRule::customerWrote(const Conversation &c, const RobotScript::Reading &reading)
{
    // Conversations that closed since: their hints are done with. Swept when the map has doubled,
    // not on every message; a stale entry is only memory meanwhile (see Hinted::createdMs).
    if (m_hinted.size() > m_sweepAbove) {
        for (auto it = m_hinted.begin(); it != m_hinted.end();)
            it = m_ctx.state.conversations.contains(it.key()) ? std::next(it) : m_hinted.erase(it);
        m_sweepAbove = 2 * m_hinted.size() + 16;
    }
    if (c.state != ConversationState::Active || c.ownerId.isEmpty())
        return;
    const RobotScript::SkillMatch match = m_ctx.config.robot.skillMatch(reading);
    const AgentState *owner = m_ctx.state.agent(c.ownerId);
    if (auto found = m_hinted.find(c.id); found != m_hinted.end() && found->createdMs != c.createdMs)
        m_hinted.erase(found); // hints of an earlier conversation with this id
    // Only a skill word counts: a FAQ topic alone ("不用退款了" still looks like the refund FAQ) is too weak.
    if (match.word.isEmpty() || !owner || m_hinted.value(c.id).skills.contains(match.skill))
        return;
    const Proficiency own = proficiencyFor(owner->agent.skills, match.skill);
    if (own > Proficiency::General)
        return; // the owner is a specialist themselves
    const bool anySpecialist =
        std::any_of(m_ctx.state.agents.cbegin(), m_ctx.state.agents.cend(), [&](const AgentState &a) {
            return a.agent.id != owner->agent.id && a.agent.rights.mayReceive &&
                   proficiencyFor(a.agent.skills, match.skill) > own;
        });
    if (!anySpecialist)
        return;
    Hinted &hinted = m_hinted[c.id];
    hinted.createdMs = c.createdMs;
    hinted.skills.append(match.skill);
    RecommendRequest request;
    request.requiredSkills = {match.skill};
    request.subject = reading.text;
    request.urgent = c.isUrgent();
    request.initiator = &owner->agent;
    request.excluded.insert(owner->agent.id);
    request.filter.skill = match.skill;
    request.limit = maxCandidates;
    QJsonArray candidates;
    for (const Recommendation &r : m_ctx.recommender.recommend(m_ctx.state.agents, request))
        candidates.append(r.toJson());
    m_ctx.outbox.toAgent(c.ownerId, msg::TransferHint,
                         {{QStringLiteral("conversationId"), c.id},
                          {QStringLiteral("skill"), match.skill},
                          {QStringLiteral("word"), match.word},
                          {QStringLiteral("ownProficiency"), proficiencyName(own)},
                          {QStringLiteral("candidates"), candidates}});
}

} // namespace baton
