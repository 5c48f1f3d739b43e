#pragma once

#include <QString>
#include <QStringList>

namespace baton {

// F2.2/F2.3: how a queue picks the next conversation and the agent for it.
enum class QueueStrategy { Fifo, Priority, SkillFirst, LoadBalance, RoundRobin };

QString queueStrategyName(QueueStrategy s);
QueueStrategy queueStrategyFromName(const QString &name, bool *ok = nullptr);

// Which waiting conversations a queue takes (all given conditions must hold) and who serves it.
struct QueueMatch {
    QStringList skills;      // the conversation needs one of them; agents serving the queue have one
    int priorityAtLeast = 0; // 2 = urgent
    int vipAtLeast = 0;      // the customer's VIP level
    QStringList departments; // agents of these departments serve the queue; empty: every department
};

// 004's LoadBalanceConfig, per queue: how much a capacity ratio weighs against idle time.
struct QueueWeights {
    double load = 1.0;
    double idle = 0.5;
};

struct QueueDefinition {
    QString id;
    QString name;
    QueueMatch match;
    QueueStrategy strategy = QueueStrategy::Fifo;
    qint64 targetMs = 20'000; // service level: this share answered within targetMs
    double targetShare = 0.8;
    qint64 overflowAfterMs = 0; // 0: never overflows
    QString overflowTo;
    int maxConcurrentSessions = 0; // caps each agent's chats from this queue's work; 0: the agent's own limit
    QueueWeights weights;
};

} // namespace baton
