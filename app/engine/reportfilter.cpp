#include "engine/reportfilter.h"

#include "core/jsonvalues.h"
#include "core/transfer.h"

#include <QJsonArray>

namespace baton {

namespace {
void add(QStringList &conditions, QVariantList *values, const QString &sql, const QVariantList &bound)
{
    conditions.append(sql);
    values->append(bound);
}

QString joined(const QStringList &conditions)
{
    return conditions.isEmpty() ? QStringLiteral("1") : conditions.join(QStringLiteral(" AND "));
}
} // namespace

std::optional<KeysetCursor> KeysetCursor::parse(const QString &text)
{
    bool msOk = false;
    bool idOk = false;
    KeysetCursor c{text.section(QLatin1Char(':'), 0, 0).toLongLong(&msOk), text.section(QLatin1Char(':'), 1, 1).toLongLong(&idOk)};
    if (!msOk || !idOk || text.count(QLatin1Char(':')) != 1)
        return std::nullopt;
    return c;
}

QString KeysetCursor::condition(const QString &msColumn, const QString &idColumn, QVariantList *values) const
{
    values->append({ms, ms, id});
    return QStringLiteral(" AND (%1 < ? OR (%1 = ? AND %2 < ?))").arg(msColumn, idColumn);
}

std::optional<ReportFilter> ReportFilter::fromJson(const QJsonObject &p, QString *errorOut)
{
    QString ignored;
    QString *error = errorOut ? errorOut : &ignored;
    ReportFilter f;
    f.fromMs = jsonInteger(p, QLatin1String("fromMs"));
    f.toMs = jsonInteger(p, QLatin1String("toMs"));
    if (f.fromMs > 0 && f.toMs > 0 && f.toMs <= f.fromMs) {
        *error = QStringLiteral("\"toMs\" must be later than \"fromMs\"");
        return std::nullopt;
    }
    for (const QJsonValue &v : p.value(QStringLiteral("states")).toArray()) {
        bool valid = false;
        const TransferState state = transferStateFromName(v.toString(), &valid);
        if (!valid) {
            *error = QStringLiteral("\"states\" may hold pending, accepted, rejected, timeout and cancelled");
            return std::nullopt;
        }
        f.states.append(transferStateName(state));
    }
    f.agent = p.value(QStringLiteral("agent")).toString();
    f.department = p.value(QStringLiteral("department")).toString();
    if (p.value(QStringLiteral("crossDepartment")).isBool())
        f.crossDepartment = p.value(QStringLiteral("crossDepartment")).toBool();
    f.reasonContains = p.value(QStringLiteral("reasonContains")).toString();
    f.skill = p.value(QStringLiteral("skill")).toString();
    f.conversationId = jsonInteger(p, QLatin1String("conversationId"));
    f.utcOffsetMinutes = p.value(QStringLiteral("utcOffsetMinutes")).toInt();
    return f;
}

QString ReportFilter::transferConditions(QVariantList *values) const
{
    QStringList c;
    if (fromMs > 0)
        add(c, values, QStringLiteral("t.created_ms >= ?"), {fromMs});
    if (toMs > 0)
        add(c, values, QStringLiteral("t.created_ms < ?"), {toMs});
    if (!states.isEmpty()) {
        QStringList marks;
        for (const QString &s : states) {
            marks.append(QStringLiteral("?"));
            values->append(s);
        }
        c.append(QStringLiteral("t.state IN (%1)").arg(marks.join(QLatin1Char(','))));
    }
    if (!agent.isEmpty())
        add(c, values, QStringLiteral("(t.from_agent = ? OR t.to_agent = ?)"), {agent, agent});
    if (!department.isEmpty())
        add(c, values, QStringLiteral("(t.from_department = ? OR t.to_department = ?)"), {department, department});
    if (crossDepartment)
        c.append(*crossDepartment ? QStringLiteral("t.from_department <> t.to_department")
                                  : QStringLiteral("t.from_department = t.to_department"));
    if (!reasonContains.isEmpty())
        add(c, values, QStringLiteral("instr(t.reason, ?) > 0"), {reasonContains});
    if (!skill.isEmpty())
        add(c, values, QStringLiteral("c.skill = ?"), {skill});
    if (conversationId > 0)
        add(c, values, QStringLiteral("t.conversation_id = ?"), {conversationId});
    if (scope.kind == ReportScope::Agent)
        add(c, values, QStringLiteral("(t.from_agent = ? OR t.to_agent = ?)"), {scope.value, scope.value});
    else if (scope.kind == ReportScope::Department)
        add(c, values, QStringLiteral("(t.from_department = ? OR t.to_department = ?)"), {scope.value, scope.value});
    if (unsummarizedOnly)
        c.append(QStringLiteral("c.summarized = 0"));
    return joined(c);
}

bool ReportFilter::needsHandlingAgent() const
{
    return !department.isEmpty() || scope.kind == ReportScope::Department;
}

QString ReportFilter::conversationConditions(QVariantList *values) const
{
    QStringList c;
    if (fromMs > 0)
        add(c, values, QStringLiteral("c.created_ms >= ?"), {fromMs});
    if (toMs > 0)
        add(c, values, QStringLiteral("c.created_ms < ?"), {toMs});
    if (!agent.isEmpty())
        add(c, values, QStringLiteral("COALESCE(c.closed_by, c.owner_id) = ?"), {agent});
    if (!department.isEmpty())
        add(c, values, QStringLiteral("h.department = ?"), {department});
    if (!skill.isEmpty())
        add(c, values, QStringLiteral("c.skill = ?"), {skill});
    if (conversationId > 0)
        add(c, values, QStringLiteral("c.id = ?"), {conversationId});
    if (scope.kind == ReportScope::Agent)
        add(c, values, QStringLiteral("COALESCE(c.closed_by, c.owner_id) = ?"), {scope.value});
    else if (scope.kind == ReportScope::Department)
        add(c, values, QStringLiteral("h.department = ?"), {scope.value});
    if (unsummarizedOnly)
        c.append(QStringLiteral("c.summarized = 0"));
    return joined(c);
}

} // namespace baton
