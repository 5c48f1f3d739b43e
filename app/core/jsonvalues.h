#pragma once

#include <QJsonObject>

namespace baton {

// JSON numbers arrive as doubles; ids, sequence numbers and times are integers below 2^53.
inline qint64 jsonInteger(const QJsonObject &object, QLatin1String key)
{
    return qint64(object.value(key).toDouble());
}

} // namespace baton
