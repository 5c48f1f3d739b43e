#pragma once

#include "core/candidate.h"
#include "core/conversationview.h"
#include "core/message.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <optional>

namespace baton {

class LocalCache;

// Applies what the engine says (events and replies) to the local cache and announces each change,
// so the item models repaint only what moved. Knows nothing about the connection.
//
// Changes are grouped in batches: begin() … commit() is one cache transaction, and the signals go
// out only after it committed, coalesced — one conversationChanged per conversation per batch, in
// the order the conversations were first touched. A view that reacts therefore sees the finished
// state, never a half-applied event. Batches nest; the outermost commit publishes.
class CacheUpdater : public QObject {
    Q_OBJECT
public:
    CacheUpdater(LocalCache &cache, QObject *parent = nullptr);

    void setAgentId(const QString &agentId) { m_me = agentId; }
    // The conversation on screen: its new customer messages are read as they arrive.
    void setActiveConversation(qint64 id) { m_active = id; }
    qint64 activeConversation() const { return m_active; }

    void begin();
    // False when the cache could not commit: nothing is announced and the batch is rolled back.
    bool commit();

    // One agent event (type and payload as on the wire); call inside a batch.
    void applyEvent(const QString &type, const QJsonObject &payload);
    void applyConversation(const ConversationView &conversation);
    void applyMessages(const QList<Message> &messages);
    void applyMessage(const Message &message);
    void applyTransfer(const Transfer &transfer, const QList<Candidate> &next = {},
                       const std::optional<AgentView> &from = {}, const QString &toName = {});
    void markRead(qint64 conversationId);

signals:
    void conversationChanged(qint64 conversationId);
    void messageAdded(const baton::Message &message);
    void messageUpdated(const baton::Message &message);
    void transferChanged(qint64 conversationId, qint64 transferId);
    // A pending offer to this agent, as stored once its batch committed.
    void offerReceived(qint64 conversationId, qint64 transferId);
    // An offer to this agent ended before the agent answered it (timeout, withdrawn, offline);
    // timed-out ones stay in the cache as the conversation's missedTransferId.
    void offerMissed(qint64 conversationId, qint64 transferId);
    // Messages are missing before the one that arrived (or the conversation is new here).
    void historyWanted(qint64 conversationId);

private:
    bool countsAsUnread(qint64 conversationId) const;
    // Inserts unless already cached; true when it was new.
    bool storeMessage(const Message &message, bool countsAsUnread);
    void touch(qint64 conversationId);
    void endOffer(qint64 conversationId, qint64 transferId, TransferState state, const QString &reason);
    void publish();

    LocalCache &m_cache;
    QString m_me;
    qint64 m_active = 0;
    int m_depth = 0;
    // What the open batch changed, announced after its commit.
    QList<qint64> m_changed;
    QSet<qint64> m_changedSet;
    QList<QPair<qint64, qint64>> m_transfers;
    QList<QPair<qint64, qint64>> m_offers;
    QList<QPair<qint64, qint64>> m_missed;
    QList<Message> m_added;
    QList<Message> m_updated;
    QList<qint64> m_historyWanted;
};

} // namespace baton
