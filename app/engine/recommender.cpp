#include "engine/recommender.h"

#include "engine/permissionpolicy.h"

#include <QJsonArray>
#include <algorithm>

namespace baton {

namespace {
// A tag that names the problem area nudges the skill part: 004's "专业领域" criterion.
constexpr double tagBonus = 0.1;
constexpr int maxLevel = 5;

double loadPart(const AgentState &state)
{
    const int max = state.agent.maxSessions;
    return max > 0 ? double(max - state.usedCapacity()) / double(max) : 0.0;
}

// Urgent conversations favour senior, well-rated agents.
double urgencyPart(int level, double rating)
{
    return 0.5 * double(level) / maxLevel + 0.5 * (rating - 1.0) / 4.0;
}
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
    parts.load = loadPart(state);
    const QString experienceSkill = bestSkill.isEmpty() ? request.requiredSkills.value(0) : bestSkill;
    parts.experience = state.performance.experience(experienceSkill);
    if (request.urgent)
        parts.urgency = urgencyPart(agent.level, state.performance.rating());
    parts.total = combine(parts);
    if (matchedSkill)
        *matchedSkill = bestSkill;
    if (proficiency)
        *proficiency = best;
    return parts;
}

Recommender::FreeShareTable::FreeShareTable()
{
    for (int max = 1; max <= maxSessions; ++max) {
        for (int used = 0; used < max; ++used)
            shares[size_t(max * (maxSessions + 1) + used)] = double(max - used) / double(max);
    }
}

bool Recommender::admits(const AgentState &state, const RecommendRequest &request) const
{
    if (!state.canTakeWork() || !state.agent.rights.mayReceive)
        return false;
    if (request.excluded.contains(state.agent.id))
        return false;
    if (request.initiator && PermissionPolicy::checkTransfer(*request.initiator, state.agent))
        return false;
    return request.filter.matches(state.agent);
}

std::vector<Recommendation> Recommender::recommend(const std::vector<AgentState> &agents,
                                                   const RecommendRequest &request) const
{
    struct Scored {
        double total;
        qsizetype index;
    };
    m_index.resize(agents.size());
    const CandidateIndex::Query q = m_index.prepare(request);
    const Agent *initiator = request.initiator;
    if (initiator && !initiator->rights.mayTransfer)
        return {};
    // Excluded agents (and the initiator) are few: mark their positions once instead of hashing
    // every candidate's id.
    std::vector<bool> excludedAt(agents.size(), false);
    for (const QString &id : request.excluded)
        m_index.markPosition(agents, id, &excludedAt);
    if (initiator)
        m_index.markPosition(agents, initiator->id, &excludedAt);
    const quint16 initiatorDepartment = initiator ? m_index.departmentId(initiator->department) : CandidateIndex::noId;
    const bool sameDepartmentOnly = initiator && !initiator->rights.crossDepartment;
    const bool nameQuery = !request.filter.query.isEmpty();
    // The ceiling bounds the total only while no weight is negative (the configuration forbids it).
    const bool canPrune = m_weights.skill >= 0 && m_weights.load >= 0 && m_weights.experience >= 0 &&
                          m_weights.urgency >= 0;

    // The best `limit` so far, best first; candidates index-ascending, so a tie never displaces.
    const size_t limit = size_t(std::max(0, request.limit));
    std::vector<Scored> best;
    best.reserve(limit + 1);
    const auto offer = [&](double total, size_t i) {
        if (best.size() == limit && (limit == 0 || total <= best.back().total))
            return;
        auto at = std::upper_bound(best.begin(), best.end(), total,
                                   [](double t, const Scored &s) { return t > s.total; });
        best.insert(at, {total, qsizetype(i)});
        if (best.size() > limit)
            best.pop_back();
    };
    for (size_t i = 0; i < agents.size(); ++i) {
        const AgentState &state = agents[i];
        const Agent &agent = state.agent;
        if (agent.status != AgentStatus::Online || state.usedCapacity() >= agent.maxSessions ||
            !agent.rights.mayReceive || excludedAt[i])
            continue;
        if (initiator && agent.level > initiator->level && !initiator->rights.transferUpward)
            continue;
        const CandidateIndex::Entry &e = m_index.entryFor(i, state);
        if (e.slowPath() || q.slowPath || nameQuery) {
            if (admits(state, request))
                offer(score(state, request, nullptr, nullptr, nullptr).total, i);
            continue;
        }
        if (request.filter.status && agent.status != *request.filter.status)
            continue;
        if (q.filterDepartment != CandidateIndex::noId && e.department != q.filterDepartment)
            continue;
        if (sameDepartmentOnly && e.department != initiatorDepartment)
            continue;
        if (q.filterSkill != CandidateIndex::noId && !m_index.hasSkill(e, q.filterSkill))
            continue;
        ScoreParts parts;
        int decidingSlot = -1;
        parts.skill = proficiencyMatch(m_index.skillMatch(e, q, &decidingSlot));
        if (e.tagMask & q.matchingTags)
            parts.skill = std::min(1.0, parts.skill + tagBonus);
        const int used = state.usedCapacity();
        parts.load = agent.maxSessions <= FreeShareTable::maxSessions && used >= 0 ? m_freeShare.at(agent.maxSessions, used)
                                                                                   : loadPart(state);
        if (request.urgent)
            parts.urgency = urgencyPart(agent.level, e.rating);
        // Most candidates cannot reach the current top list even with perfect experience: skip the
        // division that computes theirs. Ties lose (lower index wins), so "<=" is safe.
        if (canPrune && best.size() == limit) {
            parts.experience = CandidateIndex::experienceCeiling(e);
            if (combine(parts) <= best.back().total)
                continue;
        }
        parts.experience = m_index.experience(e, q, decidingSlot);
        offer(combine(parts), i);
    }
    if (m_index.learnedTagsSince(q))
        return recommend(agents, request); // once: the second pass meets no new tags
    std::vector<Recommendation> result;
    result.reserve(best.size());
    for (const Scored &s : best) {
        Recommendation r;
        r.candidate = &agents[size_t(s.index)];
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
