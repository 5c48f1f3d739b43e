#pragma once

#include "core/agent.h"
#include "core/transfer.h"

namespace baton {

class WorkstationSettings;

// F2.6: decides whether an incoming offer is accepted without asking. Every condition the agent
// set must hold; with the rule off, or no condition set, the agent is always asked.
class AutoAcceptPolicy {
public:
    struct Rule {
        bool enabled = false;
        bool sameDepartmentOnly = false;
        int loadBelow = 0; // 0: no load condition
    };

    explicit AutoAcceptPolicy(const Rule &rule)
        : m_rule(rule)
    {
    }
    static AutoAcceptPolicy fromSettings(const WorkstationSettings &settings);

    bool accepts(const Transfer &transfer, const Agent &me, int myOpenConversations) const;

private:
    Rule m_rule;
};

} // namespace baton
