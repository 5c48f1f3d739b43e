#include "core/erlangc.h"

#include <cmath>
#include <limits>

namespace baton {

ErlangC::ErlangC(double arrivalsPerSecond, double averageHandlingSeconds)
    : m_arrivals(std::max(0.0, arrivalsPerSecond)), m_handlingSeconds(std::max(0.0, averageHandlingSeconds)),
      m_load(m_arrivals * m_handlingSeconds)
{
}

double ErlangC::probabilityOfWaiting(int agents) const
{
    if (m_load <= 0)
        return 0;
    if (agents <= 0 || m_load >= agents)
        return 1;
    // Erlang B by its recurrence (no factorials to overflow), then C from B.
    double b = 1;
    for (int k = 1; k <= agents; ++k)
        b = m_load * b / (k + m_load * b);
    return agents * b / (agents - m_load * (1 - b));
}

double ErlangC::averageWaitSeconds(int agents) const
{
    if (m_load <= 0)
        return 0;
    if (agents <= 0 || m_load >= agents)
        return std::numeric_limits<double>::infinity();
    return probabilityOfWaiting(agents) * m_handlingSeconds / (agents - m_load);
}

double ErlangC::serviceLevel(int agents, double targetSeconds) const
{
    if (m_load <= 0)
        return 1;
    if (agents <= 0 || m_load >= agents)
        return 0;
    return 1 -
           probabilityOfWaiting(agents) * std::exp(-(agents - m_load) * targetSeconds / m_handlingSeconds);
}

int ErlangC::agentsNeeded(double targetSeconds, double share) const
{
    if (m_load <= 0)
        return 0;
    for (int c = std::max(1, int(std::floor(m_load)) + 1); c <= 10'000; ++c) {
        if (serviceLevel(c, targetSeconds) >= share)
            return c;
    }
    return -1;
}

} // namespace baton
