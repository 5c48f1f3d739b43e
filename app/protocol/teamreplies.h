#pragma once

#include "core/agentview.h"
#include "core/conversationview.h"
#include "core/transfer.h"
#include "protocol/requesterror.h"

#include <QList>
#include <QMetaType>

// Typed replies of the team-lead requests: TEAM_WATCH's snapshot (and TEAM_STATS, the same shape).
namespace baton::reply {

struct QueueStats {
    QString id;
    QString name;
    QString strategy;
    int waiting = 0;
    qint64 longestWaitMs = 0;
    qint64 averageWaitMs = 0;
    int servedToday = 0;
    double servedWithinTargetShare = 1;
    qint64 targetMs = 20'000;
    double targetShare = 0.8;
    bool operator==(const QueueStats &) const = default;
};

// One of an agent's open chats, as the board lists them (batch transfer, read-only view).
struct AgentChat {
    qint64 conversationId = 0;
    QString customerName;
    QString subject;
    bool operator==(const AgentChat &) const = default;
};

struct TeamAgent {
    AgentView view;
    qint64 statusSinceMs = 0;
    int pendingOffers = 0;
    bool overloaded = false;
    QList<AgentChat> chats;
    const QString &id() const { return view.agent.id; }
    // Could be handed a chat now: signed in, with a capacity, and routed to at all (supervisors and
    // administrators review and by default receive none; the engine still has the last word).
    bool takesChats() const
    {
        const Agent &a = view.agent;
        return a.status != AgentStatus::Offline && a.maxSessions > 0 && a.rights.mayReceive;
    }
};

struct WaitingCustomer {
    ConversationView view;
    QString queueId;
    qint64 waitedMs = 0;
};

struct Staffing {
    int arrivalsLastHour = 0;
    qint64 averageHandlingMs = 0;
    int onDuty = 0;
};

// OPEN_OVERFLOW
struct Overflow {
    QString department;
    int extraSessions = 0;
    QString toDepartment;
    qint64 untilMs = 0;
    static Overflow fromPayload(const QJsonObject &payload); // the reply: {"overflow":…}
    static Overflow fromJson(const QJsonObject &overflow);
};

struct TeamSnapshot {
    qint64 timeMs = 0; // engine clock when it was taken
    QList<QueueStats> queues;
    QList<TeamAgent> agents;
    QList<WaitingCustomer> waiting;
    Staffing staffing;
    QList<Overflow> overflows; // open now, of the lead's department or helping it
    static TeamSnapshot fromPayload(const QJsonObject &payload);
};

// BATCH_TRANSFER: a result per item.
struct BatchResults {
    struct Item {
        qint64 conversationId = 0;
        std::optional<Transfer> transfer; // set when the item succeeded
        std::optional<RequestError> error;
    };
    QList<Item> items;
    int succeeded = 0;
    int failed = 0;
    static BatchResults fromPayload(const QJsonObject &payload);
};


} // namespace baton::reply

Q_DECLARE_METATYPE(baton::reply::BatchResults)
