#pragma once

#include <QObject>

namespace baton {

// Time source for the engine. Deadlines (transfer timeouts, presence grace) are requested with
// wakeAt(); the clock emits wake() once the time has come. A ManualClock lets tests move time by
// 30 s in microseconds.
class Clock : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual qint64 nowMs() const = 0;
    // Asks for a wake() at or after `deadlineMs`. A later call replaces an earlier, later deadline.
    virtual void wakeAt(qint64 deadlineMs) = 0;

signals:
    void wake();
};

} // namespace baton
