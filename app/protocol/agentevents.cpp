#include "protocol/agentevents.h"

#include <QJsonArray>

namespace baton::event {

namespace {
QJsonObject objectIn(const QJsonObject &p, const char *key) { return p.value(QLatin1String(key)).toObject(); }
} // namespace

ConversationChanged ConversationChanged::fromPayload(const QJsonObject &p)
{
    return {ConversationView::fromJson(objectIn(p, "conversation"))};
}

MessagePosted MessagePosted::fromPayload(const QJsonObject &p)
{
    return {Message::fromJson(objectIn(p, "message"))};
}

TransferOffered TransferOffered::fromPayload(const QJsonObject &p)
{
    TransferOffered e;
    e.transfer = Transfer::fromJson(objectIn(p, "transfer"));
    e.conversation = ConversationView::fromJson(objectIn(p, "conversation"));
    e.conversation.pendingTransfer.reset(); // the same transfer, already in `transfer`
    e.from = AgentView::fromJson(objectIn(p, "from"));
    for (const QJsonValue &m : p.value(QStringLiteral("recentMessages")).toArray())
        e.recentMessages.append(Message::fromJson(m.toObject()));
    return e;
}

TransferResolved TransferResolved::fromPayload(const QJsonObject &p)
{
    TransferResolved e;
    e.transfer = Transfer::fromJson(objectIn(p, "transfer"));
    if (p.contains(QStringLiteral("conversation")))
        e.conversation = ConversationView::fromJson(objectIn(p, "conversation"));
    e.next = Candidate::listFromJson(p.value(QStringLiteral("next")).toArray());
    return e;
}

ReplyOverdue ReplyOverdue::fromPayload(const QJsonObject &p)
{
    ReplyOverdue e;
    e.conversationId = p.value(QStringLiteral("conversationId")).toInteger();
    e.agentId = p.value(QStringLiteral("agent")).toString();
    e.waitingMs = p.value(QStringLiteral("waitingMs")).toInteger();
    e.toLead = p.value(QStringLiteral("level")).toString() == QLatin1String("lead");
    return e;
}

OverloadWarning OverloadWarning::fromPayload(const QJsonObject &p)
{
    OverloadWarning e;
    e.load = p.value(QStringLiteral("load")).toInt();
    e.maxSessions = p.value(QStringLiteral("maxSessions")).toInt();
    e.waiting = p.value(QStringLiteral("waiting")).toInt();
    for (const QJsonValue &a : p.value(QStringLiteral("suggestions")).toArray())
        e.suggestions.append(AgentView::fromJson(a.toObject()));
    return e;
}

TransferHint TransferHint::fromPayload(const QJsonObject &p)
{
    TransferHint e;
    e.conversationId = p.value(QStringLiteral("conversationId")).toInteger();
    e.skill = p.value(QStringLiteral("skill")).toString();
    e.word = p.value(QStringLiteral("word")).toString();
    e.candidates = Candidate::listFromJson(p.value(QStringLiteral("candidates")).toArray());
    return e;
}

} // namespace baton::event
