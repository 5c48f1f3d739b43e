#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariantList>

namespace baton {

// The numbers behind a chart as a plain table, one click away from it (F4.3). Display text per
// cell; SortRole carries the raw number so a sorted column orders by value, not by text.
class MetricTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int SortRole = Qt::UserRole + 1;
    struct Cell {
        QString text;
        QVariant value;
    };

    explicit MetricTableModel(QObject *parent = nullptr);
    void setTable(const QStringList &headers, const QList<QList<Cell>> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QList<Cell>> m_rows;
};

} // namespace baton
