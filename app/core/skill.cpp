#include "core/skill.h"

#include "core/enumnames.h"

#include <QJsonObject>

namespace baton {

QString proficiencyName(Proficiency p)
{
    switch (p) {
    case Proficiency::Primary: return QStringLiteral("primary");
    case Proficiency::Secondary: return QStringLiteral("secondary");
    case Proficiency::General: return QStringLiteral("general");
    case Proficiency::None: break;
    }
    return QStringLiteral("none");
}

Proficiency proficiencyFromName(const QString &name, bool *ok)
{
    static const Proficiency all[] = {Proficiency::Primary, Proficiency::Secondary, Proficiency::General,
                                      Proficiency::None};
    return enumFromName(name, all, proficiencyName, Proficiency::None, ok);
}

double proficiencyMatch(Proficiency p)
{
    switch (p) {
    case Proficiency::Primary: return 0.8;
    case Proficiency::Secondary: return 0.6;
    case Proficiency::General: return 0.4;
    case Proficiency::None: break;
    }
    return 0.0;
}

Proficiency proficiencyFor(const SkillList &skills, const QString &skill)
{
    for (const SkillEntry &entry : skills) {
        if (entry.skill == skill)
            return entry.proficiency;
    }
    return Proficiency::None;
}

QJsonArray skillsToJson(const SkillList &skills)
{
    QJsonArray array;
    for (const SkillEntry &entry : skills)
        array.append(QJsonObject{{QStringLiteral("skill"), entry.skill},
                                 {QStringLiteral("proficiency"), proficiencyName(entry.proficiency)}});
    return array;
}

SkillList skillsFromJson(const QJsonArray &array)
{
    SkillList skills;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        skills.append({object.value(QStringLiteral("skill")).toString(),
                       proficiencyFromName(object.value(QStringLiteral("proficiency")).toString())});
    }
    return skills;
}

} // namespace baton
