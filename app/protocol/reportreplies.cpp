#include "protocol/reportreplies.h"

#include "core/jsonvalues.h"

#include <QJsonArray>

namespace baton::reply {

namespace {
QString text(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }
int number(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toInt(); }
qint64 integer(const QJsonObject &o, const char *key) { return jsonInteger(o, QLatin1String(key)); }
double real(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toDouble(); }
std::optional<qint64> optionalInteger(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<qint64>(qint64(v.toDouble())) : std::nullopt;
}
std::optional<double> optionalReal(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}
} // namespace

TransferRecord TransferRecord::fromJson(const QJsonObject &o)
{
    TransferRecord r;
    r.id = integer(o, "id");
    r.conversationId = integer(o, "conversationId");
    r.state = transferStateFromName(text(o, "state"));
    r.fromAgent = text(o, "fromAgent");
    r.fromName = text(o, "fromName");
    r.fromDepartment = text(o, "fromDepartment");
    r.toAgent = text(o, "toAgent");
    r.toName = text(o, "toName");
    r.toDepartment = text(o, "toDepartment");
    r.crossDepartment = o.value(QStringLiteral("crossDepartment")).toBool();
    r.note = TransferNote::fromJson(o.value(QStringLiteral("note")).toObject());
    r.reason = text(o, "reason");
    r.createdMs = integer(o, "createdMs");
    r.resolvedMs = optionalInteger(o, "resolvedMs");
    r.responseMs = optionalInteger(o, "responseMs");
    r.customerId = text(o, "customerId");
    r.customerName = text(o, "customerName");
    r.skill = text(o, "skill");
    if (const auto rating = optionalInteger(o, "rating"))
        r.rating = int(*rating);
    return r;
}

TransferRecordPage TransferRecordPage::fromPayload(const QJsonObject &payload)
{
    TransferRecordPage page;
    for (const QJsonValue &v : payload.value(QStringLiteral("transfers")).toArray())
        page.transfers.append(TransferRecord::fromJson(v.toObject()));
    page.next = payload.value(QStringLiteral("next")).toString();
    return page;
}

TransferMetrics TransferMetrics::fromPayload(const QJsonObject &payload)
{
    TransferMetrics m;
    for (const QJsonValue &v : payload.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject o = v.toObject();
        TransferMetricRow r;
        r.key = text(o, "key");
        r.label = text(o, "label");
        r.count = number(o, "count");
        r.accepted = number(o, "accepted");
        r.rejected = number(o, "rejected");
        r.timeout = number(o, "timeout");
        r.cancelled = number(o, "cancelled");
        r.successRate = real(o, "successRate");
        r.rejectionRate = real(o, "rejectionRate");
        r.avgResponseMs = integer(o, "avgResponseMs");
        r.p90ResponseMs = integer(o, "p90ResponseMs");
        r.rated = number(o, "rated");
        r.csatAfterTransfer = optionalReal(o, "csatAfterTransfer");
        m.rows.append(r);
    }
    const QJsonObject histogram = payload.value(QStringLiteral("responseHistogram")).toObject();
    for (const QJsonValue &v : histogram.value(QStringLiteral("upToMs")).toArray())
        m.histogramUpToMs.append(qint64(v.toDouble()));
    for (const QJsonValue &v : histogram.value(QStringLiteral("counts")).toArray())
        m.histogramCounts.append(v.toInt());
    return m;
}

ServiceMetrics ServiceMetrics::fromPayload(const QJsonObject &payload)
{
    ServiceMetrics m;
    for (const QJsonValue &v : payload.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject o = v.toObject();
        ServiceMetricRow r;
        r.key = text(o, "key");
        r.label = text(o, "label");
        r.conversations = number(o, "conversations");
        r.responded = number(o, "responded");
        r.avgFirstResponseMs = integer(o, "avgFirstResponseMs");
        r.firstResponseWithinTarget = real(o, "firstResponseWithinTarget");
        r.closed = number(o, "closed");
        r.resolved = number(o, "resolved");
        r.resolutionRate = real(o, "resolutionRate");
        r.rated = number(o, "rated");
        r.satisfactionAvg = optionalReal(o, "satisfactionAvg");
        for (const QJsonValue &count : o.value(QStringLiteral("ratings")).toArray())
            r.ratings.append(count.toInt());
        r.leftWhileWaiting = number(o, "leftWhileWaiting");
        r.metRobot = number(o, "metRobot");
        r.handedOver = number(o, "handedOver");
        r.handoverRate = real(o, "handoverRate");
        m.rows.append(r);
    }
    for (const QJsonValue &v : payload.value(QStringLiteral("handover")).toArray()) {
        const QJsonObject o = v.toObject();
        m.handover.append({text(o, "reason"), number(o, "count"), real(o, "rate")});
    }
    const QJsonObject refs = payload.value(QStringLiteral("references")).toObject();
    m.firstResponseTargetMs = jsonInteger(refs, QLatin1String("firstResponseMs"));
    m.resolutionTarget = refs.value(QStringLiteral("resolutionRate")).toDouble();
    m.satisfactionTarget = refs.value(QStringLiteral("satisfaction")).toDouble();
    return m;
}

RatingPage RatingPage::fromPayload(const QJsonObject &payload)
{
    RatingPage page;
    for (const QJsonValue &v : payload.value(QStringLiteral("ratings")).toArray()) {
        const QJsonObject o = v.toObject();
        RatingRecord r;
        r.conversationId = integer(o, "conversationId");
        r.rating = number(o, "rating");
        r.comment = text(o, "comment");
        r.closedMs = integer(o, "closedMs");
        r.agent = text(o, "agent");
        r.agentName = text(o, "agentName");
        r.department = text(o, "department");
        r.customerId = text(o, "customerId");
        r.customerName = text(o, "customerName");
        r.subject = text(o, "subject");
        if (o.value(QStringLiteral("resolved")).isBool())
            r.resolved = o.value(QStringLiteral("resolved")).toBool();
        r.transfers = number(o, "transfers");
        page.ratings.append(r);
    }
    page.next = payload.value(QStringLiteral("next")).toString();
    return page;
}

} // namespace baton::reply
