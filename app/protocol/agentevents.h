#pragma once

#include "core/agentview.h"
#include "core/candidate.h"
#include "core/conversationview.h"
#include "core/message.h"

#include <optional>

// Typed payloads of the durable agent events (docs/protocol.md, "Agent events").
namespace baton::event {

// CONVERSATION_ASSIGNED, CONVERSATION_UPDATED
struct ConversationChanged {
    ConversationView conversation;
    static ConversationChanged fromPayload(const QJsonObject &payload);
};

// MESSAGE, MESSAGE_UPDATED
struct MessagePosted {
    Message message;
    static MessagePosted fromPayload(const QJsonObject &payload);
};

// TRANSFER, to its target
struct TransferOffered {
    Transfer transfer;
    ConversationView conversation; // without pendingTransfer: `transfer` is that transfer
    AgentView from;
    QList<Message> recentMessages;
    static TransferOffered fromPayload(const QJsonObject &payload);
};

// TRANSFER_ACCEPT, TRANSFER_REJECT, TRANSFER_TIMEOUT, TRANSFER_CANCEL
struct TransferResolved {
    Transfer transfer;
    std::optional<ConversationView> conversation; // TRANSFER_ACCEPT
    QList<Candidate> next;                         // to the initiator after a reject or timeout
    static TransferResolved fromPayload(const QJsonObject &payload);
};

// REPLY_OVERDUE (F2.4): to the owner (`toLead` false), later to their department's team leads
struct ReplyOverdue {
    qint64 conversationId = 0;
    QString agentId; // the owner
    qint64 waitingMs = 0;
    bool toLead = false;
    static ReplyOverdue fromPayload(const QJsonObject &payload);
};

// OVERLOAD_WARNING (F2.5)
struct OverloadWarning {
    int load = 0;
    int maxSessions = 0;
    int waiting = 0; // customers waiting in the queues the agent serves
    QList<AgentView> suggestions;
    static OverloadWarning fromPayload(const QJsonObject &payload);
};

// TRANSFER_HINT (F2.4 keyword rule)
struct TransferHint {
    qint64 conversationId = 0;
    QString skill;
    QString word;
    QList<Candidate> candidates;
    static TransferHint fromPayload(const QJsonObject &payload);
};

} // namespace baton::event
