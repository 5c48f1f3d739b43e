#include "core/transfer.h"

#include "core/enumnames.h"
#include "core/jsonvalues.h"

namespace baton {

QString transferStateName(TransferState s)
{
    switch (s) {
    case TransferState::Accepted: return QStringLiteral("accepted");
    case TransferState::Rejected: return QStringLiteral("rejected");
    case TransferState::Timeout: return QStringLiteral("timeout");
    case TransferState::Cancelled: return QStringLiteral("cancelled");
    case TransferState::Pending: break;
    }
    return QStringLiteral("pending");
}

TransferState transferStateFromName(const QString &name, bool *ok)
{
    static const TransferState all[] = {TransferState::Pending, TransferState::Accepted, TransferState::Rejected,
                                        TransferState::Timeout, TransferState::Cancelled};
    return enumFromName(name, all, transferStateName, TransferState::Pending, ok);
}

QString urgencyName(Urgency u)
{
    switch (u) {
    case Urgency::Low: return QStringLiteral("low");
    case Urgency::High: return QStringLiteral("high");
    case Urgency::Medium: break;
    }
    return QStringLiteral("medium");
}

Urgency urgencyFromName(const QString &name, bool *ok)
{
    static const Urgency all[] = {Urgency::Low, Urgency::Medium, Urgency::High};
    return enumFromName(name, all, urgencyName, Urgency::Medium, ok);
}

QJsonObject TransferNote::toJson() const
{
    return QJsonObject{{QStringLiteral("template"), templateId},
                       {QStringLiteral("problem"), problem},
                       {QStringLiteral("stepsTaken"), stepsTaken},
                       {QStringLiteral("customerSituation"), customerSituation},
                       {QStringLiteral("urgency"), urgencyName(urgency)},
                       {QStringLiteral("remarks"), remarks}};
}

TransferNote TransferNote::fromJson(const QJsonObject &object)
{
    TransferNote note;
    note.templateId = object.value(QStringLiteral("template")).toString();
    note.problem = object.value(QStringLiteral("problem")).toString();
    note.stepsTaken = object.value(QStringLiteral("stepsTaken")).toString();
    note.customerSituation = object.value(QStringLiteral("customerSituation")).toString();
    note.urgency = urgencyFromName(object.value(QStringLiteral("urgency")).toString(QStringLiteral("medium")));
    note.remarks = object.value(QStringLiteral("remarks")).toString();
    return note;
}

QJsonObject Transfer::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("conversationId"), conversationId},
                       {QStringLiteral("attemptId"), attemptId},
                       {QStringLiteral("from"), fromAgent},
                       {QStringLiteral("to"), toAgent},
                       {QStringLiteral("fromDepartment"), fromDepartment},
                       {QStringLiteral("toDepartment"), toDepartment},
                       {QStringLiteral("note"), note.toJson()},
                       {QStringLiteral("state"), transferStateName(state)},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("createdMs"), createdMs},
                       {QStringLiteral("deadlineMs"), deadlineMs},
                       {QStringLiteral("resolvedMs"), resolvedMs}};
}

Transfer Transfer::fromJson(const QJsonObject &o)
{
    Transfer t;
    t.id = jsonInteger(o, QLatin1String("id"));
    t.conversationId = jsonInteger(o, QLatin1String("conversationId"));
    t.attemptId = jsonInteger(o, QLatin1String("attemptId"));
    t.fromAgent = o.value(QStringLiteral("from")).toString();
    t.toAgent = o.value(QStringLiteral("to")).toString();
    t.fromDepartment = o.value(QStringLiteral("fromDepartment")).toString();
    t.toDepartment = o.value(QStringLiteral("toDepartment")).toString();
    t.note = TransferNote::fromJson(o.value(QStringLiteral("note")).toObject());
    t.state = transferStateFromName(o.value(QStringLiteral("state")).toString());
    t.reason = o.value(QStringLiteral("reason")).toString();
    t.createdMs = jsonInteger(o, QLatin1String("createdMs"));
    t.deadlineMs = jsonInteger(o, QLatin1String("deadlineMs"));
    t.resolvedMs = jsonInteger(o, QLatin1String("resolvedMs"));
    return t;
}

} // namespace baton
