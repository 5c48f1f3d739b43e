#include "client/candidatemodel.h"

namespace baton {

CandidateModel::CandidateModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void CandidateModel::setCandidates(const QList<Candidate> &candidates)
{
    beginResetModel();
    m_candidates = candidates;
    endResetModel();
}

QString CandidateModel::agentIdAt(int row) const
{
    const Candidate *c = candidateAt(row);
    return c ? c->agent.agent.id : QString();
}

const Candidate *CandidateModel::candidateAt(int row) const
{
    return row >= 0 && row < m_candidates.size() ? &m_candidates.at(row) : nullptr;
}

int CandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

QVariant CandidateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Candidate &c = m_candidates.at(index.row());
    const Agent &agent = c.agent.agent;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return agent.displayName;
    case AgentIdRole: return agent.id;
    case DepartmentRole: return agent.department;
    case StatusRole: return agentStatusName(agent.status);
    case LoadRole: return c.agent.usedCapacity();
    case MaxSessionsRole: return agent.maxSessions;
    case ScoreRole: return c.score;
    case SelectableRole: return agent.status == AgentStatus::Online && c.agent.usedCapacity() < agent.maxSessions;
    case CandidateRole: return QVariant::fromValue(c);
    default: return {};
    }
}

QHash<int, QByteArray> CandidateModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{AgentIdRole, "agentId"},
                  {NameRole, "name"},
                  {DepartmentRole, "department"},
                  {StatusRole, "status"},
                  {LoadRole, "load"},
                  {MaxSessionsRole, "maxSessions"},
                  {ScoreRole, "score"},
                  {SelectableRole, "selectable"},
                  {CandidateRole, "candidate"}});
    return names;
}

} // namespace baton
