#include "engine/eventoutbox.h"

#include "engine/store.h"

namespace baton {

void EventOutbox::toAgent(const QString &agentId, const QString &type, const QJsonObject &payload)
{
    if (!agentId.isEmpty())
        m_events.append({agentId, 0, type, payload, 0});
}

void EventOutbox::toVisitor(qint64 conversationId, const QString &type, const QJsonObject &payload)
{
    m_events.append({QString(), conversationId, type, payload, 0});
}

bool EventOutbox::persist(Store &store, qint64 nowMs)
{
    for (Event &e : m_events) {
        if (e.agentId.isEmpty() || e.seq != 0)
            continue;
        e.seq = store.appendEvent(e.agentId, e.type, e.payload, nowMs);
        if (e.seq == 0)
            return false;
    }
    return true;
}

QList<EventOutbox::Event> EventOutbox::take()
{
    return std::exchange(m_events, {});
}

} // namespace baton
