#include "demo/democustomer.h"

#include "protocol/messagetypes.h"

#include <QTimer>

namespace baton {

namespace {
constexpr int maxFollowUps = 3;
}

DemoCustomer::DemoCustomer(const QUrl &visitorUrl, const DemoScript::Question &question, const QString &customerId,
                           const QString &identifierHash, const DemoScript &script, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_script(script)
    , m_random(seed)
{
    connect(&m_connection, &EngineConnection::ready, this, [this, question, customerId, identifierHash] {
        QJsonObject start{{QStringLiteral("skill"), question.skill}, {QStringLiteral("text"), question.text}};
        if (!customerId.isEmpty())
            start.insert(QStringLiteral("customerId"), customerId);
        if (!identifierHash.isEmpty())
            start.insert(QStringLiteral("identifierHash"), identifierHash);
        m_connection.call(msg::CustomerStart, start, [](const QJsonObject &) {},
                          [this](const QString &, const QString &) { emit finished(); });
    });
    connect(&m_connection, &EngineConnection::event, this,
            [this](const QString &type, qint64, const QJsonObject &payload) { onEvent(type, payload); });
    connect(&m_connection, &EngineConnection::disconnected, this, &DemoCustomer::finished);
    m_connection.open(visitorUrl);
}

void DemoCustomer::onEvent(const QString &type, const QJsonObject &payload)
{
    if (type == msg::Status && payload.value(QStringLiteral("state")).toString() == QLatin1String("closed")) {
        m_connection.close();
        return;
    }
    // The robot's first turns happen within CUSTOMER_START, before this connection hears events:
    // the status tells the customer they are still with the robot.
    if (type == msg::Status && payload.value(QStringLiteral("state")).toString() == QLatin1String("robot")) {
        onRobotReply();
        return;
    }
    if (type != msg::Message)
        return;
    const QJsonObject message = payload.value(QStringLiteral("message")).toObject();
    if (message.value(QStringLiteral("sender")).toString() == QLatin1String("robot")) {
        onRobotReply();
        return;
    }
    if (message.value(QStringLiteral("sender")).toString() != QLatin1String("agent") || m_followUps >= maxFollowUps)
        return;
    ++m_followUps;
    const int delay = 4000 + int(m_random.bounded(8000u));
    QTimer::singleShot(delay, this, [this] {
        const QString text = m_script.followUps.at(qsizetype(m_random.bounded(quint32(m_script.followUps.size()))));
        m_connection.call(msg::CustomerMessage, {{QStringLiteral("text"), text}}, [](const QJsonObject &) {});
    });
}

void DemoCustomer::onRobotReply()
{
    // Real customers: most who still need help ask for a person in one step, some by the button,
    // a few are content with the robot's answer and leave.
    if (m_escalated)
        return;
    const quint32 roll = m_random.bounded(10u);
    if (roll == 0) {
        QTimer::singleShot(3000, this, [this] { m_connection.close(); });
        return;
    }
    m_escalated = true;
    QTimer::singleShot(1500 + int(m_random.bounded(2500u)), this, [this, roll] {
        if (roll < 3) {
            m_connection.call(msg::CustomerEscalate, {}, [](const QJsonObject &) {});
            return;
        }
        static const QStringList asks = {QStringLiteral("转人工"), QStringLiteral("人工客服"),
                                         QStringLiteral("还是帮我转人工吧"), QStringLiteral("找客服")};
        m_connection.call(msg::CustomerMessage,
                          {{QStringLiteral("text"), asks.at(qsizetype(m_random.bounded(quint32(asks.size()))))}},
                          [](const QJsonObject &) {});
    });
}

} // namespace baton
