#pragma once

#include <QJsonObject>
#include <QString>

// Typed payloads of the agent requests whose payload is more than one id (docs/protocol.md).
namespace baton::request {

// LIST_AGENTS and RECOMMEND filters; empty fields are left out.
struct CandidateQuery {
    QString text;       // part of a name or id (pinyin and initials too)
    QString department; // department id
    QString skill;
    QString status;     // online | away | busy | offline; empty: the engine's default
    int limit = 0;      // 0: the engine's default

    QJsonObject toPayload() const
    {
        QJsonObject p;
        if (!text.isEmpty())
            p.insert(QStringLiteral("query"), text);
        if (!department.isEmpty())
            p.insert(QStringLiteral("department"), department);
        if (!skill.isEmpty())
            p.insert(QStringLiteral("skill"), skill);
        if (!status.isEmpty())
            p.insert(QStringLiteral("status"), status);
        if (limit > 0)
            p.insert(QStringLiteral("limit"), limit);
        return p;
    }
};

} // namespace baton::request
