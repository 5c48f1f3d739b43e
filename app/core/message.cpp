#include "core/message.h"

#include "core/compactjson.h"
#include "core/jsonvalues.h"

namespace baton {

QString senderKindName(SenderKind k)
{
    switch (k) {
    case SenderKind::Agent: return QStringLiteral("agent");
    case SenderKind::System: return QStringLiteral("system");
    case SenderKind::Robot: return QStringLiteral("robot");
    case SenderKind::Customer: break;
    }
    return QStringLiteral("customer");
}

SenderKind senderKindFromName(const QString &name)
{
    if (name == QLatin1String("agent"))
        return SenderKind::Agent;
    if (name == QLatin1String("system"))
        return SenderKind::System;
    if (name == QLatin1String("robot"))
        return SenderKind::Robot;
    return SenderKind::Customer;
}

QJsonObject Message::toJson() const
{
    return QJsonObject{{QStringLiteral("conversationId"), conversationId},
                       {QStringLiteral("seq"), seq},
                       {QStringLiteral("sender"), senderKindName(senderKind)},
                       {QStringLiteral("senderId"), senderId},
                       {QStringLiteral("text"), text},
                       {QStringLiteral("timeMs"), timeMs}};
}

QByteArray Message::toCompactJson() const
{
    // The keys in QJsonObject's order: it keeps them sorted.
    QByteArray json;
    json.reserve(112 + senderId.size() + 3 * text.size());
    json.append("{\"conversationId\":").append(QByteArray::number(conversationId));
    json.append(",\"sender\":");
    compactjson::appendString(json, senderKindName(senderKind));
    json.append(",\"senderId\":");
    compactjson::appendString(json, senderId);
    json.append(",\"seq\":").append(QByteArray::number(seq));
    json.append(",\"text\":");
    compactjson::appendString(json, text);
    json.append(",\"timeMs\":").append(QByteArray::number(timeMs)).append('}');
    return json;
}

Message Message::fromJson(const QJsonObject &o)
{
    Message m;
    m.conversationId = jsonInteger(o, QLatin1String("conversationId"));
    m.seq = jsonInteger(o, QLatin1String("seq"));
    m.senderKind = senderKindFromName(o.value(QStringLiteral("sender")).toString());
    m.senderId = o.value(QStringLiteral("senderId")).toString();
    m.text = o.value(QStringLiteral("text")).toString();
    m.timeMs = jsonInteger(o, QLatin1String("timeMs"));
    return m;
}

} // namespace baton
