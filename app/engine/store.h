#pragma once

#include "core/conversation.h"
#include "core/customer.h"
#include "core/message.h"
#include "core/transfer.h"
#include "engine/agentrecord.h"
#include "engine/database.h"
#include "engine/eventlog.h"
#include "engine/reportsummary.h"

#include <QHash>
#include <optional>

namespace baton {

// A stored JSON document that may quote customer text: an agent's event or an idempotent reply.
struct StoredDocument {
    bool isEvent = true;
    QString owner;  // the event's recipient or the reply's principal
    qint64 seq = 0; // events
    QString key;    // idempotent replies
    QJsonObject json;
};

// Domain persistence over one Database. Every method runs on the engine thread; writes are grouped
// by the caller with Database::begin()/commit() so that one request is one transaction.
class Store {
public:
    explicit Store(Database &db);

    Database &database() { return m_db; }

    bool upsertDepartment(const Department &d);
    QList<Department> departments();
    bool upsertAgent(const AgentRecord &record);
    QList<AgentRecord> agents();
    bool setAgentStatus(const QString &agentId, AgentStatus status);
    bool setAgentTags(const QString &agentId, const QStringList &tags);

    bool upsertCustomer(const Customer &c);
    std::optional<Customer> customer(const QString &id);

    bool insertConversation(Conversation &c, const QString &visitorTokenHash);
    bool setFirstOwner(qint64 conversationId, const QString &agentId, qint64 assignedMs);
    // {agent id, assigned time} of the first agent a conversation was routed to.
    std::pair<QString, qint64> firstOwner(qint64 conversationId);
    bool updateConversation(const Conversation &c, std::optional<bool> resolved = std::nullopt);
    bool updateSubject(qint64 conversationId, const QString &subject);
    // Why the agent closed it as they did (optional, free text); empty leaves it unset.
    bool setCloseReason(qint64 conversationId, const QString &reason);
    QList<Conversation> openConversations();
    std::optional<Conversation> conversation(qint64 id);
    std::optional<qint64> conversationForVisitor(const QString &visitorTokenHash);
    // Conversations the agent owned and closed, newest first, for the history part of lists.
    QList<Conversation> recentClosedConversations(const QString &ownerId, int limit);
    // False unless the conversation is closed and not rated yet.
    bool setRating(qint64 conversationId, int rating, const QString &comment);
    // F4: the first human reply, once; later replies leave it as it is.
    bool markFirstResponse(qint64 conversationId, qint64 timeMs);
    std::optional<Message> lastMessage(qint64 conversationId);
    bool updateMessageText(qint64 conversationId, qint64 seq, const QString &text);

    // `owner` and `preview`: the MESSAGE events the message was raised as (EventLog), kept on its row.
    bool appendMessage(const Message &m, const MessageDelivery &owner = {}, const MessageDelivery &preview = {});
    QList<Message> messages(qint64 conversationId, qint64 afterSeq, int limit, bool includeSystem = true);

    bool insertTransfer(Transfer &t);
    // Compare-and-set: succeeds only while the transfer is still pending.
    bool resolveTransfer(qint64 id, TransferState state, const QString &reason, qint64 resolvedMs);
    QList<Transfer> pendingTransfers();
    QList<Transfer> transfersOf(qint64 conversationId);
    std::optional<Transfer> transfer(qint64 id);

    // Each agent's durable event stream (RESUME).
    EventLog &eventLog() { return m_events; }
    // After a rolled-back transaction the cached sequence numbers and rows may be ahead of the file.
    void forgetCachedSequences()
    {
        m_events.forgetCache();
        m_writtenRows.clear();
    }
    // After one command's savepoint was rolled back: the same, but the event numbers only if
    // something took one since the last command that was kept (re-reading them is not free).
    void forgetCommand()
    {
        m_events.forgetUnkept();
        m_writtenRows.clear();
    }

    // Events and idempotent replies of `owners`, written at or after `sinceMs`, whose text contains
    // `needle`; replaceDocument() stores one back (F5.7: a split number masked after the fact).
    QList<StoredDocument> documentsQuoting(const QStringList &owners, qint64 sinceMs, const QString &needle);
    bool replaceDocument(const StoredDocument &d);

    std::optional<QJsonObject> idempotentReply(const QString &principal, const QString &key, QString *type);
    bool saveIdempotentReply(const QString &principal, const QString &key, const QString &type,
                             const QJsonObject &reply, qint64 timeMs);

    bool saveSession(const QString &tokenHash, const QString &agentId, qint64 createdMs, qint64 expiresMs);
    std::optional<QString> sessionAgent(const QString &tokenHash, qint64 nowMs);
    bool deleteSession(const QString &tokenHash);

private:
    Conversation readConversation(const QSqlQuery &q) const;
    Transfer readTransfer(const QSqlQuery &q) const;
    QList<Transfer> readTransfers(QSqlQuery &q);

    Database &m_db;
    ReportSummary m_summary; // report rows written with each closing and rating (F4)
    EventLog m_events;
    QHash<qint64, Conversation> m_writtenRows; // open conversations as last written by updateConversation()
};

} // namespace baton
