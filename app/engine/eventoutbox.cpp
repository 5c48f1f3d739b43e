#include "engine/eventoutbox.h"

#include "engine/store.h"

#include <QJsonDocument>

namespace baton {

void EventOutbox::toAgent(const QString &agentId, const QString &type, const QJsonObject &payload,
                          const QByteArray &compactPayload)
{
    if (!agentId.isEmpty())
        m_events.append({agentId, 0, type, payload, 0, compactPayload});
}

void EventOutbox::toVisitor(qint64 conversationId, const QString &type, const QJsonObject &payload,
                            const QByteArray &compactPayload)
{
    m_events.append({QString(), conversationId, type, payload, 0, compactPayload});
}

bool EventOutbox::persist(Store &store, qint64 nowMs)
{
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        Event &e = m_events[i];
        if (e.compactPayload.isEmpty()) {
            if (i > 0 && m_events.at(i - 1).payload == e.payload)
                e.compactPayload = m_events.at(i - 1).compactPayload;
            else
                e.compactPayload = QJsonDocument(e.payload).toJson(QJsonDocument::Compact);
        }
        if (e.agentId.isEmpty() || e.seq != 0)
            continue;
        e.seq = store.appendEventJson(e.agentId, e.type, e.compactPayload, nowMs);
        if (e.seq == 0)
            return false;
    }
    return true;
}

QByteArray EventOutbox::serialisedCopyOf(const QJsonObject &payload) const
{
    if (payload.isEmpty())
        return {};
    for (const Event &e : m_events) {
        if (e.payload == payload)
            return e.compactPayload;
    }
    return {};
}

QList<EventOutbox::Event> EventOutbox::take()
{
    return std::exchange(m_events, {});
}

} // namespace baton
