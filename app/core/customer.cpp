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

} // namespace baton
