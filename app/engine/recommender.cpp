#include "engine/recommender.h"

#include "engine/permissionpolicy.h"

#include <QJsonArray>
#include <algorithm>

namespace baton {

namespace {
// A tag that names the problem area nudges the skill part: 004's "专业领域" criterion.
constexpr double tagBonus = 0.1;
constexpr int maxLevel = 5;
} // namespace

bool CandidateFilter::matches(const Agent &agent) const
{
    if (!department.isEmpty() && agent.department != department)
        return false;
    if (status && agent.status != *status)
        return false;
    if (!skill.isEmpty() && proficiencyFor(agent.skills, skill) == Proficiency::None)
        return false;
    if (!query.isEmpty() && !agent.displayName.contains(query, Qt::CaseInsensitive) &&
        !agent.id.contains(query, Qt::CaseInsensitive))
        return false;
    return true;
}

ScoreParts Recommender::score(const AgentState &state, const RecommendRequest &request, QString *matchedSkill,
                              Proficiency *proficiency, QString *matchedTag) const
{
    const Agent &agent = state.agent;
    ScoreParts parts;
    Proficiency best = Proficiency::None;
    QString bestSkill;
    if (request.requiredSkills.isEmpty()) {
        // No specific skill asked for: everyone counts as a generalist.
        best = Proficiency::General;
    } else {
        for (const QString &skill : request.requiredSkills) {
            const Proficiency p = proficiencyFor(agent.skills, skill);
            if (int(p) > int(best)) {
                best = p;
                bestSkill = skill;
            }
        }
    }
    parts.skill = proficiencyMatch(best);
    for (const QString &tag : agent.tags) {
        if (request.requiredSkills.contains(tag) || (!request.subject.isEmpty() && request.subject.contains(tag))) {
            parts.skill = std::min(1.0, parts.skill + tagBonus);
            if (matchedTag)
                *matchedTag = tag;
            break;
        }
    }
    parts.load = agent.maxSessions > 0
                     ? double(agent.maxSessions - state.usedCapacity()) / double(agent.maxSessions)
                     : 0.0;
    const QString experienceSkill = bestSkill.isEmpty() ? request.requiredSkills.value(0) : bestSkill;
    parts.experience = state.performance.experience(experienceSkill);
    if (request.urgent)
        parts.urgency = 0.5 * double(agent.level) / maxLevel + 0.5 * (state.performance.rating() - 1.0) / 4.0;
    parts.total = m_weights.skill * parts.skill + m_weights.load * parts.load +
                  m_weights.experience * parts.experience + m_weights.urgency * parts.urgency;
    if (matchedSkill)
        *matchedSkill = bestSkill;
    if (proficiency)
        *proficiency = best;
    return parts;
}

std::vector<Recommendation> Recommender::recommend(const std::vector<AgentState> &agents,
                                                   const RecommendRequest &request) const
{
    struct Scored {
        double total;
        qsizetype index;
    };
    std::vector<Scored> scored;
    scored.reserve(agents.size());
    for (size_t i = 0; i < agents.size(); ++i) {
        const AgentState &state = agents[i];
        if (!state.canTakeWork() || !state.agent.rights.mayReceive)
            continue;
        if (request.excluded.contains(state.agent.id))
            continue;
        if (request.initiator && PermissionPolicy::checkTransfer(*request.initiator, state.agent))
            continue;
        if (!request.filter.matches(state.agent))
            continue;
        scored.push_back({score(state, request, nullptr, nullptr, nullptr).total, qsizetype(i)});
    }
    const size_t limit = std::min(scored.size(), size_t(std::max(0, request.limit)));
    // Ties go to the agent listed first, so rankings are stable between identical requests.
    std::partial_sort(scored.begin(), scored.begin() + qsizetype(limit), scored.end(),
                      [](const Scored &a, const Scored &b) {
                          return a.total != b.total ? a.total > b.total : a.index < b.index;
                      });
    std::vector<Recommendation> result;
    result.reserve(limit);
    for (size_t i = 0; i < limit; ++i) {
        Recommendation r;
        r.candidate = &agents[size_t(scored[i].index)];
        r.parts = score(*r.candidate, request, &r.matchedSkill, &r.proficiency, &r.matchedTag);
        result.push_back(r);
    }
    return result;
}

QJsonObject Recommendation::toJson() const
{
    const AgentState &s = *candidate;
    QJsonArray reasons;
    if (proficiency != Proficiency::None)
        reasons.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("skill")},
                                   {QStringLiteral("skill"), matchedSkill},
                                   {QStringLiteral("proficiency"), proficiencyName(proficiency)}});
    if (!matchedTag.isEmpty())
        reasons.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("tag")}, {QStringLiteral("tag"), matchedTag}});
    reasons.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("load")},
                               {QStringLiteral("load"), s.usedCapacity()},
                               {QStringLiteral("max"), s.agent.maxSessions}});
    reasons.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("rating")},
                               {QStringLiteral("value"), qRound(s.performance.rating() * 100) / 100.0}});
    reasons.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("resolution")},
                               {QStringLiteral("value"), qRound(s.performance.resolutionRate() * 100) / 100.0}});
    if (parts.urgency > 0)
        reasons.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("urgent")},
                                   {QStringLiteral("level"), s.agent.level}});
    return QJsonObject{
        {QStringLiteral("agent"), s.toJson()},
        {QStringLiteral("score"), parts.total},
        {QStringLiteral("parts"), QJsonObject{{QStringLiteral("skill"), parts.skill},
                                              {QStringLiteral("load"), parts.load},
                                              {QStringLiteral("experience"), parts.experience},
                                              {QStringLiteral("urgency"), parts.urgency}}},
        {QStringLiteral("reasons"), reasons},
    };
}

} // namespace baton
