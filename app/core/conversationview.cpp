#include "core/conversationview.h"

namespace baton {

QJsonObject ConversationView::toJson() const
{
    QJsonObject o = conversation.toJson();
    o.insert(QStringLiteral("customer"), customer.toJson());
    if (pendingTransfer)
        o.insert(QStringLiteral("pendingTransfer"), pendingTransfer->toJson());
    return o;
}

ConversationView ConversationView::fromJson(const QJsonObject &o)
{
    ConversationView v;
    v.conversation = Conversation::fromJson(o);
    v.customer = Customer::fromJson(o.value(QStringLiteral("customer")).toObject());
    if (v.customer.id.isEmpty())
        v.customer.id = v.conversation.customerId;
    const QJsonObject pending = o.value(QStringLiteral("pendingTransfer")).toObject();
    if (!pending.isEmpty())
        v.pendingTransfer = Transfer::fromJson(pending);
    return v;
}

} // namespace baton
