#pragma once

#include "engine/clock.h"

#include <QTimer>

namespace baton {

class SystemClock : public Clock {
    Q_OBJECT
public:
    explicit SystemClock(QObject *parent = nullptr);
    qint64 nowMs() const override;
    void wakeAt(qint64 deadlineMs) override;

private:
    QTimer m_timer;
    qint64 m_deadline = 0;
};

} // namespace baton
