#pragma once

#include "engine/agentstate.h"

#include <QHash>
#include <array>
#include <vector>

namespace baton {

struct RecommendRequest;

// The recommender's compact view of each agent, one cache line per agent: strings interned to small
// ids and performance reduced to the integers experience() is computed from, so ranking 10,000
// agents streams through memory instead of chasing QString and QHash pointers. Entries refresh
// lazily when an agent's identity or revision changes; agents that do not fit inline (many skills,
// many distinct tags, huge histories) are marked for the full scoring path.
class CandidateIndex {
public:
    static constexpr int inlineSkills = 3;
    static constexpr int tagBits = 32;
    static constexpr quint16 noId = 0xffff;

    struct alignas(64) Entry {
        quint64 stamp = 0;      // identity + revision of the agent this entry was built from
        double experienceBase = 0;
        double rating = 0;
        double resolutionRate = 0;
        quint32 tagMask = 0;
        quint16 department = noId;
        quint8 skillCount = 0;
        quint8 flags = 0;
        std::array<quint16, inlineSkills> skillIds{};
        std::array<quint8, inlineSkills> proficiency{};
        std::array<quint16, inlineSkills> handled{}; // history on that skill
        std::array<quint16, inlineSkills> resolved{};

        bool valid() const { return flags & Valid; }
        bool slowPath() const { return flags & SlowPath; }
    };
    enum EntryFlag : quint8 { Valid = 1, SlowPath = 2 };

    // The request in the index's terms: requested skills and matching tags interned once.
    struct Query {
        std::array<quint16, inlineSkills> skillIds{};
        int skillCount = 0;
        bool slowPath = false; // more requested skills than fit inline
        quint32 matchingTags = 0;
        quint16 filterDepartment = noId;
        quint16 filterSkill = noId;
        qsizetype tagCount = 0; // tags known when the query was prepared
    };

    // Sizes the index to `agents`; entries themselves refresh in entryFor().
    void resize(size_t count) { m_entries.resize(count); }
    const Entry &entryFor(size_t i, const AgentState &state)
    {
        Entry &e = m_entries[i];
        if (!e.valid() || e.stamp != state.identity + state.revision)
            rebuild(e, i, state);
        return e;
    }
    // Sets (*marks)[position of agent `id`] if the agent is in `agents`.
    void markPosition(const std::vector<AgentState> &agents, const QString &id, std::vector<bool> *marks);
    Query prepare(const RecommendRequest &request);
    // Entries built while a query ran may have brought tags the query could not match yet.
    bool learnedTagsSince(const Query &q) const { return m_tags.size() != q.tagCount; }
    // Interned on first use, so entries built later in the same request agree.
    quint16 departmentId(const QString &department) { return intern(m_departments, department); }

    bool hasSkill(const Entry &e, quint16 skill) const;
    // Best proficiency among the requested skills, and the slot of the skill that names the
    // experience (-1: none the agent has history or skill on). Inline: runs for every candidate.
    Proficiency skillMatch(const Entry &e, const Query &q, int *decidingSlot) const;
    // experience() on that skill, bit for bit as AgentPerformance computes it.
    double experience(const Entry &e, const Query &q, int decidingSlot) const;
    // No experience() exceeds this: success rates are at most 1.
    static double experienceCeiling(const Entry &e) { return e.experienceBase + AgentPerformance::skillShare; }

private:
    static quint16 intern(QHash<QString, quint16> &table, const QString &name);
    void rebuild(Entry &e, size_t position, const AgentState &state);
    int skillSlot(Entry &e, quint16 id);

    std::vector<Entry> m_entries;
    QHash<QString, quint16> m_skills;
    QHash<QString, quint16> m_tags;
    QHash<QString, quint16> m_departments;
    QHash<QString, size_t> m_positions; // a hint, verified on use
};

inline Proficiency CandidateIndex::skillMatch(const Entry &e, const Query &q, int *decidingSlot) const
{
    Proficiency best = q.skillCount == 0 ? Proficiency::General : Proficiency::None;
    int bestSlot = -1;
    int firstRequestedSlot = -1;
    for (int r = 0; r < q.skillCount; ++r) {
        const quint16 id = q.skillIds[size_t(r)];
        int slot = -1;
        for (int i = 0; id != noId && i < e.skillCount; ++i) {
            if (e.skillIds[size_t(i)] == id) {
                slot = i;
                break;
            }
        }
        if (r == 0)
            firstRequestedSlot = slot;
        const Proficiency p = slot >= 0 ? Proficiency(e.proficiency[size_t(slot)]) : Proficiency::None;
        if (int(p) > int(best)) {
            best = p;
            bestSlot = slot;
        }
    }
    *decidingSlot = bestSlot >= 0 ? bestSlot : firstRequestedSlot;
    return best;
}

inline double CandidateIndex::experience(const Entry &e, const Query &q, int decidingSlot) const
{
    double success = e.resolutionRate;
    if (q.skillCount > 0)
        success = decidingSlot >= 0
                      ? AgentPerformance::successFrom(e.resolved[size_t(decidingSlot)], e.handled[size_t(decidingSlot)])
                      : AgentPerformance::successFrom(0, 0);
    return e.experienceBase + AgentPerformance::skillShare * success;
}

} // namespace baton
