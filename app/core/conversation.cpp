#include "core/conversation.h"

#include <QJsonArray>

namespace baton {

QString conversationStateName(ConversationState s)
{
    switch (s) {
    case ConversationState::Active: return QStringLiteral("active");
    case ConversationState::Closed: return QStringLiteral("closed");
    case ConversationState::Robot: return QStringLiteral("robot");
    case ConversationState::Queued: break;
    }
    return QStringLiteral("queued");
}

ConversationState conversationStateFromName(const QString &name)
{
    if (name == QLatin1String("active"))
        return ConversationState::Active;
    if (name == QLatin1String("closed"))
        return ConversationState::Closed;
    if (name == QLatin1String("robot"))
        return ConversationState::Robot;
    return ConversationState::Queued;
}

QJsonObject Conversation::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                       {QStringLiteral("customerId"), customerId},
                       {QStringLiteral("skills"), QJsonArray::fromStringList(requiredSkills)},
                       {QStringLiteral("priority"), priority},
                       {QStringLiteral("owner"), ownerId},
                       {QStringLiteral("state"), conversationStateName(state)},
                       {QStringLiteral("createdMs"), createdMs},
                       {QStringLiteral("closedMs"), closedMs},
                       {QStringLiteral("lastSeq"), lastSeq},
                       {QStringLiteral("subject"), subject},
                       {QStringLiteral("language"), language}};
    if (!escalation.isEmpty())
        o.insert(QStringLiteral("escalation"), QJsonObject{{QStringLiteral("reason"), escalation},
                                                            {QStringLiteral("topic"), escalationTopic},
                                                            {QStringLiteral("word"), escalationWord}});
    if (queuedMs)
        o.insert(QStringLiteral("queuedMs"), queuedMs);
    if (!closedBy.isEmpty())
        o.insert(QStringLiteral("closedBy"), closedBy);
    return o;
}

} // namespace baton
