#pragma once

#include "core/skill.h"

#include <QJsonObject>
#include <QStringList>

namespace baton {

enum class AgentStatus { Offline, Online, Away, Busy };
enum class Role { Agent, TeamLead, Supervisor, Administrator };

QString agentStatusName(AgentStatus s);
AgentStatus agentStatusFromName(const QString &name, bool *ok = nullptr);
QString roleName(Role r);
Role roleFromName(const QString &name, bool *ok = nullptr);

// F3.1: the four transfer rights of 004. Role defaults are filled in by the engine's configuration.
struct TransferRights {
    bool mayTransfer = true;
    bool mayReceive = true;
    bool crossDepartment = false;
    bool transferUpward = false;
    bool operator==(const TransferRights &) const = default;
};

struct Agent {
    // The plain fields come first: the recommender reads them for every agent on every request, and
    // here they share a cache line with AgentState's live figures.
    int maxSessions = 5;
    AgentStatus status = AgentStatus::Offline;
    int level = 1; // 1 = junior … 5 = expert; the level rule of F3.1 compares these
    TransferRights rights;
    Role role = Role::Agent;
    QString id; // the login name; stable and human-readable
    QString displayName;
    QString department;
    SkillList skills;
    QStringList tags; // expertise tags (F1.2)

    // Profile as other agents see it (never the password hash).
    QJsonObject toJson() const;
    static Agent fromJson(const QJsonObject &object);
};

} // namespace baton
