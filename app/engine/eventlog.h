#pragma once

#include "engine/agentrecord.h"

#include <QHash>
#include <QStringList>

namespace baton {

class Database;

// An agent's MESSAGE event for one message: who got it and its number in their stream.
struct MessageDelivery {
    QString agentId;
    qint64 eventSeq = 0;
};

// Every agent's durable event stream, read by RESUME: numbers 1, 2, 3, … per agent without gaps.
//
// Most events are MESSAGE events. Stored as `events` rows (clustered by recipient) each message
// wrote a B-tree leaf per agent and batch besides its conversation's leaf in `messages` — a third of
// a durable message's cost (issue 12). So a MESSAGE event lives as its number on the message's row
// (Store::appendMessage) and after() rebuilds it from the message; `events` keeps the other types.
// `message_routes` tells after() which conversations to read: a row per agent and conversation,
// written when the agent starts receiving the conversation's messages and when that ends, never
// per message. `event_floors` keeps how far pruning reached, for MESSAGE events too.
class EventLog {
public:
    explicit EventLog(Database &db);

    qint64 lastSeq(const QString &recipient);
    // The recipient's next number, taken now so that numbers follow the order events are raised in.
    // The event is then written with append() or on its message's row; a command that fails calls
    // forgetCache(), which gives unused numbers back.
    qint64 reserve(const QString &recipient);
    bool append(const QString &recipient, qint64 seq, const QString &type, const QByteArray &compactPayload,
                qint64 timeMs);
    // After a message's row was written with `deliveries`: opens the routes that are new, ends the
    // ones of agents who no longer receive this conversation's messages.
    bool messageDelivered(qint64 conversationId, const QList<MessageDelivery> &deliveries);
    bool conversationClosed(qint64 conversationId);

    QList<StoredEvent> after(const QString &recipient, qint64 afterSeq, int limit);
    // Drops the recipient's events up to `keepAfterSeq` (MESSAGE events by the floor).
    bool prune(const QString &recipient, qint64 keepAfterSeq);
    // After a rolled-back transaction the cached numbers and routes may be ahead of the file.
    void forgetCache();

private:
    qint64 floorOf(const QString &recipient);
    void loadOpenRoutes();
    bool endRoute(const QString &recipient, qint64 conversationId);
    // Reads the conversation's messages newest first; calls `take(eventSeq, message)` for each one
    // delivered to `recipient` until it returns false.
    template<typename Take>
    void scanDelivered(const QString &recipient, qint64 conversationId, Take take);
    qint64 lastDelivered(const QString &recipient, qint64 conversationId);

    Database &m_db;
    QHash<QString, qint64> m_lastSeq;
    QHash<qint64, QStringList> m_openRoutes; // conversation → agents receiving its messages
    bool m_openRoutesLoaded = false;
};

} // namespace baton
