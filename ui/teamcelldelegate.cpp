#include "teamcelldelegate.h"

#include "client/teamroles.h"
#include "painthelpers.h"
#include "uitext.h"

#include <QApplication>
#include <QPainter>

namespace baton {

namespace {
const QColor overloadTint(0xfd, 0xe4, 0xe1);
const QColor barTrack(0xe3, 0xe7, 0xee);
} // namespace

void TeamCellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto kind = CellKind(index.data(TeamRole::Kind).toInt());
    const QVariant elapsed = index.data(TeamRole::ElapsedMs);
    if (kind == CellKind::Duration)
        option->text = UiText::waitingTime(elapsed.toLongLong() / 1000);
    else if (kind == CellKind::Status) {
        const QString status = UiText::agentStatus(index.data(TeamRole::Status).toString());
        option->text = elapsed.isValid()
                           ? tr("%1 · %2").arg(status, UiText::waitingTime(elapsed.toLongLong() / 1000))
                           : status;
    }
    if (index.data(TeamRole::Overloaded).toBool() && !(option->state & QStyle::State_Selected))
        option->backgroundBrush = overloadTint;
}

void TeamCellDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto kind = CellKind(index.data(TeamRole::Kind).toInt());
    if (kind != CellKind::Status && kind != CellKind::LoadBar) {
        QStyledItemDelegate::paint(p, option, index);
        return;
    }
    QStyleOptionViewItem o = option;
    initStyleOption(&o, index);
    const QString text = o.text;
    o.text.clear();
    // Background and selection only: the text is laid out beside the dot or the bar below.
    const QStyle *style = o.widget ? o.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &o, p, o.widget);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(6, 0, -6, 0);
    const bool selected = option.state & QStyle::State_Selected;
    p->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    if (kind == CellKind::Status) {
        const QColor dot = paint::statusColor(index.data(TeamRole::Status).toString());
        p->setBrush(dot);
        p->setPen(Qt::NoPen);
        p->drawEllipse(QRect(r.left(), r.center().y() - 4, 8, 8));
        p->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        p->drawText(r.adjusted(14, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    } else {
        const int load = index.data(TeamRole::Load).toInt();
        const int max = index.data(TeamRole::MaxSessions).toInt();
        const int textWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("00/00")) + 6;
        const QRect bar(r.left(), r.center().y() - 4, std::max(10, r.width() - textWidth), 8);
        p->setPen(Qt::NoPen);
        p->setBrush(barTrack);
        p->drawRoundedRect(bar, 4, 4);
        if (max > 0 && load > 0) {
            const double share = std::min(1.0, double(load) / max);
            p->setBrush(share >= 1      ? QColor(0xd1, 0x3c, 0x3c)
                        : share >= 0.75 ? QColor(0xe0, 0xa1, 0x1b)
                                        : QColor(0x2e, 0xa0, 0x43));
            p->drawRoundedRect(QRect(bar.left(), bar.top(), int(bar.width() * share), bar.height()), 4, 4);
        }
        p->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        p->drawText(QRect(bar.right() + 6, r.top(), textWidth, r.height()), Qt::AlignVCenter | Qt::AlignLeft,
                    text);
    }
    p->restore();
}

} // namespace baton
