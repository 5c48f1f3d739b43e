#pragma once

#include <QStyledItemDelegate>

namespace baton {

// Cells of the team view's tables by their CellKind: status with a coloured dot and the time in it,
// load as a bar against capacity, durations in words. Rows of overloaded agents are tinted.
class TeamCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace baton
