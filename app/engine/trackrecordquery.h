#pragma once

#include "engine/agentrecord.h"

#include <QHash>
#include <QList>

namespace baton {

class Database;

// What the engine learns at start from the closed conversations: each agent's track record
// (handled, resolved, rated — overall and per skill, for the recommender) and the latest handling
// times (for the queue's wait estimate). Read once per start, never on a request's path.
class TrackRecordQuery {
public:
    static QHash<QString, HistoryFigures> byAgent(Database &db);
    // Keyed by agent id, then skill.
    static QHash<QString, QHash<QString, HistoryFigures>> byAgentAndSkill(Database &db);
    // Assignment-to-close durations of the most recently closed conversations, oldest first.
    static QList<qint64> recentHandlingTimes(Database &db, int limit);
};

} // namespace baton
