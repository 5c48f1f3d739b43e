#pragma once

namespace baton {

// The Erlang C model of a queue: Poisson arrivals at rate λ, exponential handling at rate μ per
// agent, c agents each serving one customer at a time, one first-come-first-served queue, nobody
// abandons. The classic way a contact centre sizes its staff; the team view's what-if and the routing
// benchmark both use it. Rates are per second. Unstable loads (λ ≥ cμ) wait for ever: infinity.
class ErlangC {
public:
    ErlangC(double arrivalsPerSecond, double averageHandlingSeconds);

    double offeredLoad() const { return m_load; } // erlangs, A = λ / μ
    // P(wait > 0) with c agents.
    double probabilityOfWaiting(int agents) const;
    // Average speed of answer in seconds, over all customers (those who wait and those who do not).
    double averageWaitSeconds(int agents) const;
    // The share answered within `targetSeconds`.
    double serviceLevel(int agents, double targetSeconds) const;
    // The fewest agents reaching `share` within `targetSeconds`; 0 without traffic, -1 beyond 10,000.
    int agentsNeeded(double targetSeconds, double share) const;

private:
    double m_arrivals;
    double m_handlingSeconds;
    double m_load;
};

} // namespace baton
