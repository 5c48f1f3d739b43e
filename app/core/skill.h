#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace baton {

// How well an agent knows a skill. The weights of 004's matching algorithm hang off these levels.
enum class Proficiency { None = 0, General = 1, Secondary = 2, Primary = 3 };

QString proficiencyName(Proficiency p);
// Returns Proficiency::None for unknown names; callers that validate input check `ok`.
Proficiency proficiencyFromName(const QString &name, bool *ok = nullptr);
// 004: primary skill 80 %, secondary 60 %, general 40 %.
double proficiencyMatch(Proficiency p);

struct SkillEntry {
    QString skill;
    Proficiency proficiency = Proficiency::None;
    bool operator==(const SkillEntry &) const = default;
};

using SkillList = QList<SkillEntry>;

Proficiency proficiencyFor(const SkillList &skills, const QString &skill);
QJsonArray skillsToJson(const SkillList &skills);
SkillList skillsFromJson(const QJsonArray &array);

} // namespace baton
