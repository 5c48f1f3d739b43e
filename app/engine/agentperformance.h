#pragma once

#include "engine/agentrecord.h"

#include <QHash>

namespace baton {

// Performance figures derived from an agent's recorded history. Small samples are pulled towards a
// neutral prior so a newcomer with one lucky chat does not outrank a steady veteran.
class AgentPerformance {
public:
    AgentPerformance() = default;
    AgentPerformance(const HistoryFigures &overall, const QHash<QString, HistoryFigures> &bySkill);

    double rating() const;                           // 1..5
    double resolutionRate() const;                   // 0..1
    double skillSuccess(const QString &skill) const; // 0..1, resolution rate on that skill
    // 0..1: rating, resolution rate and success on the skill combined.
    double experience(const QString &skill) const;
    int handled() const { return m_overall.handled; }
    const QHash<QString, HistoryFigures> &historyBySkill() const { return m_bySkill; }

    // The pieces experience() is made of, for caches that must reproduce it bit for bit:
    // experience(skill) == experienceBase() + skillShare * successFrom(figures on that skill).
    double experienceBase() const;
    static constexpr double skillShare = 0.3;
    // Resolution rate pulled towards a neutral prior (0.7 over 5 conversations).
    static double successFrom(int resolved, int handled) { return (resolved + 0.7 * 5.0) / (handled + 5.0); }

    void recordClosed(const QString &skill, bool resolved);
    void recordRating(const QString &skill, int rating);

private:
    HistoryFigures m_overall;
    QHash<QString, HistoryFigures> m_bySkill;
};

} // namespace baton
