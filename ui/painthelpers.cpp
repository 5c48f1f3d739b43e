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
    if (status == QLatin1String("online"))
        return QColor(0x2e, 0xa0, 0x43);
    if (status == QLatin1String("away"))
        return QColor(0xe0, 0xa1, 0x1b);
    if (status == QLatin1String("busy"))
        return QColor(0xd1, 0x3c, 0x3c);
    return QColor(0x9a, 0x9a, 0x9a);
}

QColor urgencyColor(int priority)
{
    if (priority >= 3)
        return QColor(0xc6, 0x28, 0x28);
    if (priority == 2)
        return QColor(0xe5, 0x4b, 0x2b);
    if (priority == 1)
        return QColor(0xf0, 0x9a, 0x1a);
    return Qt::transparent;
}

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/baton/ui-icons/%1.svg").arg(QLatin1String(name)));
}

QString initials(const QString &name)
{
    const QString n = name.simplified();
    if (n.isEmpty())
        return QStringLiteral("?");
    if (n.at(0).unicode() >= 0x2e80) // CJK: the surname, the way colleagues are called
        return n.left(1);
    const QStringList words = n.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString out;
    for (const QString &w : words.mid(0, 2))
        out += w.at(0).toUpper();
    return out;
}

QColor keyColor(const QString &key)
{
    // Eight hues at the same darkness, so white text reads on each of them.
    static const QColor colors[] = {QColor(0x25, 0x63, 0xeb), QColor(0x05, 0x96, 0x69),
                                    QColor(0xc2, 0x41, 0x0c), QColor(0x7c, 0x3a, 0xed),
                                    QColor(0xbe, 0x18, 0x5d), QColor(0x08, 0x91, 0xb2),
                                    QColor(0x4d, 0x7c, 0x0f), QColor(0x92, 0x40, 0x0e)};
    // A hash of our own: qHash is seeded per process, and a department must keep its colour.
    quint32 h = 0;
    for (const QChar c : key)
        h = h * 31 + c.unicode();
    return colors[h % (sizeof colors / sizeof colors[0])];
}

void avatar(QPainter *painter, const QRect &rect, const QString &name, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawEllipse(rect);
    QFont f = painter->font();
    f.setBold(true);
    f.setPixelSize(std::max(9, rect.height() * 2 / 5));
    painter->setFont(f);
    painter->setPen(Qt::white);
    painter->drawText(rect, Qt::AlignCenter, initials(name));
    painter->restore();
}

} // namespace baton::paint
