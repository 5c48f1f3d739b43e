#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

// Typed payloads of the supervisor reports (docs/protocol.md, "Report filters").
namespace baton::request {

// The filters LIST_TRANSFERS, TRANSFER_METRICS and SERVICE_METRICS share; empty fields are left out.
struct ReportQuery {
    qint64 fromMs = 0;
    qint64 toMs = 0; // exclusive
    QStringList states;
    QString agent;
    QString department;
    std::optional<bool> crossDepartment;
    QString reasonContains;
    QString skill;
    qint64 conversationId = 0;
    int utcOffsetMinutes = 0;

    QJsonObject toPayload() const
    {
        QJsonObject p;
        if (fromMs > 0)
            p.insert(QStringLiteral("fromMs"), fromMs);
        if (toMs > 0)
            p.insert(QStringLiteral("toMs"), toMs);
        if (!states.isEmpty())
            p.insert(QStringLiteral("states"), QJsonArray::fromStringList(states));
        if (!agent.isEmpty())
            p.insert(QStringLiteral("agent"), agent);
        if (!department.isEmpty())
            p.insert(QStringLiteral("department"), department);
        if (crossDepartment)
            p.insert(QStringLiteral("crossDepartment"), *crossDepartment);
        if (!reasonContains.isEmpty())
            p.insert(QStringLiteral("reasonContains"), reasonContains);
        if (!skill.isEmpty())
            p.insert(QStringLiteral("skill"), skill);
        if (conversationId > 0)
            p.insert(QStringLiteral("conversationId"), conversationId);
        if (utcOffsetMinutes != 0)
            p.insert(QStringLiteral("utcOffsetMinutes"), utcOffsetMinutes);
        return p;
    }
    bool operator==(const ReportQuery &) const = default;
};

} // namespace baton::request
