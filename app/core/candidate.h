#pragma once

#include "core/agentview.h"

#include <QList>
#include <QMetaType>

namespace baton {

// One reason why a colleague is recommended, as data: the UI words it in the user's language.
struct CandidateReason {
    enum class Kind { Skill, Tag, Load, Rating, Resolution, Urgent, Unknown };
    Kind kind = Kind::Unknown;
    QString code;        // the wire code, kept for kinds this build does not know
    QString skill;       // Skill: empty when the colleague takes general questions
    Proficiency proficiency = Proficiency::None;
    QString tag;         // Tag
    int load = 0;        // Load
    int max = 0;         // Load
    double value = 0;    // Rating (1–5), Resolution (0–1)
    int level = 0;       // Urgent

    QJsonObject toJson() const;
    static CandidateReason fromJson(const QJsonObject &object);
};

// A recommended transfer target (F1.2) with its score, the parts it is made of and the reasons.
struct Candidate {
    AgentView agent;
    double score = 0;
    double skillPart = 0;
    double loadPart = 0;
    double experiencePart = 0;
    double urgencyPart = 0;
    QList<CandidateReason> reasons;

    QJsonObject toJson() const;
    static Candidate fromJson(const QJsonObject &object);
    static QList<Candidate> listFromJson(const QJsonArray &array);
};

} // namespace baton

// Carried whole through item-model roles.
Q_DECLARE_METATYPE(baton::Candidate)
