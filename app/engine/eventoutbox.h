#pragma once

#include <QJsonObject>
#include <QList>

namespace baton {

class EventLog;

// Events raised while a command runs. Agent events are written to the store inside the command's
// transaction (so an acknowledged change and its events are durable together) and handed out only
// after the commit; a rolled-back command sends nothing.
class EventOutbox {
public:
    explicit EventOutbox(EventLog &log);

    struct Event {
        QString agentId;           // set for agent events
        qint64 conversationId = 0; // set for visitor events
        QString type;
        QJsonObject payload;
        qint64 seq = 0;
        QByteArray compactPayload; // given, or set by persist()
        bool onMessageRow = false; // a MESSAGE event the message's own row keeps (EventLog)
    };
    enum class Storage { EventRow, MessageRow };

    // Numbers the event in the agent's stream at once and returns the number (0: no agent). With
    // Storage::MessageRow the caller stores it with the message. `compactPayload`, when given, is
    // `payload` already serialised (a message: Message::toCompactJson).
    qint64 toAgent(const QString &agentId, const QString &type, const QJsonObject &payload,
                   const QByteArray &compactPayload = {}, Storage storage = Storage::EventRow);
    void toVisitor(qint64 conversationId, const QString &type, const QJsonObject &payload,
                   const QByteArray &compactPayload = {});

    // Stores the agent events and serialises every payload once: a message goes to its owner, a
    // transfer target previewing it and the customer with the same payload, one after another.
    bool persist(qint64 nowMs);
    // After persist(): the bytes of an event whose payload is `payload` (empty if none is). Events and
    // replies built from one shared object compare by pointer, so this costs little.
    QByteArray serialisedCopyOf(const QJsonObject &payload) const;
    QList<Event> take();
    void clear() { m_events.clear(); }

private:
    EventLog &m_log;
    QList<Event> m_events;
};

} // namespace baton
