#pragma once

#include "core/conversationview.h"

#include <QString>

namespace baton {

// What the workstation knows about one conversation without opening it: a row of the local cache
// and of the conversation list.
struct ConversationSummary {
    qint64 id = 0;
    ConversationView view; // the Conversation as last received
    QString owner;
    QString state; // robot | queued | active | closed
    int priority = 0;
    QString customerName;
    int vipLevel = 0;
    QString lastText;
    qint64 lastTimeMs = 0;
    qint64 waitingSinceMs = 0; // the customer's oldest unanswered message, 0 when answered
    int unread = 0;
    bool everMine = false;
    qint64 offerTransferId = 0;    // a pending offer to this agent
    qint64 outgoingTransferId = 0; // the latest transfer this agent started for it
    QString outgoingState;         // that transfer's state
    qint64 missedTransferId = 0;   // an offer to this agent that ended unanswered

    bool isOpen() const { return state != QLatin1String("closed"); }
    bool isOwnedBy(const QString &agentId) const { return owner == agentId && isOpen(); }
    bool isOffered() const { return offerTransferId > 0; }
    const Conversation &conversation() const { return view.conversation; }
};

} // namespace baton
