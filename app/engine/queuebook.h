#pragma once

#include "engine/queuedefinition.h"
#include "engine/queuepolicy.h"

#include <QHash>
#include <QList>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace baton {

class EngineState;
class Recommender;
struct AgentState;
struct Conversation;

// What a team lead reads off one queue.
struct QueueFigures {
    int waiting = 0;
    qint64 longestWaitMs = 0;
    qint64 averageWaitMs = 0;           // of the conversations it served today
    double servedWithinTargetShare = 1; // of those, the share answered within the target
    int servedToday = 0;
};

// F2.1: the configured queues and their policies. Membership is derived, not stored: a waiting
// conversation belongs to the first queue that matches it (the last queue when none does) and moves
// along that queue's overflow chain as its wait passes each `afterMs`, so every waiting
// conversation is in exactly one queue and a restart puts it back where it was.
class QueueBook {
public:
    void configure(const QList<QueueDefinition> &queues);
    const QList<QueueDefinition> &definitions() const { return m_queues; }

    qsizetype queueOf(const Conversation &c, int vipLevel, qint64 nowMs) const;
    // Skill, department and right to receive: whether the agent works this queue at all.
    bool serves(const QueueDefinition &queue, const AgentState &agent) const;
    // Serves it and may take one more conversation from it now.
    bool hasRoom(const QueueDefinition &queue, const AgentState &agent) const;

    // The queue's waiting conversations in the order its policy serves them.
    QList<WaitingConversation> waiting(qsizetype queue, EngineState &state, qint64 nowMs) const;
    // Every waiting conversation, queue by queue: the order customers are told their place in.
    QList<qint64> servingOrder(EngineState &state, qint64 nowMs) const;

    using Assign = std::function<void(Conversation &, AgentState &)>;
    // Queue by queue, hands waiting conversations to agents with room until no queue can progress.
    // Returns how many were assigned.
    int assignAll(EngineState &state, const Recommender &recommender, qint64 nowMs, const Assign &assign);
    // The next moment a waiting conversation overflows to another queue.
    std::optional<qint64> nextOverflowMs(EngineState &state, qint64 nowMs) const;

    // OPEN_OVERFLOW to another department: queue id → departments whose agents also serve that
    // queue for now, whatever their skills.
    void setHelpers(const QMultiHash<QString, QString> &helpersByQueue) { m_helpers = helpersByQueue; }

    void recordServed(qsizetype queue, qint64 waitMs, qint64 nowMs);
    // Served in the last hour plus those who arrived in it and still wait: λ for the staffing what-if.
    int arrivalsLastHour(EngineState &state, qint64 nowMs);
    QueueFigures figures(qsizetype queue, EngineState &state, qint64 nowMs) const;

private:
    struct Served {
        qint64 day = -1;
        int count = 0;
        int withinTarget = 0;
        qint64 totalWaitMs = 0;
    };
    qsizetype indexOf(const QString &id) const;
    int vipOf(EngineState &state, qint64 conversationId) const;

    QList<QueueDefinition> m_queues;
    QMultiHash<QString, QString> m_helpers; // queue id → department whose agents help with it
    std::vector<std::unique_ptr<QueuePolicy>> m_policies;
    std::vector<Served> m_served;
    std::deque<qint64> m_servedTimes; // of the last hour
};

} // namespace baton
