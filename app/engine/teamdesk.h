#pragma once

#include "engine/enginecontext.h"
#include "engine/engineerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace baton {

class ConversationDesk;
struct AgentState;
struct Conversation;

// F2 for team leads: the live picture of their queues, agents and waiting customers, and the
// commands that act on it (reassign a conversation, set an agent's status). Team leads see and act
// on their own department; supervisors and administrators on every department; agents on nothing.
class TeamDesk {
public:
    TeamDesk(EngineContext &context, ConversationDesk &conversations);

    static bool mayWatch(const AgentState &actor);
    // {timeMs, queues, agents, waiting, staffing} as the actor may see it.
    QJsonObject snapshot(const AgentState &actor);
    EngineResult reassign(const AgentState &actor, qint64 conversationId, const QString &targetId,
                          const QString &note);
    // Checks only: the engine applies the status the way SET_STATUS does.
    EngineResult checkSetAgentStatus(const AgentState &actor, const QString &agentId);
    // At capacity while a queue the agent serves has customers waiting.
    bool overloaded(const AgentState &agent, qint64 now);
    // Supervisors: every department; team leads: their own.
    bool inScope(const AgentState &actor, const QString &department) const;

private:
    QJsonArray queuesJson(const AgentState &actor, qint64 now, QSet<qsizetype> *visible);

    EngineContext &m_ctx;
    ConversationDesk &m_conversations;
};

} // namespace baton
