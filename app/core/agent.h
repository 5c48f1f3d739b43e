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
    QString id; // the login name; stable and human-readable
    QString displayName;
    QString department;
    int level = 1; // 1 = junior … 5 = expert; the level rule of F3.1 compares these
    Role role = Role::Agent;
    SkillList skills;
    QStringList tags; // expertise tags (F1.2)
    int maxSessions = 5;
    AgentStatus status = AgentStatus::Offline;
    TransferRights rights;

    // Profile as other agents see it (never the password hash).
    QJsonObject toJson() const;
};

} // namespace baton
