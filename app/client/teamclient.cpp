#include "client/teamclient.h"

#include "client/engineconnection.h"
#include "protocol/messagetypes.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTeamClient, "baton.client.team")

namespace baton {

TeamClient::TeamClient(AgentClient &client, QObject *parent)
    : QObject(parent), m_client(client), m_queues([&client] { return client.engineNowMs(); }),
      m_agents([&client] { return client.engineNowMs(); }),
      m_waiting(m_queues, [&client] { return client.engineNowMs(); })
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_queues.tick();
        m_agents.tick();
        m_waiting.tick();
    });
}

TeamClient::~TeamClient()
{
    if (m_watching && m_client.isConnected())
        m_client.connection().request(msg::TeamUnwatch);
}

void TeamClient::start()
{
    connect(&m_client.connection(), &EngineConnection::event, this, &TeamClient::onEvent);
    connect(&m_client, &AgentClient::stateChanged, this, [this](AgentClient::State state) {
        if (state == AgentClient::State::Online)
            watch();
        else if (!m_client.isConnected())
            m_watching = false; // the engine forgets the watch with the session
    });
    if (m_client.state() == AgentClient::State::Online)
        watch();
    m_tick.start();
}

void TeamClient::watch()
{
    if (m_watching || !mayWatch(m_client.profile().agent.role))
        return;
    m_watching = true;
    send<reply::TeamSnapshot>(msg::TeamWatch, {}, [this](const Result<reply::TeamSnapshot> &result) {
        if (!result) {
            m_watching = false;
            qCWarning(lcTeamClient) << "TEAM_WATCH failed:" << result.error().name();
            emit watchFailed(result.error());
            return;
        }
        apply(result.value());
    });
}

void TeamClient::onEvent(const QString &type, qint64, const QJsonObject &payload)
{
    if (type == msg::TeamStats && m_watching)
        apply(reply::TeamSnapshot::fromPayload(payload));
}

void TeamClient::apply(const reply::TeamSnapshot &snapshot)
{
    if (snapshot.timeMs < m_snapshotMs)
        return; // an older snapshot overtaken by the reply to a new watch
    m_snapshotMs = snapshot.timeMs;
    m_staffing = snapshot.staffing;
    m_overflows = snapshot.overflows;
    m_queues.apply(snapshot.queues, snapshot.timeMs);
    m_agents.apply(snapshot.agents);
    m_waiting.apply(snapshot.waiting, snapshot.timeMs);
    emit snapshotApplied();
}

template <typename T>
void TeamClient::send(const QString &type, const QJsonObject &payload, AgentClient::Callback<T> done)
{
    if (!m_client.isConnected()) {
        if (done)
            done(RequestError::local(RequestError::Kind::NotConnected));
        return;
    }
    m_client.connection().submit(type, payload, [done = std::move(done)](const Result<QJsonObject> &result) {
        if (!done)
            return;
        if (result.ok())
            done(T::fromPayload(result.value()));
        else
            done(result.error());
    });
}

void TeamClient::reassign(qint64 conversationId, const QString &to, const QString &note,
                          AgentClient::Callback<reply::OneConversation> done)
{
    QJsonObject payload{{QStringLiteral("conversationId"), conversationId}, {QStringLiteral("to"), to}};
    if (!note.isEmpty())
        payload.insert(QStringLiteral("note"), note.left(500));
    send(msg::Reassign, payload, std::move(done));
}

void TeamClient::setAgentStatus(const QString &agentId, AgentStatus status,
                                AgentClient::Callback<reply::OneAgent> done)
{
    send(msg::SetAgentStatus,
         {{QStringLiteral("agent"), agentId}, {QStringLiteral("status"), agentStatusName(status)}},
         std::move(done));
}

void TeamClient::batchTransfer(const QList<BatchItem> &items, const QString &remarks,
                               AgentClient::Callback<reply::BatchResults> done)
{
    QJsonArray list;
    for (const BatchItem &item : items) {
        QJsonObject o{{QStringLiteral("conversationId"), item.conversationId}, {QStringLiteral("to"), item.to}};
        if (!remarks.isEmpty())
            o.insert(QStringLiteral("note"), QJsonObject{{QStringLiteral("remarks"), remarks.left(500)}});
        list.append(o);
    }
    send(msg::BatchTransfer, {{QStringLiteral("items"), list}}, std::move(done));
}

void TeamClient::openOverflow(int extraSessions, const QString &toDepartment, qint64 durationMs,
                              AgentClient::Callback<reply::Overflow> done)
{
    QJsonObject payload{{QStringLiteral("durationMs"), durationMs}};
    if (extraSessions > 0)
        payload.insert(QStringLiteral("extraSessions"), extraSessions);
    else
        payload.insert(QStringLiteral("toDepartment"), toDepartment);
    send(msg::OpenOverflow, payload, std::move(done));
}

} // namespace baton
