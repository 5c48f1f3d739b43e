#pragma once

#include <QStyledItemDelegate>

namespace baton {

// Chat lines: the customer on the left, the agent's own words on the right, robot turns tinted,
// transfer hops as centred system lines, unsent (outbox) lines faded with "sending".
class MessageDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit MessageDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout {
        QRect bubble;
        QRect text;
        QRect caption;
        int height = 0;
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace baton
