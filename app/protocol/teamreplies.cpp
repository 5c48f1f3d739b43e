#include "protocol/teamreplies.h"

#include "core/jsonvalues.h"

#include <QJsonArray>

namespace baton::reply {

TeamSnapshot TeamSnapshot::fromPayload(const QJsonObject &p)
{
    TeamSnapshot s;
    s.timeMs = jsonInteger(p, QLatin1String("timeMs"));
    for (const QJsonValue &v : p.value(QStringLiteral("queues")).toArray()) {
        const QJsonObject o = v.toObject();
        QueueStats q;
        q.id = o.value(QStringLiteral("id")).toString();
        q.name = o.value(QStringLiteral("name")).toString(q.id);
        q.strategy = o.value(QStringLiteral("strategy")).toString();
        q.waiting = o.value(QStringLiteral("waiting")).toInt();
        q.longestWaitMs = jsonInteger(o, QLatin1String("longestWaitMs"));
        q.averageWaitMs = jsonInteger(o, QLatin1String("averageWaitMs"));
        q.servedToday = o.value(QStringLiteral("servedToday")).toInt();
        q.servedWithinTargetShare = o.value(QStringLiteral("servedWithinTargetShare")).toDouble(1);
        q.targetMs = jsonInteger(o, QLatin1String("targetMs"));
        q.targetShare = o.value(QStringLiteral("targetShare")).toDouble(0.8);
        s.queues.append(q);
    }
    for (const QJsonValue &v : p.value(QStringLiteral("agents")).toArray()) {
        const QJsonObject o = v.toObject();
        TeamAgent a{AgentView::fromJson(o), jsonInteger(o, QLatin1String("statusSinceMs")),
                    o.value(QStringLiteral("pendingOffers")).toInt(), o.value(QStringLiteral("overloaded")).toBool(),
                    {}};
        for (const QJsonValue &c : o.value(QStringLiteral("chats")).toArray()) {
            const QJsonObject chat = c.toObject();
            a.chats.append({jsonInteger(chat, QLatin1String("conversationId")),
                            chat.value(QStringLiteral("customerName")).toString(),
                            chat.value(QStringLiteral("subject")).toString()});
        }
        s.agents.append(a);
    }
    for (const QJsonValue &v : p.value(QStringLiteral("waiting")).toArray()) {
        const QJsonObject o = v.toObject();
        s.waiting.append({ConversationView::fromJson(o), o.value(QStringLiteral("queueId")).toString(),
                          jsonInteger(o, QLatin1String("waitedMs"))});
    }
    const QJsonObject staffing = p.value(QStringLiteral("staffing")).toObject();
    for (const QJsonValue &v : p.value(QStringLiteral("overflows")).toArray())
        s.overflows.append(Overflow::fromJson(v.toObject()));
    s.staffing = {staffing.value(QStringLiteral("arrivalsLastHour")).toInt(),
                  jsonInteger(staffing, QLatin1String("averageHandlingMs")),
                  staffing.value(QStringLiteral("onDuty")).toInt()};
    return s;
}

BatchResults BatchResults::fromPayload(const QJsonObject &p)
{
    BatchResults r;
    for (const QJsonValue &v : p.value(QStringLiteral("results")).toArray()) {
        const QJsonObject o = v.toObject();
        BatchResults::Item item;
        item.conversationId = jsonInteger(o, QLatin1String("conversationId"));
        if (o.value(QStringLiteral("ok")).toBool()) {
            item.transfer = Transfer::fromJson(o.value(QStringLiteral("transfer")).toObject());
        } else {
            const QJsonObject e = o.value(QStringLiteral("error")).toObject();
            item.error = RequestError::engine(errorCodeFromName(e.value(QStringLiteral("code")).toString()),
                                              e.value(QStringLiteral("message")).toString());
        }
        r.items.append(item);
    }
    r.succeeded = p.value(QStringLiteral("succeeded")).toInt();
    r.failed = p.value(QStringLiteral("failed")).toInt();
    return r;
}

Overflow Overflow::fromPayload(const QJsonObject &p)
{
    return fromJson(p.value(QStringLiteral("overflow")).toObject());
}

Overflow Overflow::fromJson(const QJsonObject &o)
{
    return {o.value(QStringLiteral("department")).toString(), o.value(QStringLiteral("extraSessions")).toInt(),
            o.value(QStringLiteral("toDepartment")).toString(), jsonInteger(o, QLatin1String("untilMs"))};
}

} // namespace baton::reply
