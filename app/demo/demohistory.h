#pragma once

#include <QString>

namespace baton {

class Database;
class TeamConfig;

// Ninety days of plausible past for the demo team, written once into the engine's file so that
// every report and chart has something true to show and the recommender's figures (rating,
// resolution, experience per skill) come from a history in which colleagues really differ.
// Deterministic: the same seed and end time give the same rows.
class DemoHistory {
public:
    struct Options {
        qint64 endMs = 0;           // the newest history ends here (usually "now" minus an hour)
        int days = 90;
        int conversations = 20'000;
        quint32 seed = 20261202;
        int utcOffsetMinutes = 480; // the demo team works on Beijing time
    };
    struct Summary {
        int conversations = 0;
        int transfers = 0;
        int messages = 0;
        bool alreadyThere = false;
    };

    // Writes the history in one transaction unless the file already has it (a marker in `meta`).
    // Call before the engine loads its state, so the agents' performance starts from it.
    static bool seedOnce(Database &db, const TeamConfig &team, const Options &options, Summary *summary,
                         QString *error);
};

} // namespace baton
