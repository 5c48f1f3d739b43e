#pragma once

#include "core/agent.h"
#include "engine/agentstate.h"
#include "engine/recommenderweights.h"

#include <QJsonObject>
#include <QSet>
#include <optional>
#include <vector>

namespace baton {

struct CandidateFilter {
    QString query; // part of the name or id, case-insensitive
    QString department;
    QString skill;
    std::optional<AgentStatus> status;

    bool matches(const Agent &agent) const;
};

struct RecommendRequest {
    QStringList requiredSkills;
    QString subject; // matched against expertise tags
    bool urgent = false;
    const Agent *initiator = nullptr; // nullptr for automatic routing
    QSet<QString> excluded;           // owner, and agents who declined this attempt
    CandidateFilter filter;
    int limit = 10;
};

struct ScoreParts {
    double skill = 0;
    double load = 0;
    double experience = 0;
    double urgency = 0;
    double total = 0;
};

struct Recommendation {
    const AgentState *candidate = nullptr;
    ScoreParts parts;
    QString matchedSkill;
    Proficiency proficiency = Proficiency::None;
    QString matchedTag;

    // Profile, live load, score parts and the reasons a UI shows as "why".
    QJsonObject toJson() const;
};

// F1.2: ranks online agents with free capacity who may receive from the initiator.
class Recommender {
public:
    explicit Recommender(const RecommenderWeights &weights)
        : m_weights(weights)
    {
    }

    std::vector<Recommendation> recommend(const std::vector<AgentState> &agents, const RecommendRequest &request) const;
    ScoreParts score(const AgentState &agent, const RecommendRequest &request, QString *matchedSkill,
                     Proficiency *proficiency, QString *matchedTag) const;

private:
    RecommenderWeights m_weights;
};

} // namespace baton
