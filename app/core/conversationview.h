#pragma once

#include "core/conversation.h"
#include "core/customer.h"
#include "core/transfer.h"

#include <optional>

namespace baton {

// A conversation as the protocol shows it to agents: the record, the customer's profile and the
// transfer pending on it, if any.
struct ConversationView {
    Conversation conversation;
    Customer customer;
    std::optional<Transfer> pendingTransfer;

    qint64 id() const { return conversation.id; }
    QJsonObject toJson() const;
    static ConversationView fromJson(const QJsonObject &object);
};

} // namespace baton
