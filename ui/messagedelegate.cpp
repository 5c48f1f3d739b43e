#include "messagedelegate.h"

#include "client/messagemodel.h"
#include "uitext.h"

#include <QAbstractItemView>
#include <QPainter>

namespace baton {

namespace {
constexpr int padding = 8;
constexpr int gap = 6;
constexpr int captionHeight = 16;

int viewWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width() > 0 ? option.rect.width() : 480;
}
} // namespace

MessageDelegate::MessageDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

MessageDelegate::Layout MessageDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    using M = MessageModel;
    const QString sender = index.data(M::SenderRole).toString();
    const bool system = sender == QLatin1String("system");
    const bool mine = index.data(M::MineRole).toBool() || index.data(M::PendingRole).toBool();
    const int width = viewWidth(option);
    const int maxText = std::max(80, int(width * (system ? 0.9 : 0.68)) - 2 * padding);
    const QFontMetrics fm(option.font);
    QRect textRect = fm.boundingRect(QRect(0, 0, maxText, 100000), Qt::TextWordWrap,
                                     index.data(M::TextRole).toString());
    Layout l;
    const int top = option.rect.top() + gap;
    if (system) {
        l.text = QRect(0, top + 2, width, textRect.height());
        l.height = textRect.height() + 2 * gap + 4;
        return l;
    }
    const int bubbleWidth = textRect.width() + 2 * padding;
    const int bubbleLeft = mine ? width - bubbleWidth - 12 : 12;
    l.caption = QRect(12, top, width - 24, captionHeight);
    l.bubble = QRect(bubbleLeft, top + captionHeight, bubbleWidth, textRect.height() + 2 * padding);
    l.text = l.bubble.adjusted(padding, padding, -padding, -padding);
    l.height = captionHeight + l.bubble.height() + 2 * gap;
    return l;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return {viewWidth(option), layout(option, index).height};
}

void MessageDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    using M = MessageModel;
    p->save();
    const Layout l = layout(option, index);
    const QString sender = index.data(M::SenderRole).toString();
    const QString text = index.data(M::TextRole).toString();
    const bool pending = index.data(M::PendingRole).toBool();
    const bool mine = index.data(M::MineRole).toBool() || pending;
    const QPalette &pal = option.palette;
    const QColor dim = pal.color(QPalette::Disabled, QPalette::Text);

    if (sender == QLatin1String("system")) {
        QFont f = option.font;
        f.setPointSizeF(f.pointSizeF() * 0.9);
        p->setFont(f);
        p->setPen(QColor(0x6b, 0x72, 0x80));
        p->drawText(l.text.translated(0, 0), Qt::AlignHCenter | Qt::TextWordWrap, QStringLiteral("— %1 —").arg(text));
        p->restore();
        return;
    }

    QString caption;
    if (sender == QLatin1String("robot"))
        caption = tr("Robot");
    else if (sender == QLatin1String("agent") && !mine)
        caption = index.data(M::SenderNameRole).toString();
    const QString time = pending ? tr("sending…") : UiText::clockTime(index.data(M::TimeRole).toLongLong());
    caption = caption.isEmpty() ? time : caption + QStringLiteral("  ") + time;
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.8);
    p->setFont(small);
    p->setPen(pending ? QColor(0xb4, 0x53, 0x09) : dim);
    p->drawText(l.caption, (mine ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, caption);

    QColor bubble = QColor(0xf1, 0xf3, 0xf5);
    if (mine)
        bubble = QColor(0xd6, 0xe8, 0xff);
    else if (sender == QLatin1String("robot"))
        bubble = QColor(0xef, 0xe9, 0xfb);
    else if (sender == QLatin1String("agent"))
        bubble = QColor(0xe6, 0xf4, 0xea);
    if (pending)
        bubble = bubble.lighter(106);
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(Qt::NoPen);
    p->setBrush(bubble);
    p->drawRoundedRect(l.bubble, 8, 8);
    p->setFont(option.font);
    p->setPen(pending ? dim : QColor(0x1f, 0x29, 0x37));
    p->drawText(l.text, Qt::TextWordWrap, text);
    p->restore();
}

} // namespace baton
