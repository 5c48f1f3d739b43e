#include "demo/simulatedcolleague.h"

#include "protocol/messagetypes.h"

#include <QJsonArray>

namespace baton {

namespace {
qint64 conversationIdOf(const QJsonObject &payload)
{
    return qint64(payload.value(QStringLiteral("conversation")).toObject().value(QStringLiteral("id")).toDouble());
}
} // namespace

SimulatedColleague::SimulatedColleague(const QUrl &url, const QString &user, const QString &password,
                                       const DemoScript &script, const ColleagueBehaviour &behaviour, quint32 seed,
                                       QObject *parent)
    : QObject(parent)
    , m_user(user)
    , m_password(password)
    , m_script(script)
    , m_behaviour(behaviour)
    , m_random(seed)
{
    m_clock.start();
    m_sweep.setInterval(5000);
    connect(&m_sweep, &QTimer::timeout, this, &SimulatedColleague::closeQuietChats);
    m_sweep.start();
    connect(&m_connection, &EngineConnection::ready, this, [this] {
        m_connection.call(msg::Login, {{QStringLiteral("user"), m_user}, {QStringLiteral("password"), m_password}},
                          [this](const QJsonObject &) { onSignedIn(); });
    });
    connect(&m_connection, &EngineConnection::event, this,
            [this](const QString &type, qint64, const QJsonObject &payload) { onEvent(type, payload); });
    m_connection.open(url);
}

void SimulatedColleague::onSignedIn()
{
    m_connection.call(msg::ListConversations, {}, [this](const QJsonObject &reply) {
        for (const QJsonValue &c : reply.value(QStringLiteral("conversations")).toArray()) {
            const QJsonObject conversation = c.toObject();
            if (conversation.value(QStringLiteral("owner")).toString() == m_user)
                adopt(qint64(conversation.value(QStringLiteral("id")).toDouble()));
        }
    });
}

void SimulatedColleague::adopt(qint64 conversationId)
{
    if (!m_handling.contains(conversationId))
        m_handling.insert(conversationId, {0, m_clock.elapsed()});
}

void SimulatedColleague::closeQuietChats()
{
    const qint64 now = m_clock.elapsed();
    QList<qint64> quiet;
    for (auto it = m_handling.cbegin(); it != m_handling.cend(); ++it)
        if (now - it->lastActivityMs >= m_behaviour.quietCloseMs)
            quiet.append(it.key());
    for (qint64 id : quiet)
        close(id);
}

void SimulatedColleague::close(qint64 conversationId)
{
    m_handling.remove(conversationId);
    m_connection.call(msg::CloseConversation,
                      {{QStringLiteral("conversationId"), conversationId},
                       {QStringLiteral("resolved"), m_random.generateDouble() < 0.8}},
                      [](const QJsonObject &) {});
}

void SimulatedColleague::onEvent(const QString &type, const QJsonObject &payload)
{
    if (type == msg::Transfer) {
        onOffer(payload);
    } else if (type == msg::ConversationAssigned) {
        adopt(conversationIdOf(payload));
    } else if (type == msg::ConversationUpdated) {
        const QJsonObject c = payload.value(QStringLiteral("conversation")).toObject();
        if (c.value(QStringLiteral("owner")).toString() != m_user || c.value(QStringLiteral("state")).toString() == QLatin1String("closed"))
            m_handling.remove(qint64(c.value(QStringLiteral("id")).toDouble()));
    } else if (type == msg::Message) {
        onCustomerMessage(payload.value(QStringLiteral("message")).toObject());
    }
}

void SimulatedColleague::onOffer(const QJsonObject &payload)
{
    const qint64 transferId = qint64(payload.value(QStringLiteral("transfer")).toObject().value(QStringLiteral("id")).toDouble());
    const double roll = m_random.generateDouble();
    if (roll >= m_behaviour.acceptShare + m_behaviour.rejectShare)
        return; // ignored: the offer times out
    const bool accept = roll < m_behaviour.acceptShare;
    QTimer::singleShot(between(m_behaviour.minDecisionMs, m_behaviour.maxDecisionMs), this, [this, transferId, accept] {
        if (accept)
            m_connection.call(msg::TransferAccept, {{QStringLiteral("transferId"), transferId}}, [](const QJsonObject &) {});
        else
            m_connection.call(msg::TransferReject,
                              {{QStringLiteral("transferId"), transferId},
                               {QStringLiteral("reason"), pick(m_script.rejectReasons)}},
                              [](const QJsonObject &) {});
    });
}

void SimulatedColleague::onCustomerMessage(const QJsonObject &message)
{
    const qint64 id = qint64(message.value(QStringLiteral("conversationId")).toDouble());
    if (message.value(QStringLiteral("sender")).toString() != QLatin1String("customer") || !m_handling.contains(id))
        return;
    m_handling[id].lastActivityMs = m_clock.elapsed();
    QTimer::singleShot(between(m_behaviour.minReplyMs, m_behaviour.maxReplyMs), this, [this, id] { replyTo(id); });
}

void SimulatedColleague::replyTo(qint64 conversationId)
{
    if (!m_handling.contains(conversationId))
        return;
    Handling &handling = m_handling[conversationId];
    handling.lastActivityMs = m_clock.elapsed();
    const int sent = ++handling.replies;
    m_connection.call(msg::SendMessage,
                      {{QStringLiteral("conversationId"), conversationId}, {QStringLiteral("text"), pick(m_script.agentReplies)}},
                      [](const QJsonObject &) {});
    if (sent >= m_behaviour.repliesBeforeClose) {
        close(conversationId);
    } else if (m_random.generateDouble() < m_behaviour.transferShare) {
        handOn(conversationId);
    }
}

void SimulatedColleague::handOn(qint64 conversationId)
{
    m_connection.call(
        msg::Recommend, {{QStringLiteral("conversationId"), conversationId}, {QStringLiteral("limit"), 3}},
        [this, conversationId](const QJsonObject &reply) {
            const QJsonArray candidates = reply.value(QStringLiteral("candidates")).toArray();
            if (candidates.isEmpty())
                return;
            const QString target =
                candidates.first().toObject().value(QStringLiteral("agent")).toObject().value(QStringLiteral("id")).toString();
            const QJsonObject note{{QStringLiteral("template"), QStringLiteral("technical")},
                                   {QStringLiteral("problem"), m_script.noteProblem},
                                   {QStringLiteral("stepsTaken"), m_script.noteSteps},
                                   {QStringLiteral("customerSituation"), m_script.noteSituation},
                                   {QStringLiteral("urgency"), QStringLiteral("medium")}};
            m_connection.call(msg::Transfer,
                              {{QStringLiteral("conversationId"), conversationId},
                               {QStringLiteral("to"), target},
                               {QStringLiteral("note"), note}},
                              [](const QJsonObject &) {});
        });
}

} // namespace baton
