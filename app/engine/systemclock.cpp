#include "engine/systemclock.h"

#include <QDateTime>
#include <algorithm>

namespace baton {

SystemClock::SystemClock(QObject *parent)
    : Clock(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_deadline = 0;
        emit wake();
    });
}

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

void SystemClock::wakeAt(qint64 deadlineMs)
{
    if (m_timer.isActive() && m_deadline <= deadlineMs)
        return;
    m_deadline = deadlineMs;
    m_timer.start(int(std::clamp<qint64>(deadlineMs - nowMs(), 0, 24LL * 3600 * 1000)));
}

} // namespace baton
