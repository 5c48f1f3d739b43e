#include "core/conversation.h"

#include "core/jsonvalues.h"

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

Conversation Conversation::fromJson(const QJsonObject &o)
{
    Conversation c;
    c.id = jsonInteger(o, QLatin1String("id"));
    c.customerId = o.value(QStringLiteral("customerId")).toString();
    for (const QJsonValue &s : o.value(QStringLiteral("skills")).toArray())
        c.requiredSkills.append(s.toString());
    c.priority = o.value(QStringLiteral("priority")).toInt();
    c.ownerId = o.value(QStringLiteral("owner")).toString();
    c.state = conversationStateFromName(o.value(QStringLiteral("state")).toString());
    c.createdMs = jsonInteger(o, QLatin1String("createdMs"));
    c.closedMs = jsonInteger(o, QLatin1String("closedMs"));
    c.lastSeq = jsonInteger(o, QLatin1String("lastSeq"));
    c.subject = o.value(QStringLiteral("subject")).toString();
    c.language = o.value(QStringLiteral("language")).toString(c.language);
    const QJsonObject escalation = o.value(QStringLiteral("escalation")).toObject();
    c.escalation = escalation.value(QStringLiteral("reason")).toString();
    c.escalationTopic = escalation.value(QStringLiteral("topic")).toString();
    c.escalationWord = escalation.value(QStringLiteral("word")).toString();
    c.queuedMs = jsonInteger(o, QLatin1String("queuedMs"));
    c.closedBy = o.value(QStringLiteral("closedBy")).toString();
    return c;
}

} // namespace baton
