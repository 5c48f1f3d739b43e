#pragma once

#include <QStyledItemDelegate>

namespace baton {

// One row of the conversation list: customer, badges (VIP, priority, why they reached a person),
// last message, how long the customer has waited, unread count and the transfer state. Incoming
// offers are drawn highlighted so they cannot be missed.
class ConversationDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ConversationDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace baton
