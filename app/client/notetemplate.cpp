#include "client/notetemplate.h"

#include <QJsonArray>

namespace baton {

QJsonObject NoteTemplate::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("problem"), problem},
            {QStringLiteral("stepsTaken"), stepsTaken},
            {QStringLiteral("customerSituation"), customerSituation},
            {QStringLiteral("urgency"), urgency},
            {QStringLiteral("remarks"), remarks}};
}

NoteTemplate NoteTemplate::fromJson(const QJsonObject &o)
{
    NoteTemplate t;
    t.id = o.value(QStringLiteral("id")).toString();
    t.title = o.value(QStringLiteral("title")).toString();
    t.problem = o.value(QStringLiteral("problem")).toString();
    t.stepsTaken = o.value(QStringLiteral("stepsTaken")).toString();
    t.customerSituation = o.value(QStringLiteral("customerSituation")).toString();
    t.urgency = o.value(QStringLiteral("urgency")).toString(QStringLiteral("medium"));
    t.remarks = o.value(QStringLiteral("remarks")).toString();
    return t;
}

QList<NoteTemplate> NoteTemplate::builtIns()
{
    NoteTemplate technical{QStringLiteral("technical"), tr("Technical issue"),
                           tr("Customer reports: \nDevice / version: \nError shown: "),
                           tr("Already tried: "), {}, QStringLiteral("medium"), {}, true};
    NoteTemplate complaint{QStringLiteral("complaint"), tr("Complaint"),
                           tr("Complaint about: \nWhat the customer asks for: "),
                           tr("Apologised; offered: "), tr("Mood: "), QStringLiteral("high"),
                           tr("Reply within 3 minutes."), true};
    NoteTemplate vip{QStringLiteral("vip"), tr("VIP customer"), tr("Request: "), tr("Done so far: "), {},
                     QStringLiteral("high"), tr("Dedicated service expected; do not ask again what is already known."),
                     true};
    NoteTemplate afterSales{QStringLiteral("after_sales"), tr("After-sales"),
                            tr("Order number: \nIssue (return / exchange / repair / warranty): "),
                            tr("Order verified: \nPhotos received: "), {}, QStringLiteral("medium"), {}, true};
    return {technical, complaint, vip, afterSales};
}

QJsonObject NoteTemplate::noteFor(const QJsonObject &conversation) const
{
    const QJsonObject customer = conversation.value(QStringLiteral("customer")).toObject();
    QStringList situation;
    if (const int vipLevel = customer.value(QStringLiteral("vipLevel")).toInt(); vipLevel > 0)
        situation.append(tr("VIP level %1").arg(vipLevel));
    const QJsonArray tags = customer.value(QStringLiteral("tags")).toArray();
    for (const QJsonValue &tag : tags)
        situation.append(tag.toString());
    if (!customerSituation.isEmpty())
        situation.append(customerSituation);
    QJsonObject note{{QStringLiteral("template"), id},
                     {QStringLiteral("problem"), problem},
                     {QStringLiteral("stepsTaken"), stepsTaken},
                     {QStringLiteral("customerSituation"), situation.join(QStringLiteral("; "))},
                     {QStringLiteral("urgency"), urgency},
                     {QStringLiteral("remarks"), remarks}};
    if (conversation.value(QStringLiteral("priority")).toInt() >= 2)
        note.insert(QStringLiteral("urgency"), QStringLiteral("high"));
    return note;
}

} // namespace baton
