#pragma once

#include "client/conversationsummary.h"
#include "core/candidate.h"
#include "core/chainhop.h"
#include "core/message.h"
#include "storage/sqlitedatabase.h"

#include <QJsonArray>
#include <QList>
#include <optional>

namespace baton {

struct OutboxEntry {
    QString key; // the idempotency key the engine sees
    qint64 conversationId = 0;
    QString text;
    qint64 createdMs = 0;
};

struct CachedTransfer {
    Transfer transfer;
    QList<Candidate> next; // candidates offered after a reject or timeout
    std::optional<AgentView> from; // the offering colleague, for an incoming offer
    QString toName;                // the target's name, for an outgoing one
};

// The workstation's local SQLite cache (F6.2). Lives on the GUI thread; every method is quick
// enough to call from an event handler, and callers group writes with begin()/commit().
class LocalCache {
public:
    explicit LocalCache(const QString &path);

    bool open(QString *error);
    // A file name for one (engine URL, agent) pair inside `folder`.
    static QString pathFor(const QString &folder, const QString &engineUrl, const QString &agentId);

    bool begin() { return m_db.begin(); }
    bool commit() { return m_db.commit(); }
    void rollback() { m_db.rollback(); }

    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);
    qint64 lastEventSeq() const { return meta(QStringLiteral("lastEventSeq")).toLongLong(); }
    bool setLastEventSeq(qint64 seq) { return setMeta(QStringLiteral("lastEventSeq"), QString::number(seq)); }

    // Conversations the list shows: ever owned by `me`, offered to me, or offered and missed.
    QList<ConversationSummary> conversations() const;
    std::optional<ConversationSummary> conversation(qint64 id) const;
    bool upsertConversation(const ConversationView &conversation, const QString &me);
    bool setOfferTransfer(qint64 conversationId, qint64 transferId);
    bool setOutgoingTransfer(qint64 conversationId, qint64 transferId);
    bool setMissedTransfer(qint64 conversationId, qint64 transferId);
    bool markRead(qint64 conversationId);
    bool setChain(qint64 conversationId, const QList<ChainHop> &hops);
    QList<ChainHop> chain(qint64 conversationId) const;

    // Inserts a message unless it is already there; true when it was new.
    bool addMessage(const Message &message, bool countsAsUnread);
    bool updateMessageText(qint64 conversationId, qint64 seq, const QString &text);
    QList<Message> messages(qint64 conversationId) const;
    // Keyset page: up to `limit` messages with seq < beforeSeq (0: the newest), in ascending order.
    QList<Message> messagesBefore(qint64 conversationId, qint64 beforeSeq, int limit) const;
    qint64 maxMessageSeq(qint64 conversationId) const;
    // The highest n such that messages 1..n are all cached: where a history fetch must resume.
    qint64 contiguousMessageSeq(qint64 conversationId) const;
    // The lowest cached seq above `seq`, 0 when none: where a hole in the history ends.
    qint64 nextCachedMessageSeq(qint64 conversationId, qint64 seq) const;
    // The first run of messages missing from the cache, up to `lastSeq` (the conversation's newest):
    // GET_HISTORY's afterSeq and limit. Messages already cached after the hole are not asked for.
    struct HistoryHole {
        qint64 afterSeq = 0;
        int limit = 0; // 0: nothing is missing
    };
    HistoryHole firstHole(qint64 conversationId, qint64 lastSeq, int maxLimit) const;

    // Empty `next`, `from` or `toName` keep what an earlier event stored.
    bool upsertTransfer(const Transfer &transfer, const QList<Candidate> &next = {},
                        const std::optional<AgentView> &from = {}, const QString &toName = {});
    std::optional<CachedTransfer> transfer(qint64 id) const;

    bool addToOutbox(const OutboxEntry &entry);
    bool removeFromOutbox(const QString &key);
    QList<OutboxEntry> outbox(qint64 conversationId = 0) const;

private:
    mutable SqliteDatabase m_db;
};

} // namespace baton
