#include "engine/enginestate.h"

#include <QRandomGenerator>

namespace baton {

void EngineState::setAgents(std::vector<AgentState> list)
{
    agents = std::move(list);
    m_agentIndex.clear();
    for (size_t i = 0; i < agents.size(); ++i) {
        agents[i].identity = QRandomGenerator::global()->generate64();
        m_agentIndex.insert(agents[i].agent.id, qsizetype(i));
    }
}

void EngineState::addAgent(AgentState state)
{
    state.identity = QRandomGenerator::global()->generate64();
    m_agentIndex.insert(state.agent.id, qsizetype(agents.size()));
    agents.push_back(std::move(state));
}

AgentState *EngineState::agent(const QString &id)
{
    const auto it = m_agentIndex.constFind(id);
    return it == m_agentIndex.cend() ? nullptr : &agents[size_t(*it)];
}

const Transfer *EngineState::pendingTransferById(qint64 transferId) const
{
    for (const Transfer &t : pendingTransfers) {
        if (t.id == transferId)
            return &t;
    }
    return nullptr;
}

QString EngineState::departmentOf(const QString &agentId)
{
    const AgentState *a = agent(agentId);
    return a ? a->agent.department : QString();
}

} // namespace baton
