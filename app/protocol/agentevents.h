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

} // namespace baton::event
