#include "core/conversation.h"

#include <QJsonArray>

namespace baton {

QString conversationStateName(ConversationState s)
{
    switch (s) {
    case ConversationState::Active: return QStringLiteral("active");
    case ConversationState::Closed: return QStringLiteral("closed");
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
    return ConversationState::Queued;
}

QJsonObject Conversation::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("customerId"), customerId},
                       {QStringLiteral("skills"), QJsonArray::fromStringList(requiredSkills)},
                       {QStringLiteral("priority"), priority},
                       {QStringLiteral("owner"), ownerId},
                       {QStringLiteral("state"), conversationStateName(state)},
                       {QStringLiteral("createdMs"), createdMs},
                       {QStringLiteral("closedMs"), closedMs},
                       {QStringLiteral("lastSeq"), lastSeq},
                       {QStringLiteral("subject"), subject}};
}

} // namespace baton
