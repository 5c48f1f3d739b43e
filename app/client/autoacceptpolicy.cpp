#include "client/autoacceptpolicy.h"

#include "client/workstationsettings.h"

namespace baton {

AutoAcceptPolicy AutoAcceptPolicy::fromSettings(const WorkstationSettings &s)
{
    return AutoAcceptPolicy({s.autoAcceptEnabled(), s.autoAcceptSameDepartmentOnly(), s.autoAcceptLoadBelow()});
}

bool AutoAcceptPolicy::accepts(const Transfer &transfer, const Agent &me, int myOpenConversations) const
{
    if (!m_rule.enabled || (!m_rule.sameDepartmentOnly && m_rule.loadBelow <= 0))
        return false;
    if (m_rule.sameDepartmentOnly && transfer.fromDepartment != me.department)
        return false;
    if (m_rule.loadBelow > 0 && myOpenConversations >= m_rule.loadBelow)
        return false;
    return true;
}

} // namespace baton
