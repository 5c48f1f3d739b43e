#pragma once

#include <QAbstractListModel>
#include <QJsonArray>

namespace baton {

// The hops of one conversation (GET_CHAIN): the first routing, then each transfer with its note,
// times and result (F1.10).
class ChainModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, // assigned | transfer
        FromNameRole,
        ToNameRole,
        ToDepartmentRole,
        TimeRole,
        StateRole,
        ReasonRole,
        NoteRole, // QVariantMap
    };

    explicit ChainModel(QObject *parent = nullptr);
    void setHops(const QJsonArray &hops);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QJsonArray m_hops;
};

} // namespace baton
