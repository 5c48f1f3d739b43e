#include "core/agentview.h"

namespace baton {

QJsonObject AgentView::toJson() const
{
    QJsonObject o = agent.toJson();
    o.insert(QStringLiteral("load"), load);
    o.insert(QStringLiteral("reserved"), reserved);
    o.insert(QStringLiteral("rating"), rating);
    o.insert(QStringLiteral("resolutionRate"), resolutionRate);
    o.insert(QStringLiteral("handled"), handled);
    return o;
}

AgentView AgentView::fromJson(const QJsonObject &o)
{
    AgentView v;
    v.agent = Agent::fromJson(o);
    v.load = o.value(QStringLiteral("load")).toInt();
    v.reserved = o.value(QStringLiteral("reserved")).toInt();
    v.rating = o.value(QStringLiteral("rating")).toDouble();
    v.resolutionRate = o.value(QStringLiteral("resolutionRate")).toDouble();
    v.handled = o.value(QStringLiteral("handled")).toInt();
    return v;
}

} // namespace baton
