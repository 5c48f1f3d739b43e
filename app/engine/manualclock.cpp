#include "engine/manualclock.h"

namespace baton {

ManualClock::ManualClock(qint64 startMs, QObject *parent)
    : Clock(parent)
    , m_now(startMs)
{
}

void ManualClock::wakeAt(qint64 deadlineMs)
{
    if (m_deadline == 0 || deadlineMs < m_deadline)
        m_deadline = deadlineMs;
}

void ManualClock::advance(qint64 ms)
{
    m_now += ms;
    if (m_deadline != 0 && m_deadline <= m_now) {
        m_deadline = 0;
        emit wake();
    }
}

} // namespace baton
