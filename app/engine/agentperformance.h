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

    void recordClosed(const QString &skill, bool resolved);
    void recordRating(const QString &skill, int rating);

private:
    HistoryFigures m_overall;
    QHash<QString, HistoryFigures> m_bySkill;
};

} // namespace baton
