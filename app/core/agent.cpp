#include "core/agent.h"

#include "core/enumnames.h"

namespace baton {

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
    return enumFromName(name, all, agentStatusName, AgentStatus::Offline, ok);
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
    return enumFromName(name, all, roleName, Role::Agent, ok);
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
        {QStringLiteral("receivesChats"), rights.mayReceive},
        {QStringLiteral("status"), agentStatusName(status)},
    };
}

Agent Agent::fromJson(const QJsonObject &o)
{
    Agent a;
    a.id = o.value(QStringLiteral("id")).toString();
    a.displayName = o.value(QStringLiteral("name")).toString();
    a.department = o.value(QStringLiteral("department")).toString();
    a.level = o.value(QStringLiteral("level")).toInt(1);
    a.role = roleFromName(o.value(QStringLiteral("role")).toString());
    a.skills = skillsFromJson(o.value(QStringLiteral("skills")).toArray());
    for (const QJsonValue &t : o.value(QStringLiteral("tags")).toArray())
        a.tags.append(t.toString());
    a.maxSessions = o.value(QStringLiteral("maxSessions")).toInt(a.maxSessions);
    a.status = agentStatusFromName(o.value(QStringLiteral("status")).toString());
    // An engine before `receivesChats` went by the role defaults: reviewers receive none.
    a.rights.mayReceive = o.value(QStringLiteral("receivesChats"))
                              .toBool(a.role != Role::Supervisor && a.role != Role::Administrator);
    return a;
}

} // namespace baton
