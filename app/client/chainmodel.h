#pragma once

#include "core/chainhop.h"

#include <QAbstractListModel>

namespace baton {

// The hops of one conversation (GET_CHAIN): the first routing, then each transfer with its note,
// times and result (F1.10). HopRole hands the delegate the typed hop.
class ChainModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        ToNameRole = Qt::UserRole + 1,
        FromNameRole,
        TimeRole,
        HopRole, // baton::ChainHop
    };

    explicit ChainModel(QObject *parent = nullptr);
    void setHops(const QList<ChainHop> &hops);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<ChainHop> m_hops;
};

} // namespace baton
