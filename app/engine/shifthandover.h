#pragma once

#include "engine/enginecontext.h"
#include "engine/shiftplan.h"

#include <QHash>
#include <QSet>
#include <optional>

namespace baton {

class TransferDesk;
struct AgentState;
struct Conversation;

// F2.4 end of shift (交班): when an agent's shift ends, or the agent goes offline, with chats
// open, each of those chats is offered — an ordinary TRANSFER from the owner, note remarks "交班" —
// to the best-recommended colleague who is on duty. A declined or expired offer goes to the next
// one; when nobody is left the chat stays with its owner until someone comes on duty or a lead
// reassigns it. An owner who comes back (online, on duty) keeps what was not yet taken.
// Runs after every routing pass, so each released slot and each new arrival is used at once.
class ShiftHandover {
public:
    ShiftHandover(EngineContext &context, TransferDesk &transfers);

    void sweep(qint64 nowMs);
    // The next shift end: the engine wakes then.
    std::optional<qint64> nextWakeMs(qint64 nowMs) const;
    bool onDuty(const AgentState &agent, qint64 nowMs) const;

private:
    bool handsOver(const AgentState &owner, qint64 conversationId, qint64 nowMs) const;
    void offer(const Conversation &c, const AgentState &owner, const QSet<QString> &offDuty);

    EngineContext &m_ctx;
    TransferDesk &m_transfers;
    ShiftPlan m_plan;
    QSet<qint64> m_shiftEnded; // conversations open when their owner's shift ended
    qint64 m_lastSweepMs = -1;
    bool m_sweeping = false;
};

} // namespace baton
