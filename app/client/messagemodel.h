#pragma once

#include "client/localcache.h"

#include <QAbstractListModel>

namespace baton {

class AgentClient;

// The lines of one conversation: the newest page from the local cache (older pages on request, by
// keyset), live messages as they arrive, and outbox messages not yet acknowledged, marked pending.
class MessageModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        SeqRole = Qt::UserRole + 1,
        SenderRole, // customer | agent | system | robot
        SenderIdRole,
        SenderNameRole, // a colleague's display name for agent lines
        TextRole,
        TimeRole,
        PendingRole,
        MineRole,
    };
    static constexpr int pageSize = 200;

    MessageModel(LocalCache &cache, AgentClient &client, QObject *parent = nullptr);

    void setConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }
    bool canLoadOlder() const;
    // Prepends the previous page; returns how many lines came in.
    int loadOlder();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Line {
        Message message;
        bool pending = false;
    };
    void onMessageAdded(const Message &message);
    void onMessageUpdated(const Message &message);
    void onOutboxChanged(qint64 conversationId);
    int confirmedCount() const { return int(m_lines.size()) - m_pendingCount; }

    LocalCache &m_cache;
    AgentClient &m_client;
    qint64 m_conversationId = 0;
    QList<Line> m_lines; // confirmed lines by seq, then pending ones in typing order
    int m_pendingCount = 0;
    bool m_reachedStart = true;
};

} // namespace baton
