#pragma once

#include <QJsonObject>
#include <QStringList>

namespace baton {

// robot: the customer talks to the robot tier; queued: waiting for an agent; active: owned by an
// agent; closed: finished, read-only.
enum class ConversationState { Robot, Queued, Active, Closed };

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
    QString language = QStringLiteral("zh"); // the customer's, for robot replies
    // Why the customer was sent to a person (F5.2–F5.4): reason, green-channel topic, deciding word.
    QString escalation;
    QString escalationTopic;
    QString escalationWord;
    int robotMisses = 0;  // robot turns in a row without an answer
    qint64 queuedMs = 0;  // when it entered the queue
    qint64 assignedMs = 0;
    QString closedBy;     // the agent who closed it: satisfaction ratings count for them

    bool isUrgent() const { return priority >= 2; }
    QJsonObject toJson() const;
    static Conversation fromJson(const QJsonObject &object);
};

} // namespace baton
