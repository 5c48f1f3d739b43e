#include "engine/eventoutbox.h"

#include "engine/eventlog.h"

#include <QJsonDocument>

namespace baton {

EventOutbox::EventOutbox(EventLog &log)
    : m_log(log)
{
}

qint64 EventOutbox::toAgent(const QString &agentId, const QString &type, const QJsonObject &payload,
                            const QByteArray &compactPayload, Storage storage)
{
    if (agentId.isEmpty())
        return 0;
    const qint64 seq = m_log.reserve(agentId);
    m_events.append({agentId, 0, type, payload, seq, compactPayload, storage == Storage::MessageRow});
    return seq;
}

void EventOutbox::toVisitor(qint64 conversationId, const QString &type, const QJsonObject &payload,
                            const QByteArray &compactPayload)
{
    m_events.append({QString(), conversationId, type, payload, 0, compactPayload});
}

bool EventOutbox::persist(qint64 nowMs)
{
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        Event &e = m_events[i];
        if (e.compactPayload.isEmpty()) {
            if (i > 0 && m_events.at(i - 1).payload == e.payload)
                e.compactPayload = m_events.at(i - 1).compactPayload;
            else
                e.compactPayload = QJsonDocument(e.payload).toJson(QJsonDocument::Compact);
        }
        if (!e.agentId.isEmpty() && !e.onMessageRow && !m_log.append(e.agentId, e.seq, e.type, e.compactPayload, nowMs))
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
