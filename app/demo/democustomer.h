#pragma once

#include "client/engineconnection.h"
#include "demo/demoscript.h"

#include <QRandomGenerator>

namespace baton {

// A demo customer on the visitor endpoint: asks a question, answers the agent a few times, and
// leaves when the conversation closes.
class DemoCustomer : public QObject {
    Q_OBJECT
public:
    // `identifierHash` signs `customerId` as the shop's web site would (CustomerIdentity).
    DemoCustomer(const QUrl &visitorUrl, const DemoScript::Question &question, const QString &customerId,
                 const QString &identifierHash, const DemoScript &script, quint32 seed, QObject *parent = nullptr);

signals:
    void finished();

private:
    void onEvent(const QString &type, const QJsonObject &payload);
    void onRobotReply();

    EngineConnection m_connection;
    const DemoScript &m_script;
    QRandomGenerator m_random;
    int m_followUps = 0;
    bool m_escalated = false;
};

} // namespace baton
