#include "client/chainmodel.h"

#include <QJsonObject>

namespace baton {

ChainModel::ChainModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ChainModel::setHops(const QJsonArray &hops)
{
    beginResetModel();
    m_hops = hops;
    endResetModel();
}

int ChainModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hops.size());
}

QVariant ChainModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject hop = m_hops.at(index.row()).toObject();
    const bool assigned = hop.value(QStringLiteral("kind")).toString() == QLatin1String("assigned");
    switch (role) {
    case Qt::DisplayRole:
    case ToNameRole: return hop.value(QStringLiteral("toName")).toString();
    case KindRole: return hop.value(QStringLiteral("kind")).toString();
    case FromNameRole: return hop.value(QStringLiteral("fromName")).toString();
    case ToDepartmentRole: return hop.value(QStringLiteral("toDepartment")).toString();
    case TimeRole:
        return qint64(hop.value(assigned ? QStringLiteral("timeMs") : QStringLiteral("createdMs")).toDouble());
    case StateRole: return assigned ? QStringLiteral("accepted") : hop.value(QStringLiteral("state")).toString();
    case ReasonRole: return hop.value(QStringLiteral("reason")).toString();
    case NoteRole: return hop.value(QStringLiteral("note")).toObject().toVariantMap();
    default: return {};
    }
}

QHash<int, QByteArray> ChainModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{KindRole, "kind"},
                  {FromNameRole, "fromName"},
                  {ToNameRole, "toName"},
                  {ToDepartmentRole, "toDepartment"},
                  {TimeRole, "time"},
                  {StateRole, "state"},
                  {ReasonRole, "reason"},
                  {NoteRole, "note"}});
    return names;
}

} // namespace baton
