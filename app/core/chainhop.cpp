#include "core/chainhop.h"

#include "core/jsonvalues.h"

#include <QJsonArray>

namespace baton {

namespace {
QString kindName(ChainHop::Kind kind)
{
    switch (kind) {
    case ChainHop::Kind::Transfer: return QStringLiteral("transfer");
    case ChainHop::Kind::Reassigned: return QStringLiteral("reassigned");
    case ChainHop::Kind::Assigned: break;
    }
    return QStringLiteral("assigned");
}
} // namespace

QJsonObject ChainHop::toJson() const
{
    if (kind == Kind::Assigned)
        return QJsonObject{{QStringLiteral("kind"), kindName(kind)},
                           {QStringLiteral("to"), transfer.toAgent},
                           {QStringLiteral("toName"), toName},
                           {QStringLiteral("toDepartment"), transfer.toDepartment},
                           {QStringLiteral("timeMs"), transfer.createdMs}};
    QJsonObject o = transfer.toJson();
    o.insert(QStringLiteral("kind"), kindName(kind));
    o.insert(QStringLiteral("fromName"), fromName);
    o.insert(QStringLiteral("toName"), toName);
    return o;
}

ChainHop ChainHop::fromJson(const QJsonObject &o)
{
    ChainHop hop;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    hop.kind = kind == QLatin1String("transfer")     ? Kind::Transfer
               : kind == QLatin1String("reassigned") ? Kind::Reassigned
                                                     : Kind::Assigned;
    hop.transfer = Transfer::fromJson(o);
    if (hop.kind == Kind::Assigned)
        hop.transfer.createdMs = jsonInteger(o, QLatin1String("timeMs"));
    hop.fromName = o.value(QStringLiteral("fromName")).toString();
    hop.toName = o.value(QStringLiteral("toName")).toString();
    return hop;
}

QList<ChainHop> ChainHop::listFromJson(const QJsonArray &array)
{
    QList<ChainHop> list;
    for (const QJsonValue &v : array)
        list.append(fromJson(v.toObject()));
    return list;
}

} // namespace baton
