#pragma once

#include "core/conversation.h"
#include "core/customer.h"
#include "core/transfer.h"
#include "engine/agentstate.h"
#include "engine/queueestimator.h"
#include "engine/recentcustomerturns.h"

#include <QHash>
#include <QSet>
#include <vector>

namespace baton {

// Consecutive transfers of one conversation by one initiator, until one is accepted or cancelled.
// Agents who rejected or timed out within it are not offered again (F1.6).
struct TransferAttempt {
    qint64 id = 0;
    QString initiator;
    QSet<QString> declined;
};

// The engine's working set, kept in memory and mirrored by the store. Agents live in one contiguous
// vector so the recommender walks them without chasing pointers.
class EngineState {
public:
    std::vector<AgentState> agents;
    QHash<QString, Department> departments;
    QHash<qint64, Conversation> conversations; // open (queued or active) only
    QHash<qint64, Customer> customers;         // of open conversations
    QHash<qint64, Transfer> pendingTransfers;  // by conversation id
    QHash<qint64, TransferAttempt> attempts;   // by conversation id
    QueueEstimator handling;                   // recent handling times, for wait estimates
    RecentCustomerTurns recentCustomerTurns;   // of open conversations
    bool checkpointAfterCommit = false;        // stored text was scrubbed: flush old pages from the WAL

    void setAgents(std::vector<AgentState> list);
    void addAgent(AgentState state);
    AgentState *agent(const QString &id);
    const Transfer *pendingTransferById(qint64 transferId) const;
    QString departmentOf(const QString &agentId);

private:
    QHash<QString, qsizetype> m_agentIndex;
};

} // namespace baton
