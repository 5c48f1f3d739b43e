#include "engine/responsetimerule.h"

namespace baton {

void ResponseTimeRule::configure(qint64 warnAfterMs, qint64 leadAfterMs)
{
    m_warnMs = warnAfterMs;
    m_leadMs = leadAfterMs;
}

void ResponseTimeRule::customerWrote(qint64 conversationId, qint64 nowMs)
{
    if (enabled() && !m_waiting.contains(conversationId))
        m_waiting.insert(conversationId, {nowMs, m_warnMs <= 0, m_leadMs <= 0});
}

QList<ResponseTimeRule::Overdue> ResponseTimeRule::due(qint64 nowMs)
{
    QList<Overdue> list;
    for (auto it = m_waiting.begin(); it != m_waiting.end(); ++it) {
        const qint64 waited = nowMs - it->sinceMs;
        if (!it->warned && waited >= m_warnMs) {
            it->warned = true;
            list.append({it.key(), waited, false});
        }
        if (!it->leadTold && waited >= m_leadMs) {
            it->leadTold = true;
            list.append({it.key(), waited, true});
        }
    }
    return list;
}

std::optional<qint64> ResponseTimeRule::nextMs() const
{
    std::optional<qint64> next;
    for (const Waiting &w : m_waiting) {
        for (const auto &[done, after] : {std::pair{w.warned, m_warnMs}, std::pair{w.leadTold, m_leadMs}}) {
            if (!done && (!next || w.sinceMs + after < *next))
                next = w.sinceMs + after;
        }
    }
    return next;
}

} // namespace baton
