#include "engine/agentstate.h"

namespace baton {

void AgentState::recordClosed(const QString &skill, bool resolved)
{
    performance.recordClosed(skill, resolved);
    touch();
}

void AgentState::recordRating(const QString &skill, int rating)
{
    performance.recordRating(skill, rating);
    touch();
}

QJsonObject AgentState::toJson() const
{
    QJsonObject o = agent.toJson();
    o.insert(QStringLiteral("load"), load);
    o.insert(QStringLiteral("reserved"), reserved);
    o.insert(QStringLiteral("rating"), performance.rating());
    o.insert(QStringLiteral("resolutionRate"), performance.resolutionRate());
    o.insert(QStringLiteral("handled"), performance.handled());
    return o;
}

} // namespace baton
