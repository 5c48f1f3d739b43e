#pragma once

#include <QElapsedTimer>

namespace baton {

// Token bucket: `ratePerSecond` steady, bursts up to `burst`. One per session, so one noisy client
// cannot starve the engine thread.
class RateLimiter {
public:
    RateLimiter(double ratePerSecond, double burst);
    bool allow();

private:
    double m_rate;
    double m_burst;
    double m_tokens;
    QElapsedTimer m_timer;
};

} // namespace baton
