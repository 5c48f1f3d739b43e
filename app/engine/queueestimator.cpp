#include "engine/queueestimator.h"

#include <algorithm>
#include <vector>

namespace baton {

QueueEstimator::QueueEstimator(qint64 fallbackHandlingMs, int window)
    : m_fallbackMs(fallbackHandlingMs)
    , m_window(size_t(std::max(1, window)))
{
}

void QueueEstimator::load(const QList<qint64> &durationsOldestFirst)
{
    m_recent.clear();
    for (qint64 d : durationsOldestFirst)
        record(d);
}

void QueueEstimator::record(qint64 handlingMs)
{
    if (handlingMs < 0)
        return;
    m_recent.push_back(handlingMs);
    while (m_recent.size() > m_window)
        m_recent.pop_front();
}

qint64 QueueEstimator::typicalHandlingMs() const
{
    if (m_recent.empty())
        return m_fallbackMs;
    // The median: one abandoned chat left open overnight must not move every estimate.
    std::vector<qint64> sorted(m_recent.begin(), m_recent.end());
    const auto middle = sorted.begin() + qsizetype(sorted.size() / 2);
    std::nth_element(sorted.begin(), middle, sorted.end());
    return *middle;
}

std::optional<qint64> QueueEstimator::estimateWaitMs(qsizetype position, int servingSlots) const
{
    if (servingSlots <= 0)
        return std::nullopt;
    return qint64(position) * typicalHandlingMs() / servingSlots;
}

} // namespace baton
