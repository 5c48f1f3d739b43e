#include "engine/candidateindex.h"

#include "engine/recommender.h"

#include <limits>

namespace baton {

quint16 CandidateIndex::intern(QHash<QString, quint16> &table, const QString &name)
{
    const auto it = table.constFind(name);
    if (it != table.cend())
        return *it;
    // Beyond 65,534 distinct names the id saturates and the entry takes the full scoring path.
    const quint16 id = table.size() < noId ? quint16(table.size()) : noId;
    if (id != noId)
        table.insert(name, id);
    return id;
}

int CandidateIndex::skillSlot(Entry &e, quint16 id)
{
    for (int i = 0; i < e.skillCount; ++i) {
        if (e.skillIds[size_t(i)] == id)
            return i;
    }
    if (e.skillCount == inlineSkills || id == noId) {
        e.flags |= SlowPath;
        return -1;
    }
    const int slot = e.skillCount++;
    e.skillIds[size_t(slot)] = id;
    e.proficiency[size_t(slot)] = quint8(Proficiency::None);
    return slot;
}

void CandidateIndex::markPosition(const std::vector<AgentState> &agents, const QString &id, std::vector<bool> *marks)
{
    const size_t hint = m_positions.value(id, agents.size());
    if (hint < agents.size() && agents[hint].agent.id == id) {
        (*marks)[hint] = true;
        return;
    }
    // Not indexed yet (or moved): the slow way, remembered for next time.
    for (size_t i = 0; i < agents.size(); ++i) {
        if (agents[i].agent.id == id) {
            (*marks)[i] = true;
            m_positions.insert(id, i);
            return;
        }
    }
}

void CandidateIndex::rebuild(Entry &e, size_t position, const AgentState &state)
{
    const Agent &agent = state.agent;
    const AgentPerformance &perf = state.performance;
    e = Entry();
    e.stamp = state.identity + state.revision;
    e.flags = Valid;
    m_positions.insert(agent.id, position);
    e.department = intern(m_departments, agent.department);
    if (e.department == noId)
        e.flags |= SlowPath;
    for (const SkillEntry &skill : agent.skills) {
        const int slot = skillSlot(e, intern(m_skills, skill.skill));
        // The first listing of a skill wins, as in proficiencyFor().
        if (slot >= 0 && e.proficiency[size_t(slot)] == quint8(Proficiency::None))
            e.proficiency[size_t(slot)] = quint8(skill.proficiency);
    }
    const auto &history = perf.historyBySkill();
    for (auto it = history.cbegin(); it != history.cend(); ++it) {
        const int slot = skillSlot(e, intern(m_skills, it.key()));
        if (slot < 0)
            continue;
        if (it->handled > std::numeric_limits<quint16>::max() || it->handled < 0 || it->resolved < 0) {
            e.flags |= SlowPath;
            continue;
        }
        e.handled[size_t(slot)] = quint16(it->handled);
        e.resolved[size_t(slot)] = quint16(std::min(it->resolved, it->handled));
        if (it->resolved > it->handled)
            e.flags |= SlowPath;
    }
    for (const QString &tag : agent.tags) {
        const quint16 id = intern(m_tags, tag);
        if (id >= tagBits)
            e.flags |= SlowPath;
        else
            e.tagMask |= quint32(1) << id;
    }
    e.experienceBase = perf.experienceBase();
    e.rating = perf.rating();
    e.resolutionRate = perf.resolutionRate();
}

CandidateIndex::Query CandidateIndex::prepare(const RecommendRequest &request)
{
    Query q;
    for (const QString &skill : request.requiredSkills) {
        if (q.skillCount == inlineSkills) {
            q.slowPath = true;
            break;
        }
        // Interned even if nobody has it yet: entries built later during this request must agree.
        q.skillIds[size_t(q.skillCount++)] = intern(m_skills, skill);
    }
    for (auto it = m_tags.cbegin(); it != m_tags.cend(); ++it) {
        if (it.value() >= tagBits)
            continue;
        if (request.requiredSkills.contains(it.key()) ||
            (!request.subject.isEmpty() && request.subject.contains(it.key())))
            q.matchingTags |= quint32(1) << it.value();
    }
    if (!request.filter.department.isEmpty())
        q.filterDepartment = intern(m_departments, request.filter.department);
    if (!request.filter.skill.isEmpty())
        q.filterSkill = intern(m_skills, request.filter.skill);
    // A saturated table cannot name the filter: let the full path decide.
    q.slowPath |= (!request.filter.department.isEmpty() && q.filterDepartment == noId) ||
                  (!request.filter.skill.isEmpty() && q.filterSkill == noId);
    q.tagCount = m_tags.size();
    return q;
}

bool CandidateIndex::hasSkill(const Entry &e, quint16 skill) const
{
    for (int i = 0; i < e.skillCount; ++i) {
        if (e.skillIds[size_t(i)] == skill)
            return e.proficiency[size_t(i)] != quint8(Proficiency::None);
    }
    return false;
}

} // namespace baton
