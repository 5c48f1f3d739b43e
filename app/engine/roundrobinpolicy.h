#pragma once

#include "engine/queuepolicy.h"

#include <QString>

namespace baton {

// First come, first served; agents take turns in the order of their ids, whatever their skills.
// The baseline the routing benchmark measures skill-first against.
class RoundRobinPolicy : public QueuePolicy {
public:
    QueueStrategy strategy() const override { return QueueStrategy::RoundRobin; }
    qsizetype pickAgent(const WaitingConversation &waiting, const QList<const AgentState *> &candidates,
                        const PickContext &context) override;

private:
    QString m_lastId; // the agent who had the last turn
};

} // namespace baton
