#include "engine/visitorpresence.h"

namespace baton {

void VisitorPresence::connected(qint64 conversationId)
{
    ++m_connections[conversationId];
    m_goneAtMs.remove(conversationId);
}

bool VisitorPresence::disconnected(qint64 conversationId)
{
    auto it = m_connections.find(conversationId);
    if (it == m_connections.end() || --*it > 0)
        return false;
    m_connections.erase(it);
    return true;
}

QList<qint64> VisitorPresence::takeGone(qint64 nowMs)
{
    QList<qint64> gone;
    for (auto it = m_goneAtMs.begin(); it != m_goneAtMs.end();) {
        if (it.value() > nowMs) {
            ++it;
            continue;
        }
        gone.append(it.key());
        it = m_goneAtMs.erase(it);
    }
    return gone;
}

std::optional<qint64> VisitorPresence::nextDeadlineMs() const
{
    std::optional<qint64> next;
    for (qint64 at : m_goneAtMs) {
        if (!next || at < *next)
            next = at;
    }
    return next;
}

} // namespace baton
