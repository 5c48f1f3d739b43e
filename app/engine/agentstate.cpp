#include "engine/agentstate.h"

namespace baton {

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
