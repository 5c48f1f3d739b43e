#pragma once

#include <QStyledItemDelegate>

namespace baton {

// A queue as a tile: its name, how many wait, the longest wait coloured against the queue's
// service-level target (green under half of it, amber under it, red past it), and the share served
// within the target today.
class QueueTileDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static constexpr int minimumWidth = 128;
    static constexpr int tileHeight = 80;
    // The view spreads the tiles over its width (one row) as it resizes.
    void setTileWidth(int width) { m_width = std::max(minimumWidth, width); }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    static QColor waitColor(qint64 waitedMs, qint64 targetMs);

private:
    int m_width = 176;
};

} // namespace baton
