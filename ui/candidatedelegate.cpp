#include "candidatedelegate.h"

#include "client/candidatemodel.h"
#include "painthelpers.h"
#include "uitext.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace baton {

namespace {
constexpr int rowHeight = 76;
constexpr int margin = 8;

QColor chipColor(const QString &proficiency)
{
    if (proficiency == QLatin1String("primary"))
        return QColor(0x1d, 0x4e, 0xd8);
    if (proficiency == QLatin1String("secondary"))
        return QColor(0x60, 0x8b, 0xe8);
    return QColor(0xb6, 0xc8, 0xf0);
}
} // namespace

CandidateDelegate::CandidateDelegate(DepartmentName departmentName, QObject *parent)
    : QStyledItemDelegate(parent), m_departmentName(std::move(departmentName))
{
}

QSize CandidateDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return {120, rowHeight}; // the list gives rows its width; wider would bring a horizontal scroll bar
}

QString CandidateDelegate::reasonsText(const QModelIndex &index, const QString &separator)
{
    QStringList parts;
    for (const CandidateReason &reason : index.data(CandidateModel::CandidateRole).value<Candidate>().reasons)
        parts.append(UiText::reason(reason));
    return parts.join(separator);
}

void CandidateDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    using M = CandidateModel;
    p->save();
    const QRect r = option.rect;
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    p->fillRect(r, selected ? pal.color(QPalette::Highlight).lighter(175) : pal.color(QPalette::Base));
    if (selected)
        p->fillRect(QRect(r.left(), r.top(), 4, r.height()), pal.color(QPalette::Highlight));
    p->setPen(pal.color(QPalette::Midlight));
    p->drawLine(r.bottomLeft(), r.bottomRight());
    p->setRenderHint(QPainter::Antialiasing);

    // Line 1: status dot, name, department · level ... load bar.
    const Candidate candidate = index.data(M::CandidateRole).value<Candidate>();
    const Agent &agent = candidate.agent.agent;
    const int top = r.top() + margin;
    const QString status = agentStatusName(agent.status);
    // The face in the department's colour, the status as a dot on it.
    const QRect face(r.left() + margin + 4, top, 34, 34);
    paint::avatar(p, face, agent.displayName, paint::keyColor(agent.department));
    p->setPen(QPen(pal.color(QPalette::Base), 2));
    p->setBrush(paint::statusColor(status));
    p->drawEllipse(QPoint(face.right() - 3, face.bottom() - 3), 5, 5);
    const int textLeft = face.right() + 10;
    int x = textLeft;
    QFont bold = option.font;
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(pal.color(QPalette::Text));
    const QString &name = agent.displayName;
    p->drawText(QRect(x, top, 200, 18), Qt::AlignLeft | Qt::AlignVCenter, name);
    x += QFontMetrics(bold).horizontalAdvance(name) + 8;
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p->setFont(small);
    p->setPen(selected ? QColor(0x37, 0x41, 0x51) : pal.color(QPalette::Disabled, QPalette::Text));
    const QString dept = m_departmentName(agent.department);
    p->drawText(QRect(x, top, 260, 18), Qt::AlignLeft | Qt::AlignVCenter,
                tr("%1 · level %2 · %3").arg(dept).arg(agent.level).arg(UiText::agentStatus(status)));

    const int load = candidate.agent.usedCapacity();
    const int max = std::max(1, agent.maxSessions);
    const QRect bar(r.right() - margin - 120, top + 5, 80, 8);
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(0xe5, 0xe7, 0xeb));
    p->drawRoundedRect(bar, 4, 4);
    const double share = std::min(1.0, double(load) / max);
    p->setBrush(share >= 0.8   ? QColor(0xe5, 0x4b, 0x2b)
                : share >= 0.5 ? QColor(0xf0, 0x9a, 0x1a)
                               : QColor(0x2e, 0xa0, 0x43));
    p->drawRoundedRect(QRect(bar.left(), bar.top(), int(bar.width() * share), bar.height()), 4, 4);
    p->setPen(pal.color(QPalette::Text));
    p->drawText(QRect(bar.right() + 6, top, 40, 18), Qt::AlignLeft | Qt::AlignVCenter,
                QStringLiteral("%1/%2").arg(load).arg(max));

    // Line 2: skill chips (by proficiency), then expertise tags.
    int cx = textLeft;
    const int chipTop = top + 22;
    for (const SkillEntry &skill : agent.skills) {
        const QString proficiency = proficiencyName(skill.proficiency);
        const QColor bg = chipColor(proficiency);
        cx += paint::pill(p, {cx, chipTop}, UiText::skill(skill.skill), bg,
                          skill.proficiency == Proficiency::General ? QColor(0x1e, 0x3a, 0x8a) : Qt::white,
                          18) +
              4;
    }
    for (const QString &tag : agent.tags)
        cx += paint::pill(p, {cx, chipTop}, tag, QColor(0xf3, 0xf4, 0xf6), QColor(0x37, 0x41, 0x51), 18) + 4;

    // Line 3: why the engine ranks them here.
    p->setPen(QColor(0x4b, 0x55, 0x63));
    const QRect why(textLeft, chipTop + 24, r.right() - margin - textLeft, 18);
    QString reasons = reasonsText(index, QStringLiteral(" · "));
    if (reasons.isEmpty()) // listed by status, not recommended
        reasons = tr("Not available: %1").arg(UiText::agentStatus(status));
    p->drawText(why, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(small).elidedText(reasons, Qt::ElideRight, why.width()));
    p->restore();
}

bool CandidateDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.isValid()) {
        QToolTip::showText(event->globalPos(), reasonsText(index, QStringLiteral("\n")), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace baton
