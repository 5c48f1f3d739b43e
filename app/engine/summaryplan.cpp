#include "engine/summaryplan.h"

#include "engine/reportsummary.h"

namespace baton {

std::optional<SummaryPlan> SummaryPlan::aligned(int grain, qint64 widthMs, const ReportFilter &filter)
{
    SummaryPlan p{grain, widthMs, 0, 0};
    if (filter.fromMs > 0)
        p.fromMs = (filter.fromMs + widthMs - 1) / widthMs * widthMs;
    if (filter.toMs > 0)
        p.toMs = filter.toMs / widthMs * widthMs;
    if (filter.toMs > 0 && (p.toMs == 0 || p.fromMs >= p.toMs))
        return std::nullopt; // shorter than one bucket: the rows are few anyway
    return p;
}

std::optional<SummaryPlan> SummaryPlan::forTransfers(const ReportFilter &f, ReportGrouping::Kind g)
{
    using RS = ReportSummary;
    if (!f.agent.isEmpty() || f.scope.kind == ReportScope::Agent || !f.reasonContains.isEmpty() ||
        f.conversationId > 0)
        return std::nullopt;
    const bool skill = !f.skill.isEmpty() || g == ReportGrouping::Skill;
    if (ReportGrouping::isTime(g)) {
        if (skill || f.utcOffsetMinutes % 60 != 0)
            return std::nullopt;
        return aligned(RS::TransfersByHour, RS::hourMs, f);
    }
    if (g == ReportGrouping::Agent || g == ReportGrouping::Reason) {
        if (skill)
            return std::nullopt;
        return aligned(g == ReportGrouping::Agent ? RS::TransfersByAgentDay : RS::TransfersByReasonDay,
                       RS::dayMs, f);
    }
    // Skill, department, in- vs cross-department: every grain keeps both departments; the reason
    // grain has the fewest rows when no skill is asked for.
    return aligned(skill ? RS::TransfersBySkillDay : RS::TransfersByReasonDay, RS::dayMs, f);
}

std::optional<SummaryPlan> SummaryPlan::forService(const ReportFilter &f, ReportGrouping::Kind g)
{
    using RS = ReportSummary;
    if (f.conversationId > 0)
        return std::nullopt;
    // The department is the handling agent's, looked up at reading time as the row path does.
    const bool agent = !f.agent.isEmpty() || !f.department.isEmpty() ||
                       f.scope.kind != ReportScope::Everything || g == ReportGrouping::Agent ||
                       g == ReportGrouping::Department;
    const bool skill = !f.skill.isEmpty() || g == ReportGrouping::Skill;
    if (agent && skill)
        return std::nullopt;
    if (ReportGrouping::isTime(g)) {
        if (skill || f.utcOffsetMinutes % 60 != 0)
            return std::nullopt;
        return aligned(agent ? RS::ServiceByAgentHour : RS::ServiceByHour, RS::hourMs, f);
    }
    if (agent)
        return aligned(RS::ServiceByAgentDay, RS::dayMs, f);
    if (skill)
        return aligned(RS::ServiceBySkillDay, RS::dayMs, f);
    return aligned(RS::ServiceByHour, RS::hourMs, f); // by escalation reason: every row keeps it
}

QList<ReportFilter> SummaryPlan::rowScans(const ReportFilter &filter) const
{
    QList<ReportFilter> scans;
    if (filter.fromMs > 0 && filter.fromMs < fromMs) {
        ReportFilter before = filter;
        before.toMs = fromMs;
        scans.append(before);
    }
    if (filter.toMs > 0 && toMs < filter.toMs) {
        ReportFilter after = filter;
        after.fromMs = toMs;
        scans.append(after);
    }
    ReportFilter open = filter;
    open.fromMs = fromMs;
    open.toMs = toMs;
    open.unsummarizedOnly = true;
    scans.append(open);
    return scans;
}

QString SummaryPlan::bucketConditions(QVariantList *values) const
{
    QString sql;
    if (fromMs > 0) {
        sql += QStringLiteral(" AND s.bucket >= ?");
        values->append(fromMs / widthMs);
    }
    if (toMs > 0) {
        sql += QStringLiteral(" AND s.bucket < ?");
        values->append(toMs / widthMs);
    }
    return sql;
}

} // namespace baton
