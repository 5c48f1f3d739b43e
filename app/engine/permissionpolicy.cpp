#include "engine/permissionpolicy.h"

namespace baton {

TransferRights PermissionPolicy::defaultRights(Role role)
{
    switch (role) {
    case Role::Agent: return {true, true, false, false};
    case Role::TeamLead: return {true, true, true, true};
    case Role::Supervisor:
    case Role::Administrator: return {true, false, true, true};
    }
    return {};
}

std::optional<EngineError> PermissionPolicy::checkTransfer(const Agent &initiator, const Agent &target)
{
    if (!initiator.rights.mayTransfer)
        return EngineError{EngineError::PermissionDenied,
                           QStringLiteral("%1 may not transfer conversations").arg(initiator.id)};
    if (initiator.id == target.id)
        return EngineError{EngineError::TargetUnavailable, QStringLiteral("cannot transfer to yourself")};
    if (!target.rights.mayReceive)
        return EngineError{EngineError::TargetUnavailable,
                           QStringLiteral("%1 does not receive transfers").arg(target.id)};
    if (initiator.department != target.department && !initiator.rights.crossDepartment)
        return EngineError{EngineError::PermissionDenied,
                           QStringLiteral("%1 may not transfer outside department %2")
                               .arg(initiator.id, initiator.department)};
    if (target.level > initiator.level && !initiator.rights.transferUpward)
        return EngineError{EngineError::PermissionDenied,
                           QStringLiteral("transferring up from level %1 to level %2 needs permission")
                               .arg(initiator.level)
                               .arg(target.level)};
    return std::nullopt;
}

bool PermissionPolicy::isSupervisor(const Agent &actor)
{
    return actor.role == Role::Supervisor || actor.role == Role::Administrator;
}

ReportScope PermissionPolicy::reportScope(const Agent &actor)
{
    if (isSupervisor(actor))
        return {ReportScope::Everything, QString()};
    if (actor.role == Role::TeamLead)
        return {ReportScope::Department, actor.department};
    return {ReportScope::Agent, actor.id};
}

bool PermissionPolicy::mayManage(const Agent &actor, const Conversation &c, const QString &ownerDepartment)
{
    if (c.ownerId == actor.id)
        return true;
    if (isSupervisor(actor))
        return true;
    return actor.role == Role::TeamLead && actor.department == ownerDepartment;
}

} // namespace baton
