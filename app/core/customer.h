#pragma once

#include <QJsonObject>
#include <QStringList>

namespace baton {

struct Customer {
    QString id;
    QString name;
    int vipLevel = 0; // 0 = regular; 1–3 = VIP tiers
    QStringList tags;

    QJsonObject toJson() const;
    static Customer fromJson(const QJsonObject &object);
};

} // namespace baton
