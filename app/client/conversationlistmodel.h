#pragma once

#include "client/conversationsummary.h"

#include <QAbstractListModel>
#include <QSet>
#include <vector>

namespace baton {

class AgentClient;
class LocalCache;

// The agent's conversations, from the local cache, kept sorted as the engine reports changes:
// transfer offers first, then open conversations by priority and how long the customer has waited,
// then history (closed or transferred away). Rows move, they are never reset, so the selection holds.
class ConversationListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CustomerNameRole,
        LastTextRole,
        LastTimeRole,
        UnreadRole,
        WaitingSinceRole,
        PriorityRole,
        VipLevelRole,
        StateRole,
        OfferedRole,
        OutgoingTransferStateRole,
        ReadOnlyRole,
        EscalationRole,
        GroupRole,
        MissedFromRole, // who offered a transfer this agent missed (timed out); empty otherwise
        MissedTimeRole, // when that offer ended
        // What tells rows with the same customer name apart ("#12 · 我想退货…"); empty when the name is
        // unique.
        DistinguisherRole,
        NewOwnerNameRole, // whom a chat this agent handed on went to; empty otherwise
        OverdueRole,      // the customer waits past the response-time limit (REPLY_OVERDUE)
    };
    enum Group { OfferGroup, MineGroup, HistoryGroup };
    // The agent's day as the list knows it (the empty state shows it).
    struct DayFigures {
        int open = 0;                // conversations the agent owns now
        int waiting = 0;             // of those, where the customer waits for an answer
        qint64 longestWaitSince = 0; // the oldest unanswered message among them, 0 when none
        int startedToday = 0;        // conversations the agent took on since `dayStartMs`
        int closedToday = 0;         // closed by the agent since `dayStartMs`
    };

    ConversationListModel(LocalCache &cache, AgentClient &client, QObject *parent = nullptr);

    // Loads every cached conversation (called at start, before the engine answers).
    void reload();
    int rowOf(qint64 conversationId) const;
    qint64 idAt(int row) const;
    // The agent's load as the list shows it: open conversations they own.
    int ownOpenCount() const;
    DayFigures dayFigures(qint64 dayStartMs) const;
    // The chats the engine called overdue (AlertCenter decides when they stop being so).
    void setOverdue(const QSet<qint64> &conversationIds);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void refresh(qint64 conversationId);
    void resort();
    void sortRows();
    Group groupOf(const ConversationSummary &s) const;
    bool before(const ConversationSummary &a, const ConversationSummary &b) const;
    bool isVisible(const ConversationSummary &s) const;
    QString accessibleText(const ConversationSummary &s) const;
    QString distinguisher(const ConversationSummary &s) const;

    LocalCache &m_cache;
    AgentClient &m_client;
    std::vector<ConversationSummary> m_rows;
    QSet<qint64> m_overdue;
};

} // namespace baton
