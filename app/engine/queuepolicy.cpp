#include "engine/queuepolicy.h"

#include "core/conversation.h"
#include "engine/fifopolicy.h"
#include "engine/loadbalancepolicy.h"
#include "engine/prioritypolicy.h"
#include "engine/recommender.h"
#include "engine/roundrobinpolicy.h"
#include "engine/skillfirstpolicy.h"

#include <algorithm>

namespace baton {

QString queueStrategyName(QueueStrategy s)
{
    switch (s) {
    case QueueStrategy::Fifo:
        return QStringLiteral("fifo");
    case QueueStrategy::Priority:
        return QStringLiteral("priority");
    case QueueStrategy::SkillFirst:
        return QStringLiteral("skill_first");
    case QueueStrategy::LoadBalance:
        return QStringLiteral("load_balance");
    case QueueStrategy::RoundRobin:
        return QStringLiteral("round_robin");
    }
    return QStringLiteral("fifo");
}

QueueStrategy queueStrategyFromName(const QString &name, bool *ok)
{
    for (QueueStrategy s : {QueueStrategy::Fifo, QueueStrategy::Priority, QueueStrategy::SkillFirst,
                            QueueStrategy::LoadBalance, QueueStrategy::RoundRobin}) {
        if (queueStrategyName(s) == name) {
            if (ok)
                *ok = true;
            return s;
        }
    }
    if (ok)
        *ok = false;
    return QueueStrategy::Fifo;
}

void QueuePolicy::order(QList<WaitingConversation> &waiting) const
{
    std::stable_sort(waiting.begin(), waiting.end(),
                     [](const WaitingConversation &a, const WaitingConversation &b) {
                         const Conversation &x = *a.conversation;
                         const Conversation &y = *b.conversation;
                         return x.queuedMs != y.queuedMs ? x.queuedMs < y.queuedMs : x.id < y.id;
                     });
}

qsizetype QueuePolicy::bestScored(const WaitingConversation &waiting,
                                  const QList<const AgentState *> &candidates, const PickContext &context)
{
    RecommendRequest request;
    request.requiredSkills = waiting.conversation->requiredSkills;
    request.subject = waiting.conversation->subject;
    request.urgent = waiting.conversation->isUrgent();
    qsizetype chosen = 0;
    double best = -1;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const double total =
            context.recommender.score(*candidates[i], request, nullptr, nullptr, nullptr).total;
        if (total > best) {
            best = total;
            chosen = i;
        }
    }
    return chosen;
}

double QueuePolicy::loadRatio(const AgentState &agent, const QueueDefinition &queue)
{
    int limit = agent.agent.maxSessions;
    if (queue.maxConcurrentSessions > 0)
        limit = std::min(limit, queue.maxConcurrentSessions);
    return limit > 0 ? double(agent.usedCapacity()) / double(limit) : 1.0;
}

std::unique_ptr<QueuePolicy> QueuePolicy::create(QueueStrategy strategy)
{
    switch (strategy) {
    case QueueStrategy::Priority:
        return std::make_unique<PriorityPolicy>();
    case QueueStrategy::SkillFirst:
        return std::make_unique<SkillFirstPolicy>();
    case QueueStrategy::LoadBalance:
        return std::make_unique<LoadBalancePolicy>();
    case QueueStrategy::RoundRobin:
        return std::make_unique<RoundRobinPolicy>();
    case QueueStrategy::Fifo:
        break;
    }
    return std::make_unique<FifoPolicy>();
}

} // namespace baton
