#include "demo/simulatedcolleague.h"

#include "protocol/messagetypes.h"

#include <QJsonArray>
#include <QTimer>

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
    connect(&m_connection, &EngineConnection::ready, this, [this] {
        m_connection.call(msg::Login, {{QStringLiteral("user"), m_user}, {QStringLiteral("password"), m_password}},
                          [](const QJsonObject &) {});
    });
    connect(&m_connection, &EngineConnection::event, this,
            [this](const QString &type, qint64, const QJsonObject &payload) { onEvent(type, payload); });
    m_connection.open(url);
}

void SimulatedColleague::onEvent(const QString &type, const QJsonObject &payload)
{
    if (type == msg::Transfer) {
        onOffer(payload);
    } else if (type == msg::ConversationAssigned) {
        m_replies.insert(conversationIdOf(payload), 0);
    } else if (type == msg::ConversationUpdated) {
        const QJsonObject c = payload.value(QStringLiteral("conversation")).toObject();
        if (c.value(QStringLiteral("owner")).toString() != m_user || c.value(QStringLiteral("state")).toString() == QLatin1String("closed"))
            m_replies.remove(qint64(c.value(QStringLiteral("id")).toDouble()));
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
    if (message.value(QStringLiteral("sender")).toString() != QLatin1String("customer") || !m_replies.contains(id))
        return;
    QTimer::singleShot(between(m_behaviour.minReplyMs, m_behaviour.maxReplyMs), this, [this, id] { replyTo(id); });
}

void SimulatedColleague::replyTo(qint64 conversationId)
{
    if (!m_replies.contains(conversationId))
        return;
    const int sent = ++m_replies[conversationId];
    m_connection.call(msg::SendMessage,
                      {{QStringLiteral("conversationId"), conversationId}, {QStringLiteral("text"), pick(m_script.agentReplies)}},
                      [](const QJsonObject &) {});
    if (sent >= m_behaviour.repliesBeforeClose) {
        m_replies.remove(conversationId);
        m_connection.call(msg::CloseConversation,
                          {{QStringLiteral("conversationId"), conversationId},
                           {QStringLiteral("resolved"), m_random.generateDouble() < 0.8}},
                          [](const QJsonObject &) {});
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
