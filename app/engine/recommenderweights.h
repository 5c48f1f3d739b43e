#pragma once

namespace baton {

// F2.3 LoadBalanceConfig of 004: how much each part of a candidate's score counts.
struct RecommenderWeights {
    double skill = 0.5;
    double load = 0.3;
    double experience = 0.2;
    double urgency = 0.15; // only for urgent conversations
};

} // namespace baton
