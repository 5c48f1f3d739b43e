#include "conversationdelegate.h"

#include "client/conversationlistmodel.h"
#include "painthelpers.h"
#include "uitext.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>

namespace baton {

namespace {
constexpr int rowHeight = 62;
constexpr int margin = 8;
constexpr int avatarSize = 36;
constexpr int longWaitSeconds = 60; // 003: first response within 20 s is the reference; a minute is late
} // namespace

ConversationDelegate::ConversationDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    // Narrow on purpose: the list gives every row its own width, and a wide hint would bring a
    // horizontal scroll bar (and cut times) when the window is small.
    return {120, rowHeight};
}

void ConversationDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    using M = ConversationListModel;
    p->save();
    const QRect r = option.rect;
    const bool selected = option.state & QStyle::State_Selected;
    const bool offered = index.data(M::OfferedRole).toBool();
    const bool readOnly = index.data(M::ReadOnlyRole).toBool() && !offered;
    const int priority = index.data(M::PriorityRole).toInt();
    const QPalette &pal = option.palette;

    QColor background = pal.color(QPalette::Base);
    if (offered)
        background = QColor(0xff, 0xf3, 0xcd);
    if (selected)
        background = pal.color(QPalette::Highlight).lighter(offered ? 120 : 170);
    p->fillRect(r, background);
    if (priority > 0)
        p->fillRect(QRect(r.left(), r.top(), 4, r.height()), paint::urgencyColor(priority));
    if (offered)
        p->fillRect(QRect(r.left(), r.top(), 4, r.height()), QColor(0xf5, 0x9e, 0x0b));
    p->setPen(pal.color(QPalette::Midlight));
    p->drawLine(r.bottomLeft(), r.bottomRight());

    QFont nameFont = option.font;
    nameFont.setBold(true);
    QFont smallFont = option.font;
    smallFont.setPointSizeF(option.font.pointSizeF() * 0.85);
    // On the selection colour the usual grey would vanish: a selected read-only row is dimmed less.
    const QColor dimColor =
        selected ? QColor(0x37, 0x41, 0x51) : pal.color(QPalette::Disabled, QPalette::Text);
    const QColor textColor = !readOnly ? pal.color(QPalette::Text) : dimColor;

    const QString name = index.data(M::CustomerNameRole).toString();
    const QRect face(r.left() + margin + 4, r.top() + (rowHeight - avatarSize) / 2, avatarSize, avatarSize);
    paint::avatar(p, face, name, readOnly ? QColor(0x9c, 0xa3, 0xaf) : paint::keyColor(name));
    const int textLeft = face.right() + 10;

    // First line: name, badges ... waiting time.
    const int top = r.top() + margin;
    int x = textLeft;
    p->setFont(nameFont);
    p->setPen(textColor);
    const int nameWidth = std::min(QFontMetrics(nameFont).horizontalAdvance(name), r.width() / 2);
    p->drawText(QRect(x, top, nameWidth, 20), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(nameFont).elidedText(name, Qt::ElideRight, nameWidth));
    x += nameWidth + 6;
    p->setFont(smallFont);
    // Several "访客" look alike: their number and first words tell them apart.
    if (const QString other = index.data(M::DistinguisherRole).toString(); !other.isEmpty()) {
        const int room = std::max(0, r.right() - 110 - x);
        const int w = std::min(QFontMetrics(smallFont).horizontalAdvance(other), room / 2);
        p->setPen(dimColor);
        p->drawText(QRect(x, top, w, 20), Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetrics(smallFont).elidedText(other, Qt::ElideRight, w));
        x += w + 6;
    }
    if (const int vip = index.data(M::VipLevelRole).toInt(); vip > 0)
        x += paint::pill(p, {x, top + 2}, QStringLiteral("VIP%1").arg(vip), QColor(0xd4, 0xa0, 0x17),
                         Qt::white, 16) +
             4;
    const QString escalation = index.data(M::EscalationRole).toString();
    if (priority >= 1 && !escalation.isEmpty() && escalation != QLatin1String("button") &&
        escalation != QLatin1String("asked"))
        x += paint::pill(p, {x, top + 2}, UiText::escalation(escalation, {}).section(QLatin1Char(':'), 0, 0),
                         paint::urgencyColor(std::max(priority, 1)), Qt::white, 16) +
             4;

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 waitingSince = index.data(M::WaitingSinceRole).toLongLong();
    QString corner;
    QColor cornerColor = dimColor;
    if (!readOnly && waitingSince > 0) {
        const qint64 seconds = std::max<qint64>(0, (now - waitingSince) / 1000);
        corner = tr("waiting %1").arg(UiText::waitingTime(seconds));
        if (seconds >= longWaitSeconds)
            cornerColor = QColor(0xc6, 0x28, 0x28);
    } else if (const qint64 last = index.data(M::LastTimeRole).toLongLong(); last > 0) {
        corner = UiText::clockTime(last);
    }
    p->setPen(cornerColor);
    p->drawText(QRect(r.right() - 110, top, 110 - margin, 20), Qt::AlignRight | Qt::AlignVCenter, corner);

    // Second line: transfer state or last message ... unread.
    const int second = top + 24;
    int right = r.right() - margin;
    if (const int unread = index.data(M::UnreadRole).toInt(); unread > 0) {
        const QString count = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
        const int w = paint::pillWidth(smallFont, count);
        right -= w;
        paint::pill(p, {right, second + 1}, count, QColor(0xe5, 0x39, 0x35), Qt::white, 18);
        right -= 6;
    }
    x = textLeft;
    QString stateText;
    QColor stateColor;
    const QString outgoing = index.data(M::OutgoingTransferStateRole).toString();
    const QString missedFrom = index.data(M::MissedFromRole).toString();
    QString last = index.data(M::LastTextRole).toString().simplified();
    if (offered) {
        stateText = tr("Incoming transfer");
        stateColor = QColor(0xb4, 0x53, 0x09);
    } else if (outgoing == QLatin1String("pending") && !readOnly) {
        stateText = tr("Transferring…");
        stateColor = QColor(0x1d, 0x4e, 0xd8);
    } else if (!missedFrom.isEmpty() && readOnly) {
        // The trace a missed offer leaves: who offered it and when it ran out.
        stateText = tr("Missed transfer");
        stateColor = QColor(0xc6, 0x28, 0x28);
        last =
            tr("from %1 · %2").arg(missedFrom, UiText::clockTime(index.data(M::MissedTimeRole).toLongLong()));
    } else if (index.data(M::OverdueRole).toBool() && !readOnly) {
        // REPLY_OVERDUE: the customer has waited past the team's response-time limit.
        stateText = tr("Reply overdue");
        stateColor = QColor(0xc6, 0x28, 0x28);
    } else if (readOnly) {
        const QString newOwner = index.data(M::NewOwnerNameRole).toString();
        stateText = index.data(M::StateRole).toString() == QLatin1String("closed") ? tr("Closed")
                    : newOwner.isEmpty()                                           ? tr("Transferred")
                                         : tr("To %1").arg(newOwner);
        stateColor = dimColor;
    }
    if (!stateText.isEmpty())
        x += paint::pill(p, {x, second + 1}, stateText, stateColor, Qt::white, 18) + 6;
    p->setPen(dimColor.darker(offered ? 160 : 130));
    p->drawText(QRect(x, second, std::max(0, right - x), 20), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(smallFont).elidedText(last, Qt::ElideRight, std::max(0, right - x)));
    p->restore();
}

} // namespace baton
