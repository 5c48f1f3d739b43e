#pragma once

#include "client/agentclient.h"
#include "client/queuestatsmodel.h"
#include "client/teamagentmodel.h"
#include "client/waitingcustomermodel.h"
#include "protocol/teamreplies.h"

#include <QObject>
#include <QTimer>

namespace baton {

// The team lead's side of the protocol (F2): watches the team while signed in (TEAM_WATCH, again
// after every reconnect), feeds each TEAM_STATS snapshot into the three live models, and offers the
// lead's commands with typed results. Time columns tick once a second between snapshots.
class TeamClient : public QObject {
    Q_OBJECT
public:
    explicit TeamClient(AgentClient &client, QObject *parent = nullptr);
    ~TeamClient() override;

    // Team leads, supervisors and administrators see the team; agents never do.
    static bool mayWatch(Role role) { return role != Role::Agent; }

    void start();
    bool hasSnapshot() const { return m_snapshotMs > 0; }
    QueueStatsModel &queues() { return m_queues; }
    TeamAgentModel &agents() { return m_agents; }
    WaitingCustomerModel &waiting() { return m_waiting; }
    const reply::Staffing &staffing() const { return m_staffing; }
    const QList<reply::Overflow> &overflows() const { return m_overflows; }
    qint64 engineNowMs() const { return m_client.engineNowMs(); }
    AgentClient &client() { return m_client; }

    void reassign(qint64 conversationId, const QString &to, const QString &note,
                  AgentClient::Callback<reply::OneConversation> done = {});
    void setAgentStatus(const QString &agentId, AgentStatus status,
                        AgentClient::Callback<reply::OneAgent> done = {});
    // Agents (their own chats) and leads (their team's): one TRANSFER per item, a result each.
    struct BatchItem {
        qint64 conversationId = 0;
        QString to;
    };
    void batchTransfer(const QList<BatchItem> &items, const QString &remarks,
                       AgentClient::Callback<reply::BatchResults> done);
    // Capacity mode (`extraSessions` > 0) or routing to `toDepartment`, for `durationMs`.
    void openOverflow(int extraSessions, const QString &toDepartment, qint64 durationMs,
                      AgentClient::Callback<reply::Overflow> done);

signals:
    void snapshotApplied();
    void watchFailed(const baton::RequestError &error);

private:
    template <typename T>
    void send(const QString &type, const QJsonObject &payload, AgentClient::Callback<T> done);
    void watch();
    void onEvent(const QString &type, qint64 seq, const QJsonObject &payload);
    void apply(const reply::TeamSnapshot &snapshot);

    AgentClient &m_client;
    QueueStatsModel m_queues;
    TeamAgentModel m_agents;
    WaitingCustomerModel m_waiting;
    reply::Staffing m_staffing;
    QList<reply::Overflow> m_overflows;
    QTimer m_tick;
    qint64 m_snapshotMs = 0;
    bool m_watching = false;
};

} // namespace baton
