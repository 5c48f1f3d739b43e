#include "core/candidate.h"

#include <QJsonArray>

namespace baton {

namespace {
struct KindName {
    CandidateReason::Kind kind;
    const char *name;
};
constexpr KindName kindNames[] = {{CandidateReason::Kind::Skill, "skill"},   {CandidateReason::Kind::Tag, "tag"},
                                  {CandidateReason::Kind::Load, "load"},     {CandidateReason::Kind::Rating, "rating"},
                                  {CandidateReason::Kind::Resolution, "resolution"},
                                  {CandidateReason::Kind::Urgent, "urgent"}};

CandidateReason::Kind kindFromCode(const QString &code)
{
    for (const KindName &k : kindNames) {
        if (code == QLatin1String(k.name))
            return k.kind;
    }
    return CandidateReason::Kind::Unknown;
}
} // namespace

QJsonObject CandidateReason::toJson() const
{
    QJsonObject o{{QStringLiteral("code"), code}};
    switch (kind) {
    case Kind::Skill:
        o.insert(QStringLiteral("skill"), skill);
        o.insert(QStringLiteral("proficiency"), proficiencyName(proficiency));
        break;
    case Kind::Tag: o.insert(QStringLiteral("tag"), tag); break;
    case Kind::Load:
        o.insert(QStringLiteral("load"), load);
        o.insert(QStringLiteral("max"), max);
        break;
    case Kind::Rating:
    case Kind::Resolution: o.insert(QStringLiteral("value"), value); break;
    case Kind::Urgent: o.insert(QStringLiteral("level"), level); break;
    case Kind::Unknown: break;
    }
    return o;
}

CandidateReason CandidateReason::fromJson(const QJsonObject &o)
{
    CandidateReason r;
    r.code = o.value(QStringLiteral("code")).toString();
    r.kind = kindFromCode(r.code);
    r.skill = o.value(QStringLiteral("skill")).toString();
    r.proficiency = proficiencyFromName(o.value(QStringLiteral("proficiency")).toString());
    r.tag = o.value(QStringLiteral("tag")).toString();
    r.load = o.value(QStringLiteral("load")).toInt();
    r.max = o.value(QStringLiteral("max")).toInt();
    r.value = o.value(QStringLiteral("value")).toDouble();
    r.level = o.value(QStringLiteral("level")).toInt();
    return r;
}

QJsonObject Candidate::toJson() const
{
    QJsonArray reasonArray;
    for (const CandidateReason &r : reasons)
        reasonArray.append(r.toJson());
    return QJsonObject{{QStringLiteral("agent"), agent.toJson()},
                       {QStringLiteral("score"), score},
                       {QStringLiteral("parts"), QJsonObject{{QStringLiteral("skill"), skillPart},
                                                             {QStringLiteral("load"), loadPart},
                                                             {QStringLiteral("experience"), experiencePart},
                                                             {QStringLiteral("urgency"), urgencyPart}}},
                       {QStringLiteral("reasons"), reasonArray}};
}

Candidate Candidate::fromJson(const QJsonObject &o)
{
    Candidate c;
    c.agent = AgentView::fromJson(o.value(QStringLiteral("agent")).toObject());
    c.score = o.value(QStringLiteral("score")).toDouble();
    const QJsonObject parts = o.value(QStringLiteral("parts")).toObject();
    c.skillPart = parts.value(QStringLiteral("skill")).toDouble();
    c.loadPart = parts.value(QStringLiteral("load")).toDouble();
    c.experiencePart = parts.value(QStringLiteral("experience")).toDouble();
    c.urgencyPart = parts.value(QStringLiteral("urgency")).toDouble();
    for (const QJsonValue &r : o.value(QStringLiteral("reasons")).toArray())
        c.reasons.append(CandidateReason::fromJson(r.toObject()));
    return c;
}

QList<Candidate> Candidate::listFromJson(const QJsonArray &array)
{
    QList<Candidate> list;
    list.reserve(array.size());
    for (const QJsonValue &v : array)
        list.append(fromJson(v.toObject()));
    return list;
}

} // namespace baton
