#include "client/chainmodel.h"

namespace baton {

ChainModel::ChainModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ChainModel::setHops(const QList<ChainHop> &hops)
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
    const ChainHop &hop = m_hops.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ToNameRole: return hop.toName;
    case FromNameRole: return hop.fromName;
    case TimeRole: return hop.timeMs();
    case HopRole: return QVariant::fromValue(hop);
    default: return {};
    }
}

QHash<int, QByteArray> ChainModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{ToNameRole, "toName"}, {FromNameRole, "fromName"}, {TimeRole, "time"}, {HopRole, "hop"}});
    return names;
}

} // namespace baton
