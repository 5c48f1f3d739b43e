#pragma once

#include "core/message.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

namespace baton {

class LocalCache;

// Applies what the engine says (events and replies) to the local cache and announces each change,
// so the item models repaint only what moved. Knows nothing about the connection.
class CacheUpdater : public QObject {
    Q_OBJECT
public:
    CacheUpdater(LocalCache &cache, QObject *parent = nullptr);

    void setAgentId(const QString &agentId) { m_me = agentId; }
    // The conversation on screen: its new customer messages are read as they arrive.
    void setActiveConversation(qint64 id) { m_active = id; }
    qint64 activeConversation() const { return m_active; }

    // One agent event. The caller wraps it, with the event sequence, in one transaction.
    void applyEvent(const QString &type, const QJsonObject &payload);
    void applyConversation(const QJsonObject &conversation);
    void applyMessages(const QJsonArray &messages);
    void applyMessage(const Message &message);
    void applyTransfer(const QJsonObject &transfer, const QJsonArray &next = {}, const QJsonObject &extra = {});
    void markRead(qint64 conversationId);

signals:
    void conversationChanged(qint64 conversationId);
    void messageAdded(const baton::Message &message);
    void messageUpdated(const baton::Message &message);
    void transferChanged(qint64 conversationId, qint64 transferId);
    void offerReceived(qint64 conversationId, qint64 transferId);
    // Messages are missing before the one that arrived (or the conversation is new here).
    void historyWanted(qint64 conversationId);

private:
    bool countsAsUnread(qint64 conversationId) const;
    // Inserts unless already cached; true when it was new.
    bool storeMessage(const Message &message, bool countsAsUnread);

    LocalCache &m_cache;
    QString m_me;
    qint64 m_active = 0;
};

} // namespace baton
