#include "server/ratelimiter.h"

#include <algorithm>

namespace baton {

RateLimiter::RateLimiter(double ratePerSecond, double burst)
    : m_rate(ratePerSecond)
    , m_burst(burst)
    , m_tokens(burst)
{
    m_timer.start();
}

bool RateLimiter::allow()
{
    const double elapsed = double(m_timer.restart()) / 1000.0;
    m_tokens = std::min(m_burst, m_tokens + elapsed * m_rate);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

} // namespace baton
