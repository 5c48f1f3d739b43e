#include "core/agent.h"

namespace baton {

namespace {
template <typename Enum, size_t N>
Enum fromName(const QString &name, const Enum (&all)[N], QString (*nameOf)(Enum), Enum fallback, bool *ok)
{
    for (Enum e : all) {
        if (nameOf(e) == name) {
            if (ok)
                *ok = true;
            return e;
        }
    }
    if (ok)
        *ok = false;
    return fallback;
}
} // namespace

QString agentStatusName(AgentStatus s)
{
    switch (s) {
    case AgentStatus::Online: return QStringLiteral("online");
    case AgentStatus::Away: return QStringLiteral("away");
    case AgentStatus::Busy: return QStringLiteral("busy");
    case AgentStatus::Offline: break;
    }
    return QStringLiteral("offline");
}

AgentStatus agentStatusFromName(const QString &name, bool *ok)
{
    static const AgentStatus all[] = {AgentStatus::Offline, AgentStatus::Online, AgentStatus::Away,
                                      AgentStatus::Busy};
    return fromName(name, all, agentStatusName, AgentStatus::Offline, ok);
}

QString roleName(Role r)
{
    switch (r) {
    case Role::TeamLead: return QStringLiteral("team_lead");
    case Role::Supervisor: return QStringLiteral("supervisor");
    case Role::Administrator: return QStringLiteral("administrator");
    case Role::Agent: break;
    }
    return QStringLiteral("agent");
}

Role roleFromName(const QString &name, bool *ok)
{
    static const Role all[] = {Role::Agent, Role::TeamLead, Role::Supervisor, Role::Administrator};
    return fromName(name, all, roleName, Role::Agent, ok);
}

QJsonObject Agent::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), displayName},
        {QStringLiteral("department"), department},
        {QStringLiteral("level"), level},
        {QStringLiteral("role"), roleName(role)},
        {QStringLiteral("skills"), skillsToJson(skills)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
        {QStringLiteral("maxSessions"), maxSessions},
        {QStringLiteral("status"), agentStatusName(status)},
    };
}

} // namespace baton
