#pragma once

#include "engine/clock.h"

namespace baton {

// A clock that only moves when told to: advance() emits wake() if a requested deadline passed.
class ManualClock : public Clock {
    Q_OBJECT
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000, QObject *parent = nullptr);
    qint64 nowMs() const override { return m_now; }
    void wakeAt(qint64 deadlineMs) override;

    void advance(qint64 ms);

private:
    qint64 m_now;
    qint64 m_deadline = 0;
};

} // namespace baton
