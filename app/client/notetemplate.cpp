#include "client/notetemplate.h"

#include <QJsonArray>

namespace baton {

namespace {
NoteTemplate makeBuiltIn(const char *id, const QString &title, const QString &problem, const QString &stepsTaken,
                     const QString &customerSituation, Urgency urgency, const QString &remarks)
{
    const QString key = QString::fromLatin1(id);
    return {key, title, TransferNote{key, problem, stepsTaken, customerSituation, urgency, remarks}, true};
}
} // namespace

QJsonObject NoteTemplate::toJson() const
{
    QJsonObject o = note.toJson();
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("title"), title);
    return o;
}

NoteTemplate NoteTemplate::fromJson(const QJsonObject &o)
{
    NoteTemplate t;
    t.id = o.value(QStringLiteral("id")).toString();
    t.title = o.value(QStringLiteral("title")).toString();
    t.note = TransferNote::fromJson(o);
    t.note.templateId = t.id;
    return t;
}

QList<NoteTemplate> NoteTemplate::builtIns()
{
    return {makeBuiltIn("technical", tr("Technical issue"), tr("Customer reports: \nDevice / version: \nError shown: "),
                    tr("Already tried: "), {}, Urgency::Medium, {}),
            makeBuiltIn("complaint", tr("Complaint"), tr("Complaint about: \nWhat the customer asks for: "),
                    tr("Apologised; offered: "), tr("Mood: "), Urgency::High, tr("Reply within 3 minutes.")),
            makeBuiltIn("vip", tr("VIP customer"), tr("Request: "), tr("Done so far: "), {}, Urgency::High,
                    tr("Dedicated service expected; do not ask again what is already known.")),
            makeBuiltIn("after_sales", tr("After-sales"), tr("Order number: \nIssue (return / exchange / repair / warranty): "),
                    tr("Order verified: \nPhotos received: "), {}, Urgency::Medium, {})};
}

TransferNote NoteTemplate::noteFor(const ConversationView &conversation) const
{
    QStringList situation;
    if (const int vipLevel = conversation.customer.vipLevel; vipLevel > 0)
        situation.append(tr("VIP level %1").arg(vipLevel));
    situation.append(conversation.customer.tags);
    if (!note.customerSituation.isEmpty())
        situation.append(note.customerSituation);
    TransferNote filled = note;
    filled.templateId = id;
    filled.customerSituation = situation.join(QStringLiteral("; "));
    if (conversation.conversation.isUrgent())
        filled.urgency = Urgency::High;
    return filled;
}

} // namespace baton
