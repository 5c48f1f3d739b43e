#pragma once

#include <QJsonObject>
#include <QStringList>

namespace baton {

// queued: waiting for an agent; active: owned by an agent; closed: finished, read-only.
enum class ConversationState { Queued, Active, Closed };

QString conversationStateName(ConversationState s);
ConversationState conversationStateFromName(const QString &name);

struct Conversation {
    qint64 id = 0;
    QString customerId;
    QStringList requiredSkills;
    int priority = 0; // 0 normal, higher is more urgent
    QString ownerId;  // empty while queued
    ConversationState state = ConversationState::Queued;
    qint64 createdMs = 0;
    qint64 closedMs = 0;
    qint64 lastSeq = 0; // sequence number of the newest message
    QString subject;    // the customer's first words, for lists and previews

    bool isUrgent() const { return priority >= 2; }
    QJsonObject toJson() const;
};

} // namespace baton
