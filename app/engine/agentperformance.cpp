#include "engine/agentperformance.h"

namespace baton {

namespace {
constexpr double priorRating = 4.0;
constexpr double priorRatingWeight = 3.0;

double smoothedResolution(const HistoryFigures &f)
{
    return AgentPerformance::successFrom(f.resolved, f.handled);
}
} // namespace

AgentPerformance::AgentPerformance(const HistoryFigures &overall, const QHash<QString, HistoryFigures> &bySkill)
    : m_overall(overall)
    , m_bySkill(bySkill)
{
}

double AgentPerformance::rating() const
{
    return (m_overall.ratingSum + priorRating * priorRatingWeight) / (m_overall.rated + priorRatingWeight);
}

double AgentPerformance::resolutionRate() const
{
    return smoothedResolution(m_overall);
}

double AgentPerformance::skillSuccess(const QString &skill) const
{
    return smoothedResolution(m_bySkill.value(skill));
}

double AgentPerformance::experienceBase() const
{
    const double ratingPart = (rating() - 1.0) / 4.0;
    return 0.4 * ratingPart + 0.3 * resolutionRate();
}

double AgentPerformance::experience(const QString &skill) const
{
    return experienceBase() + skillShare * (skill.isEmpty() ? resolutionRate() : skillSuccess(skill));
}

void AgentPerformance::recordClosed(const QString &skill, bool resolved)
{
    ++m_overall.handled;
    m_overall.resolved += resolved ? 1 : 0;
    if (!skill.isEmpty()) {
        HistoryFigures &f = m_bySkill[skill];
        ++f.handled;
        f.resolved += resolved ? 1 : 0;
    }
}

void AgentPerformance::recordRating(const QString &skill, int rating)
{
    ++m_overall.rated;
    m_overall.ratingSum += rating;
    if (!skill.isEmpty()) {
        HistoryFigures &f = m_bySkill[skill];
        ++f.rated;
        f.ratingSum += rating;
    }
}

} // namespace baton
