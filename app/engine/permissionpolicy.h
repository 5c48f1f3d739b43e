#pragma once

#include "core/agent.h"
#include "core/conversation.h"
#include "engine/engineerror.h"
#include "engine/reportfilter.h"

namespace baton {

// F3: who may do what. Pure functions over profiles, so the whole table is unit-tested and the
// engine asks the same questions for every request, whichever client sent it.
class PermissionPolicy {
public:
    // The rights an agent gets by role unless its configuration says otherwise.
    static TransferRights defaultRights(Role role);

    // May `initiator` hand a conversation to `target`? Checks rights, departments and levels; not
    // live status or capacity, which the engine checks separately.
    static std::optional<EngineError> checkTransfer(const Agent &initiator, const Agent &target);
    // Transfer or close: the owner, a team lead of the owner's department, or a supervisor/admin.
    static bool mayManage(const Agent &actor, const Conversation &c, const QString &ownerDepartment);
    static bool isSupervisor(const Agent &actor);
    // F4: agents read their own transfer records, team leads their department's, supervisors and
    // administrators everyone's.
    static ReportScope reportScope(const Agent &actor);
};

} // namespace baton
