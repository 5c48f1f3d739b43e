#pragma once

#include <functional>

#include "core/message.h"
#include "engine/enginecontext.h"
#include "engine/engineerror.h"

#include <QJsonObject>
#include <optional>

namespace baton {

struct AgentState;
struct Conversation;

struct VisitorStart {
    QString name;
    QString customerId; // verified by the caller (CustomerIdentity); a known one brings the profile
    QString skill;
    QString text;       // the first message, if any
    bool askForHuman = false; // the customer chose "human agent" on the start screen: skip the robot
    QString language;   // "zh" (default) or "en": the robot answers in it
};

// Conversations and their messages: the customer side, agents' chats, the FIFO queue and automatic
// assignment to agents with free capacity.
class ConversationDesk {
public:
    explicit ConversationDesk(EngineContext &context);

    bool load();

    EngineResult startVisitor(const VisitorStart &start);
    std::optional<qint64> visitorConversation(const QString &token);
    EngineResult visitorHistory(qint64 conversationId, qint64 afterSeq, int limit);
    EngineResult visitorStatus(qint64 conversationId);

    EngineResult agentMessage(const AgentState &actor, qint64 conversationId, const QString &text);
    // Closes as resolved or not; the optional reason is kept with the record for the supervisor.
    EngineResult close(const AgentState &actor, qint64 conversationId, bool resolved, const QString &reason = {});
    // Closes a conversation still waiting (robot or queue) whose customer went away: counted as left
    // while waiting when it was queued. False if it no longer waits.
    bool customerLeft(qint64 conversationId);
    EngineResult history(const AgentState &actor, qint64 conversationId, qint64 afterSeq, int limit);
    EngineResult list(const AgentState &actor);
    EngineResult details(const AgentState &actor, qint64 conversationId);

    // Hands queued conversations to online agents with free capacity, best-scored first. Called
    // after every change of capacity.
    void assignQueued();
    // Runs after every routing pass: the team lead's desk looks for newly overloaded agents then.
    void setAfterRouting(std::function<void()> hook) { m_afterRouting = std::move(hook); }
    // Persists a message, advances the conversation's sequence and tells everyone who sees it.
    // `payload` receives the {"message"} object the events carry: a reply built from it shares their
    // serialisation (EngineResult::compactPayload).
    Message append(Conversation &c, SenderKind kind, const QString &senderId, const QString &text,
                   QJsonObject *payload = nullptr);
    // Tells everyone who saw a message that its text changed (masking that reached back).
    void announceRewrite(const Conversation &c, const Message &m);
    // `queuePosition` (1 = next) saves a sort when the caller already knows it; 0 computes it.
    void notifyVisitorStatus(const Conversation &c, qsizetype queuePosition = 0);
    // Tells every waiting customer their place and estimated wait (F5.5).
    void notifyQueue();
    // Moves a robot conversation into the queue (or raises a queued one) for the given reason.
    void enqueue(Conversation &c, const QString &reason, const QString &topic, const QString &word, int priority);
    bool mayView(const AgentState &actor, qint64 conversationId);
    // Why the actor may not read the conversation: NOT_FOUND when it does not exist (for everyone,
    // supervisors too), PERMISSION_DENIED when it is not theirs to see; nothing when they may.
    std::optional<EngineResult> refuseView(const AgentState &actor, qint64 conversationId);
    // Makes `agent` the owner of a queued conversation and welcomes the customer.
    void assign(Conversation &c, AgentState &agent);
    QJsonObject describe(const Conversation &c);

private:
    QList<qint64> queueOrder() const;
    int servingSlots() const;
    QJsonObject queueStatus(const Conversation &c, qsizetype position, int openSlots) const;

    EngineContext &m_ctx;
    std::function<void()> m_afterRouting;
};

} // namespace baton
