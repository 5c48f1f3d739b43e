#pragma once

#include <QList>
#include <deque>
#include <optional>

namespace baton {

// F5.5: how long a waiting customer will probably wait, from recent handling times (assignment to
// close) rather than a constant. With S conversation slots open in parallel and a typical handling
// time H, a slot frees every H / S on average, so the customer at position p waits about p × H / S.
class QueueEstimator {
public:
    explicit QueueEstimator(qint64 fallbackHandlingMs = 240'000, int window = 50);

    void load(const QList<qint64> &durationsOldestFirst);
    void record(qint64 handlingMs);
    // Median of the recent window; the fallback until the first conversation closes.
    qint64 typicalHandlingMs() const;
    int samples() const { return int(m_recent.size()); }
    // nullopt when nobody is online to serve the queue.
    std::optional<qint64> estimateWaitMs(qsizetype position, int servingSlots) const;

private:
    qint64 m_fallbackMs;
    size_t m_window;
    std::deque<qint64> m_recent;
};

} // namespace baton
