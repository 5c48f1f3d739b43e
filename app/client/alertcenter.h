#pragma once

#include "core/agentview.h"
#include "core/candidate.h"

#include <QList>
#include <QObject>
#include <QSet>

namespace baton {

class AgentClient;
class LocalCache;

// The engine's warnings to this agent (F2.4, F2.5), as the window shows them until they no longer
// apply: REPLY_OVERDUE (the agent's own chat, or — to a team lead — a chat of their department),
// OVERLOAD_WARNING with suggested colleagues, TRANSFER_HINT with the specialist skill. The policy of
// when an alert goes lives here, not in the view: an overdue chat is cleared once the agent answered
// or the chat left them, an overload once the agent has room again, a hint once the chat left or a
// transfer started, and any alert when the agent dismisses it.
class AlertCenter : public QObject {
    Q_OBJECT
public:
    enum class Kind { ReplyOverdue, TeamReplyOverdue, Overload, TransferHint };
    struct Alert {
        quint64 id = 0;
        Kind kind = Kind::ReplyOverdue;
        qint64 conversationId = 0;
        QString customerName;      // as far as the cache knows it
        QString agentName;         // TeamReplyOverdue: the owner
        qint64 waitingSinceMs = 0; // engine clock: when the customer's wait began
        int load = 0;              // Overload
        int maxSessions = 0;
        int waiting = 0;
        QList<AgentView> suggestions;
        QString skill; // TransferHint
        QString word;
        QList<Candidate> candidates;
    };

    AlertCenter(AgentClient &client, LocalCache &cache, QObject *parent = nullptr);

    const QList<Alert> &alerts() const { return m_alerts; }
    // The agent's own chats whose customer waits past the response-time limit: the list marks them.
    QSet<qint64> overdueConversations() const;
    void dismiss(quint64 alertId);

signals:
    void changed();
    // A new alert (not one that replaced its own older copy): the window may draw attention to it.
    void raised(const baton::AlertCenter::Alert &alert);

private:
    void onEvent(const QString &type, qint64 seq, const QJsonObject &payload);
    void onConversationChanged(qint64 conversationId);
    void add(Alert alert, bool replacing);
    bool stillApplies(const Alert &alert) const;

    AgentClient &m_client;
    LocalCache &m_cache;
    QList<Alert> m_alerts; // newest first
    quint64 m_nextId = 1;
};

} // namespace baton

Q_DECLARE_METATYPE(baton::AlertCenter::Alert)
