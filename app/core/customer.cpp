#include "core/customer.h"

#include <QJsonArray>

namespace baton {

QJsonObject Customer::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("vipLevel"), vipLevel},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(tags)}};
}

Customer Customer::fromJson(const QJsonObject &o)
{
    Customer c;
    c.id = o.value(QStringLiteral("id")).toString();
    c.name = o.value(QStringLiteral("name")).toString();
    c.vipLevel = o.value(QStringLiteral("vipLevel")).toInt();
    for (const QJsonValue &t : o.value(QStringLiteral("tags")).toArray())
        c.tags.append(t.toString());
    return c;
}

} // namespace baton
