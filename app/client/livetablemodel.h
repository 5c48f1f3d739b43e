#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace baton {

// A table that follows live snapshots row by row: rows that vanished are removed, rows that stayed
// move to their new place and report dataChanged only when their content changed, new rows are
// inserted. Never a reset, so views keep their selection, current row and scroll position, and
// nothing flickers when the engine sends a snapshot every second.
class LiveTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    template <typename Row, typename Key, typename Same>
    void sync(QList<Row> &rows, const QList<Row> &next, Key keyOf, Same same)
    {
        QSet<decltype(keyOf(next.value(0)))> keep;
        for (const Row &r : next)
            keep.insert(keyOf(r));
        for (qsizetype i = rows.size() - 1; i >= 0; --i) {
            if (keep.contains(keyOf(rows[i])))
                continue;
            beginRemoveRows({}, int(i), int(i));
            rows.removeAt(i);
            endRemoveRows();
        }
        for (qsizetype i = 0; i < next.size(); ++i) {
            qsizetype at = i;
            while (at < rows.size() && keyOf(rows[at]) != keyOf(next[i]))
                ++at;
            if (at == rows.size()) {
                beginInsertRows({}, int(i), int(i));
                rows.insert(i, next[i]);
                endInsertRows();
                continue;
            }
            if (at != i) {
                beginMoveRows({}, int(at), int(at), {}, int(i));
                rows.move(at, i);
                endMoveRows();
            }
            if (!same(rows[i], next[i])) {
                rows[i] = next[i];
                emit dataChanged(index(int(i), 0), index(int(i), columnCount() - 1));
            }
        }
    }
    // The columns whose text depends on the clock changed (called once a second by the view).
    void clockMoved(int firstColumn, int lastColumn)
    {
        if (rowCount() > 0)
            emit dataChanged(index(0, firstColumn), index(rowCount() - 1, lastColumn), {Qt::DisplayRole});
    }
};

} // namespace baton
