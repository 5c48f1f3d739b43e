#include "queuetiledelegate.h"

#include "client/teamroles.h"
#include "uitext.h"

#include <QPainter>

namespace baton {

QSize QueueTileDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return {m_width, tileHeight};
}

QColor QueueTileDelegate::waitColor(qint64 waitedMs, qint64 targetMs)
{
    if (waitedMs >= targetMs)
        return QColor(0xc6, 0x28, 0x28);
    if (waitedMs * 2 >= targetMs)
        return QColor(0xb2, 0x6a, 0x00);
    return QColor(0x1e, 0x7e, 0x34);
}

void QueueTileDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRect tile = option.rect.adjusted(4, 4, -4, -4);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    p->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), selected ? 2 : 1));
    p->setBrush(pal.color(QPalette::Base));
    p->drawRoundedRect(tile, 6, 6);

    const int waiting = index.data(TeamRole::Waiting).toInt();
    const qint64 longest = index.data(TeamRole::ElapsedMs).toLongLong();
    const qint64 target = index.data(TeamRole::TargetMs).toLongLong();
    const QRect inner = tile.adjusted(10, 6, -10, -6);
    QFont font = option.font;
    font.setBold(true);
    p->setFont(font);
    p->setPen(pal.color(QPalette::Text));
    const QFontMetrics nameMetrics(font);
    p->drawText(
        QRect(inner.left(), inner.top(), inner.width(), nameMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        nameMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, inner.width()));

    QFont big = option.font;
    big.setPointSizeF(option.font.pointSizeF() * 1.9);
    big.setBold(true);
    p->setFont(big);
    const QFontMetrics bigMetrics(big);
    const QRect numberRect(inner.left(), inner.top() + nameMetrics.height(),
                           bigMetrics.horizontalAdvance(QString::number(waiting)) + 8, bigMetrics.height());
    p->setPen(waiting > 0 ? waitColor(longest, target) : pal.color(QPalette::PlaceholderText));
    p->drawText(numberRect, Qt::AlignLeft | Qt::AlignVCenter, QString::number(waiting));

    p->setFont(option.font);
    const QFontMetrics small(option.font);
    const int textLeft = numberRect.right() + 2;
    const QRect beside(textLeft, numberRect.top(), inner.right() - textLeft, numberRect.height());
    p->setPen(waiting > 0 ? waitColor(longest, target) : pal.color(QPalette::PlaceholderText));
    p->drawText(beside, Qt::AlignLeft | Qt::AlignVCenter,
                small.elidedText(waiting > 0 ? tr("longest %1").arg(UiText::waitingTime(longest / 1000))
                                             : tr("none waiting"),
                                 Qt::ElideRight, beside.width()));

    // Today's service level against the queue's own target, e.g. "today 92% ≤ 20 s".
    const double share = index.data(TeamRole::Share).toDouble();
    const double targetShare = index.data(TeamRole::TargetShare).toDouble();
    const int served = index.data(TeamRole::ServedToday).toInt();
    const QRect bottom(inner.left(), inner.bottom() - small.height(), inner.width(), small.height());
    p->setPen(served == 0            ? pal.color(QPalette::PlaceholderText)
              : share >= targetShare ? QColor(0x1e, 0x7e, 0x34)
                                     : QColor(0xc6, 0x28, 0x28));
    const QString targetText = UiText::waitingTime(target / 1000);
    const QString today = served == 0 ? tr("target ≤ %1").arg(targetText)
                                      : tr("today %1% ≤ %2").arg(qRound(share * 100)).arg(targetText);
    p->drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
                small.elidedText(today, Qt::ElideRight, bottom.width()));
    p->restore();
}

} // namespace baton
