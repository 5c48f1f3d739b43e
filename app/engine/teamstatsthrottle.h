#pragma once

#include <QtGlobal>
#include <optional>

namespace baton {

// TEAM_STATS go out at most once per interval, and only after something changed: a busy team
// must not flood a team lead's screen, and a quiet one must not cost a snapshot a second.
class TeamStatsThrottle {
public:
    explicit TeamStatsThrottle(qint64 intervalMs = 1000) : m_intervalMs(intervalMs) {}

    void changed() { m_dirty = true; }
    bool due(qint64 nowMs) const { return m_dirty && (m_lastMs < 0 || nowMs >= m_lastMs + m_intervalMs); }
    void sent(qint64 nowMs)
    {
        m_dirty = false;
        m_lastMs = nowMs;
    }
    void reset() { m_dirty = false; }
    // When the pending change may go out; nullopt when nothing is pending.
    std::optional<qint64> nextMs() const
    {
        if (!m_dirty)
            return std::nullopt;
        return m_lastMs < 0 ? 0 : m_lastMs + m_intervalMs;
    }

private:
    qint64 m_intervalMs;
    qint64 m_lastMs = -1;
    bool m_dirty = false;
};

} // namespace baton
