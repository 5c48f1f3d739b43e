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
        s.agents.append({AgentView::fromJson(o), jsonInteger(o, QLatin1String("statusSinceMs")),
                         o.value(QStringLiteral("pendingOffers")).toInt(),
                         o.value(QStringLiteral("overloaded")).toBool()});
    }
    for (const QJsonValue &v : p.value(QStringLiteral("waiting")).toArray()) {
        const QJsonObject o = v.toObject();
        s.waiting.append({ConversationView::fromJson(o), o.value(QStringLiteral("queueId")).toString(),
                          jsonInteger(o, QLatin1String("waitedMs"))});
    }
    const QJsonObject staffing = p.value(QStringLiteral("staffing")).toObject();
    s.staffing = {staffing.value(QStringLiteral("arrivalsLastHour")).toInt(),
                  jsonInteger(staffing, QLatin1String("averageHandlingMs")),
                  staffing.value(QStringLiteral("onDuty")).toInt()};
    return s;
}

} // namespace baton::reply
