#include "painthelpers.h"

#include <QFontMetrics>
#include <QPainter>

namespace baton::paint {

int pillWidth(const QFont &font, const QString &text)
{
    return QFontMetrics(font).horizontalAdvance(text) + 12;
}

int pill(QPainter *painter, const QPoint &topLeft, const QString &text, const QColor &background,
         const QColor &foreground, int height)
{
    const int width = pillWidth(painter->font(), text);
    const QRect rect(topLeft, QSize(width, height));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(background);
    painter->drawRoundedRect(rect, height / 2.0, height / 2.0);
    painter->setPen(foreground);
    painter->drawText(rect, Qt::AlignCenter, text);
    painter->restore();
    return width;
}

QColor statusColor(const QString &status)
{
    if (status == QLatin1String("online")) return QColor(0x2e, 0xa0, 0x43);
    if (status == QLatin1String("away")) return QColor(0xe0, 0xa1, 0x1b);
    if (status == QLatin1String("busy")) return QColor(0xd1, 0x3c, 0x3c);
    return QColor(0x9a, 0x9a, 0x9a);
}

QColor urgencyColor(int priority)
{
    if (priority >= 3) return QColor(0xc6, 0x28, 0x28);
    if (priority == 2) return QColor(0xe5, 0x4b, 0x2b);
    if (priority == 1) return QColor(0xf0, 0x9a, 0x1a);
    return Qt::transparent;
}

} // namespace baton::paint
