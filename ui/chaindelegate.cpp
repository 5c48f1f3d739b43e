#include "chaindelegate.h"

#include "client/chainmodel.h"
#include "painthelpers.h"
#include "uitext.h"

#include <QPainter>

namespace baton {

ChainDelegate::ChainDelegate(DepartmentName departmentName, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_departmentName(std::move(departmentName))
{
}

QSize ChainDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {option.rect.width() > 0 ? option.rect.width() : 220, 58};
}

void ChainDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    using M = ChainModel;
    p->save();
    const QRect r = option.rect.adjusted(18, 4, -4, -4);
    const ChainHop hop = index.data(M::HopRole).value<ChainHop>();
    const bool assigned = hop.kind == ChainHop::Kind::Assigned;
    const QString state = assigned ? QStringLiteral("accepted") : transferStateName(hop.transfer.state);
    const QColor dot = state == QLatin1String("accepted") ? QColor(0x2e, 0xa0, 0x43)
                       : state == QLatin1String("pending") ? QColor(0x1d, 0x4e, 0xd8)
                                                           : QColor(0xc6, 0x28, 0x28);
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QColor(0xd1, 0xd5, 0xdb));
    p->drawLine(option.rect.left() + 9, option.rect.top(), option.rect.left() + 9, option.rect.bottom());
    p->setPen(Qt::NoPen);
    p->setBrush(dot);
    p->drawEllipse(QPoint(option.rect.left() + 9, r.top() + 8), 5, 5);

    QFont bold = option.font;
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(option.palette.color(QPalette::Text));
    const QString to = QStringLiteral("%1 (%2)").arg(hop.toName, m_departmentName(hop.transfer.toDepartment));
    const QString line = assigned ? tr("Routed to %1").arg(to)
                         : hop.kind == ChainHop::Kind::Reassigned ? tr("Reassigned: %1 → %2").arg(hop.fromName, to)
                                                                  : QStringLiteral("%1 → %2").arg(hop.fromName, to);
    p->drawText(QRect(r.left(), r.top(), r.width(), 17), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(bold).elidedText(line, Qt::ElideRight, r.width()));
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p->setFont(small);
    p->setPen(QColor(0x6b, 0x72, 0x80));
    QString detail = UiText::clockTime(hop.timeMs());
    if (!assigned) {
        detail += QStringLiteral(" · ") + UiText::transferState(state);
        if (const QString &reason = hop.transfer.reason; !reason.isEmpty())
            detail += QStringLiteral(": ") + (reason == QLatin1String("offline") ? tr("went offline") : reason);
    }
    p->drawText(QRect(r.left(), r.top() + 17, r.width(), 16), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(small).elidedText(detail, Qt::ElideRight, r.width()));
    const QString problem = hop.transfer.note.problem.simplified();
    p->drawText(QRect(r.left(), r.top() + 33, r.width(), 16), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(small).elidedText(problem, Qt::ElideRight, r.width()));
    p->restore();
}

} // namespace baton
