#include "client/teamagentmodel.h"

#include "client/teamroles.h"

namespace baton {

namespace {
bool same(const reply::TeamAgent &a, const reply::TeamAgent &b)
{
    const Agent &x = a.view.agent;
    const Agent &y = b.view.agent;
    return x.displayName == y.displayName && x.status == y.status && x.maxSessions == y.maxSessions &&
           x.rights.mayReceive == y.rights.mayReceive && a.view.load == b.view.load &&
           a.view.reserved == b.view.reserved && a.statusSinceMs == b.statusSinceMs &&
           a.pendingOffers == b.pendingOffers && a.overloaded == b.overloaded && a.chats == b.chats;
}
} // namespace

TeamAgentModel::TeamAgentModel(std::function<qint64()> engineNowMs, QObject *parent)
    : LiveTableModel(parent), m_now(std::move(engineNowMs))
{
}

void TeamAgentModel::apply(const QList<reply::TeamAgent> &agents)
{
    sync(
        m_rows, agents, [](const reply::TeamAgent &a) { return a.id(); }, same);
}

const reply::TeamAgent *TeamAgentModel::agentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int TeamAgentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TeamAgentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamAgentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const reply::TeamAgent &a = m_rows[index.row()];
    switch (role) {
    case TeamRole::Id:
        return a.id();
    case TeamRole::Status:
        return agentStatusName(a.view.agent.status);
    case TeamRole::ElapsedMs:
        return a.statusSinceMs > 0 ? std::max<qint64>(0, m_now() - a.statusSinceMs) : QVariant();
    case TeamRole::Load:
        return a.view.usedCapacity();
    case TeamRole::MaxSessions:
        return a.view.agent.maxSessions;
    case TeamRole::Overloaded:
        return a.overloaded;
    default:
        break;
    }
    const auto column = Column(index.column());
    // Reviewers (supervisors, by default) own no capacity: a load bar would count them as staff.
    const bool routed = a.view.agent.rights.mayReceive;
    if (role == TeamRole::Kind)
        return int(column == StatusColumn           ? CellKind::Status
                   : column == LoadColumn && routed ? CellKind::LoadBar
                                                    : CellKind::Text);
    if (role == Qt::DisplayRole) {
        if (column == NameColumn)
            return a.view.agent.displayName;
        if (column == OffersColumn)
            return a.pendingOffers;
        if (column == LoadColumn)
            return routed ? QStringLiteral("%1/%2").arg(a.view.usedCapacity()).arg(a.view.agent.maxSessions)
                          : tr("reviews, no customers");
    }
    if (role == Qt::ToolTipRole && column == LoadColumn && !routed)
        return tr("The engine routes no customers to %1.").arg(a.view.agent.displayName);
    if (role == Qt::TextAlignmentRole && column == OffersColumn)
        return int(Qt::AlignCenter);
    return {};
}

QVariant TeamAgentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Agent");
    case StatusColumn:
        return tr("Status");
    case LoadColumn:
        return tr("Load");
    case OffersColumn:
        return tr("Offers");
    default:
        return {};
    }
}

} // namespace baton
