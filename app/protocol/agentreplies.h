#pragma once

#include "core/agentview.h"
#include "core/candidate.h"
#include "core/chainhop.h"
#include "core/conversationview.h"
#include "core/message.h"

#include <QHash>
#include <QList>

// Typed replies to the agent endpoint's requests, one struct per reply shape of docs/protocol.md.
// Clients parse a RESULT payload once, here, and pass these on; nothing above reads JSON keys.
namespace baton::reply {

struct Hello {
    int protocol = 0;
    QString server;
    QStringList features;
    static Hello fromPayload(const QJsonObject &payload);
};

struct Login {
    QString token;
    AgentView agent;
    qint64 lastSeq = 0;
    QHash<QString, QString> departmentNames; // id → display name
    static Login fromPayload(const QJsonObject &payload);
};

struct StoredEvent {
    qint64 seq = 0;
    QString type;
    QJsonObject payload; // read by the typed event structs in agentevents.h
};

struct Resume {
    QList<StoredEvent> events;
    bool gap = false;
    qint64 lastSeq = 0;
    static Resume fromPayload(const QJsonObject &payload);
};

struct ConversationList {
    QList<ConversationView> conversations;  // owned, open
    QList<ConversationView> offered;        // with a pending offer to the caller
    QList<ConversationView> recentlyClosed; // the caller's last closed ones
    static ConversationList fromPayload(const QJsonObject &payload);
};

struct OneConversation {
    ConversationView conversation;
    static OneConversation fromPayload(const QJsonObject &payload);
};

struct History {
    qint64 conversationId = 0;
    QList<Message> messages;
    bool complete = true;
    static History fromPayload(const QJsonObject &payload);
};

struct SentMessage {
    Message message;
    static SentMessage fromPayload(const QJsonObject &payload);
};

struct Agents {
    QList<AgentView> agents;
    static Agents fromPayload(const QJsonObject &payload);
};

struct Recommendations {
    qint64 conversationId = 0;
    QList<Candidate> candidates;
    static Recommendations fromPayload(const QJsonObject &payload);
};

struct OneAgent {
    AgentView agent;
    static OneAgent fromPayload(const QJsonObject &payload);
};

struct OneTransfer {
    Transfer transfer;
    static OneTransfer fromPayload(const QJsonObject &payload);
};

struct Chain {
    qint64 conversationId = 0;
    QList<ChainHop> hops;
    static Chain fromPayload(const QJsonObject &payload);
};

// Requests whose reply carries nothing the client reads (LOGOUT, PING).
struct Empty {
    static Empty fromPayload(const QJsonObject &) { return {}; }
};

} // namespace baton::reply
