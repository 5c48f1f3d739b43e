#include "protocol/agentreplies.h"

#include "core/jsonvalues.h"

#include <QJsonArray>

namespace baton::reply {

namespace {
QList<ConversationView> conversationsIn(const QJsonObject &payload, const char *key)
{
    QList<ConversationView> list;
    for (const QJsonValue &v : payload.value(QLatin1String(key)).toArray())
        list.append(ConversationView::fromJson(v.toObject()));
    return list;
}

AgentView agentIn(const QJsonObject &payload)
{
    return AgentView::fromJson(payload.value(QStringLiteral("agent")).toObject());
}
} // namespace

Hello Hello::fromPayload(const QJsonObject &p)
{
    Hello h;
    h.protocol = p.value(QStringLiteral("protocol")).toInt();
    h.server = p.value(QStringLiteral("server")).toString();
    for (const QJsonValue &f : p.value(QStringLiteral("features")).toArray())
        h.features.append(f.toString());
    return h;
}

Login Login::fromPayload(const QJsonObject &p)
{
    Login l;
    l.token = p.value(QStringLiteral("token")).toString();
    l.agent = agentIn(p);
    l.lastSeq = jsonInteger(p, QLatin1String("lastSeq"));
    for (const QJsonValue &d : p.value(QStringLiteral("departments")).toArray()) {
        const QJsonObject o = d.toObject();
        l.departmentNames.insert(o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("name")).toString());
    }
    return l;
}

Resume Resume::fromPayload(const QJsonObject &p)
{
    Resume r;
    r.gap = p.value(QStringLiteral("gap")).toBool();
    r.lastSeq = jsonInteger(p, QLatin1String("lastSeq"));
    for (const QJsonValue &v : p.value(QStringLiteral("events")).toArray()) {
        const QJsonObject e = v.toObject();
        r.events.append({jsonInteger(e, QLatin1String("seq")), e.value(QStringLiteral("type")).toString(),
                         e.value(QStringLiteral("payload")).toObject()});
    }
    return r;
}

ConversationList ConversationList::fromPayload(const QJsonObject &p)
{
    return {conversationsIn(p, "conversations"), conversationsIn(p, "offered"), conversationsIn(p, "recentlyClosed")};
}

OneConversation OneConversation::fromPayload(const QJsonObject &p)
{
    return {ConversationView::fromJson(p.value(QStringLiteral("conversation")).toObject())};
}

History History::fromPayload(const QJsonObject &p)
{
    History h;
    h.conversationId = jsonInteger(p, QLatin1String("conversationId"));
    for (const QJsonValue &v : p.value(QStringLiteral("messages")).toArray())
        h.messages.append(Message::fromJson(v.toObject()));
    h.complete = p.value(QStringLiteral("complete")).toBool(true);
    return h;
}

SentMessage SentMessage::fromPayload(const QJsonObject &p)
{
    return {Message::fromJson(p.value(QStringLiteral("message")).toObject())};
}

Agents Agents::fromPayload(const QJsonObject &p)
{
    Agents a;
    for (const QJsonValue &v : p.value(QStringLiteral("agents")).toArray())
        a.agents.append(AgentView::fromJson(v.toObject()));
    return a;
}

Recommendations Recommendations::fromPayload(const QJsonObject &p)
{
    return {jsonInteger(p, QLatin1String("conversationId")),
            Candidate::listFromJson(p.value(QStringLiteral("candidates")).toArray())};
}

OneAgent OneAgent::fromPayload(const QJsonObject &p)
{
    return {agentIn(p)};
}

OneTransfer OneTransfer::fromPayload(const QJsonObject &p)
{
    return {Transfer::fromJson(p.value(QStringLiteral("transfer")).toObject())};
}

Chain Chain::fromPayload(const QJsonObject &p)
{
    return {jsonInteger(p, QLatin1String("conversationId")), ChainHop::listFromJson(p.value(QStringLiteral("hops")).toArray())};
}

} // namespace baton::reply
