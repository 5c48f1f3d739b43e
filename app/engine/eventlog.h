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
    // forgetUnkept(), which gives unused numbers back.
    qint64 reserve(const QString &recipient);
    bool append(const QString &recipient, qint64 seq, const QString &type, const QByteArray &compactPayload,
                qint64 timeMs);
    // After a message's row was written with its MESSAGE events (an empty agent id: none): opens
    // the routes that are new, ends the ones of agents who no longer receive this conversation's messages.
    bool messageDelivered(qint64 conversationId, qint64 messageSeq, const MessageDelivery &owner,
                          const MessageDelivery &preview);
    bool conversationClosed(qint64 conversationId);

    QList<StoredEvent> after(const QString &recipient, qint64 afterSeq, int limit);
    // Drops the recipient's events up to `keepAfterSeq` (MESSAGE events by the floor).
    bool prune(const QString &recipient, qint64 keepAfterSeq);
    // After a rolled-back transaction the cached numbers and routes may be ahead of the file.
    void forgetCache();
    // A command's writes were kept: what it took is in the transaction.
    void keep() { m_unkept = false; }
    // A command's writes were rolled back: forgets the cache if anything was taken or changed
    // since the last keep(). Most refused commands took nothing, and a cold cache costs a read of
    // each agent's routes.
    void forgetUnkept()
    {
        if (m_unkept)
            forgetCache();
    }

private:
    qint64 floorOf(const QString &recipient);
    void loadOpenRoutes();
    // An agent receiving a conversation's messages; `lastSeq` its newest MESSAGE event number there,
    // on message `lastMessageSeq` (0: not known, the route was opened before the engine started).
    struct OpenRoute {
        QString agentId;
        qint64 lastSeq = 0;
        qint64 lastMessageSeq = 0;
    };
    bool endRoute(const OpenRoute &route, qint64 conversationId);
    qint64 openRouteLastSeq(const QString &recipient, qint64 conversationId);
    // A MESSAGE event as its message's row keeps it.
    struct Delivered {
        qint64 seq;
        qint64 conversationId;
        qint64 messageSeq;
    };
    // The recipient's MESSAGE events of one conversation with numbers above `from`, newest first
    // from message `untilMessageSeq` down (at most `max`): numbered in message order, so the read
    // stops at the first one not above.
    bool appendDelivered(const QString &recipient, qint64 conversationId, qint64 untilMessageSeq, qint64 from,
                         qsizetype max, QList<Delivered> *out);
    // {0, conversationId, 0} if the recipient never got one of its messages.
    Delivered lastDelivered(const QString &recipient, qint64 conversationId, bool *ok = nullptr);
    // Fills in the payloads of the MESSAGE events among `events` (`delivered[i]` for events[at[i]]).
    void loadMessages(const QList<Delivered> &delivered, const QList<qsizetype> &at, QList<StoredEvent> *events);

    Database &m_db;
    QHash<QString, qint64> m_lastSeq;
    QHash<QString, qint64> m_floors;
    QHash<qint64, QList<OpenRoute>> m_openRoutes; // conversation → agents receiving its messages
    bool m_openRoutesLoaded = false;
    bool m_unkept = false;
};

} // namespace baton
