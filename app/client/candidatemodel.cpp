#include "client/candidatemodel.h"

#include <QJsonObject>

namespace baton {

CandidateModel::CandidateModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void CandidateModel::setCandidates(const QJsonArray &candidates)
{
    beginResetModel();
    m_candidates = candidates;
    endResetModel();
}

QString CandidateModel::agentIdAt(int row) const
{
    return index(row).data(AgentIdRole).toString();
}

int CandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

QVariant CandidateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject candidate = m_candidates.at(index.row()).toObject();
    const QJsonObject agent = candidate.value(QStringLiteral("agent")).toObject();
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return agent.value(QStringLiteral("name")).toString();
    case AgentIdRole: return agent.value(QStringLiteral("id")).toString();
    case DepartmentRole: return agent.value(QStringLiteral("department")).toString();
    case StatusRole: return agent.value(QStringLiteral("status")).toString();
    case LoadRole: return agent.value(QStringLiteral("load")).toInt();
    case ReservedRole: return agent.value(QStringLiteral("reserved")).toInt();
    case MaxSessionsRole: return agent.value(QStringLiteral("maxSessions")).toInt();
    case SkillsRole: return agent.value(QStringLiteral("skills")).toArray().toVariantList();
    case TagsRole: return agent.value(QStringLiteral("tags")).toVariant().toStringList();
    case ReasonsRole: return candidate.value(QStringLiteral("reasons")).toArray().toVariantList();
    case ScoreRole: return candidate.value(QStringLiteral("score")).toDouble();
    case RatingRole: return agent.value(QStringLiteral("rating")).toDouble();
    case LevelRole: return agent.value(QStringLiteral("level")).toInt();
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
                  {ReservedRole, "reserved"},
                  {MaxSessionsRole, "maxSessions"},
                  {SkillsRole, "skills"},
                  {TagsRole, "tags"},
                  {ReasonsRole, "reasons"},
                  {ScoreRole, "score"},
                  {RatingRole, "rating"},
                  {LevelRole, "level"}});
    return names;
}

} // namespace baton
