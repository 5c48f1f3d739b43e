#pragma once

#include "engine/enginecontext.h"
#include "core/message.h"
#include "engine/engineerror.h"
#include "engine/robotscript.h"
#include "engine/skillhintrule.h"

#include <optional>

namespace baton {

class ConversationDesk;
struct Conversation;
struct Escalation;

// The customer's side of a conversation (F5): each turn is masked (also across a split number),
// answered by the robot tier while the conversation is with the robot, and escalated to a person
// on request, on complaint or urgency words, on a green-channel topic, or after the robot failed
// several turns in a row. Also takes the satisfaction rating after the close.
class CustomerDesk {
public:
    CustomerDesk(EngineContext &context, ConversationDesk &conversations);

    EngineResult customerMessage(qint64 conversationId, const QString &text);
    // The "human agent" button: one step to a person.
    EngineResult askForHuman(qint64 conversationId);
    EngineResult rate(qint64 conversationId, int rating, const QString &comment);

private:
    // Stores the customer's text, masking a number that began in their previous messages (up to
    // three, within the split window, whatever the robot or an agent said in between). Nullopt if
    // a store write failed.
    // `payload` receives the turn's {"message"} object, which the reply shares with the events.
    std::optional<Message> storeTurn(Conversation &c, const QString &text, QJsonObject *payload);
    // The customer's latest lines, from memory; the store is read once per conversation after a start.
    QList<Message> recentTurns(const Conversation &c);
    void robotTurn(Conversation &c, const RobotScript::Reading &reading);
    void escalate(Conversation &c, const Escalation &e);
    int priorityFor(const Conversation &c, const Escalation &e) const;

    EngineContext &m_ctx;
    ConversationDesk &m_conversations;
    SkillHintRule m_hints;
};

} // namespace baton
