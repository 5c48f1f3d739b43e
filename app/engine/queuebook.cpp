#include "engine/queuebook.h"

#include "core/conversation.h"
#include "engine/enginestate.h"
#include "engine/recommender.h"

#include <algorithm>

namespace baton {

namespace {
constexpr qint64 dayMs = 24LL * 3600 * 1000;
}

void QueueBook::configure(const QList<QueueDefinition> &queues)
{
    m_queues = queues;
    if (m_queues.isEmpty()) {
        QueueDefinition all;
        all.id = QStringLiteral("normal");
        all.name = all.id;
        m_queues.append(all);
    }
    m_policies.clear();
    for (const QueueDefinition &q : std::as_const(m_queues))
        m_policies.push_back(QueuePolicy::create(q.strategy));
    m_served.assign(size_t(m_queues.size()), Served{});
}

qsizetype QueueBook::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_queues.size(); ++i) {
        if (m_queues[i].id == id)
            return i;
    }
    return -1;
}

qsizetype QueueBook::queueOf(const Conversation &c, int vipLevel, qint64 nowMs) const
{
    qsizetype found = m_queues.size() - 1;
    for (qsizetype i = 0; i < m_queues.size(); ++i) {
        const QueueMatch &m = m_queues[i].match;
        if (c.priority < m.priorityAtLeast || vipLevel < m.vipAtLeast)
            continue;
        if (!m.skills.isEmpty() && std::none_of(c.requiredSkills.cbegin(), c.requiredSkills.cend(),
                                                [&](const QString &s) { return m.skills.contains(s); }))
            continue;
        found = i;
        break;
    }
    // The configuration rules out cycles; the bound guards a hand-built book all the same.
    qint64 waited = nowMs - c.queuedMs;
    for (qsizetype hops = 0; hops < m_queues.size(); ++hops) {
        const QueueDefinition &q = m_queues[found];
        const qsizetype next = q.overflowTo.isEmpty() ? -1 : indexOf(q.overflowTo);
        if (next < 0 || waited < q.overflowAfterMs)
            break;
        waited -= q.overflowAfterMs;
        found = next;
    }
    return found;
}

bool QueueBook::serves(const QueueDefinition &queue, const AgentState &agent) const
{
    const Agent &a = agent.agent;
    if (!a.rights.mayReceive || a.maxSessions <= 0)
        return false;
    if (m_helpers.contains(queue.id, a.department))
        return true;
    if (!queue.match.departments.isEmpty() && !queue.match.departments.contains(a.department))
        return false;
    if (queue.match.skills.isEmpty())
        return true;
    return std::any_of(queue.match.skills.cbegin(), queue.match.skills.cend(),
                       [&](const QString &s) { return proficiencyFor(a.skills, s) != Proficiency::None; });
}

bool QueueBook::hasRoom(const QueueDefinition &queue, const AgentState &agent) const
{
    if (agent.agent.status != AgentStatus::Online || !agent.hasCapacity())
        return false;
    if (queue.maxConcurrentSessions > 0 && agent.usedCapacity() >= queue.maxConcurrentSessions)
        return false;
    return serves(queue, agent);
}

int QueueBook::vipOf(EngineState &state, qint64 conversationId) const
{
    const auto it = state.customers.constFind(conversationId);
    return it == state.customers.cend() ? 0 : it->vipLevel;
}

QList<WaitingConversation> QueueBook::waiting(qsizetype queue, EngineState &state, qint64 nowMs) const
{
    QList<WaitingConversation> list;
    for (Conversation &c : state.conversations) {
        if (c.state != ConversationState::Queued)
            continue;
        const int vip = vipOf(state, c.id);
        if (queueOf(c, vip, nowMs) == queue)
            list.append({&c, vip, nowMs - c.queuedMs});
    }
    m_policies[size_t(queue)]->order(list);
    return list;
}

QList<qint64> QueueBook::servingOrder(EngineState &state, qint64 nowMs) const
{
    QList<qint64> ids;
    for (qsizetype q = 0; q < m_queues.size(); ++q) {
        for (const WaitingConversation &w : waiting(q, state, nowMs))
            ids.append(w.conversation->id);
    }
    return ids;
}

int QueueBook::assignAll(EngineState &state, const Recommender &recommender, qint64 nowMs,
                         const Assign &assign)
{
    int assigned = 0;
    for (qsizetype q = 0; q < m_queues.size(); ++q) {
        const QueueDefinition &queue = m_queues[q];
        const PickContext context{recommender, queue, nowMs};
        QueuePolicy &policy = *m_policies[size_t(q)];
        // Skill-first matches knowers to the questions they know before anyone takes the rest.
        for (const bool knowersOnly : {true, false}) {
            if (knowersOnly && !policy.matchesSkillsFirst())
                continue;
            for (const WaitingConversation &w : waiting(q, state, nowMs)) {
                const QStringList &skills = w.conversation->requiredSkills;
                QList<const AgentState *> candidates;
                for (const AgentState &a : state.agents) {
                    if (!hasRoom(queue, a))
                        continue;
                    if (knowersOnly && std::none_of(skills.cbegin(), skills.cend(), [&](const QString &s) {
                            return proficiencyFor(a.agent.skills, s) != Proficiency::None;
                        }))
                        continue;
                    candidates.append(&a);
                }
                if (candidates.isEmpty()) {
                    if (knowersOnly)
                        continue;
                    break; // room depends on the queue, not the conversation: nobody for the rest either
                }
                const qsizetype pick = policy.pickAgent(w, candidates, context);
                AgentState *agent = state.agent(candidates[pick]->agent.id);
                recordServed(q, w.waitedMs, nowMs);
                assign(*w.conversation, *agent);
                ++assigned;
            }
        }
    }
    return assigned;
}

std::optional<qint64> QueueBook::nextOverflowMs(EngineState &state, qint64 nowMs) const
{
    std::optional<qint64> next;
    for (const Conversation &c : std::as_const(state.conversations)) {
        if (c.state != ConversationState::Queued)
            continue;
        const qsizetype q = queueOf(c, vipOf(state, c.id), nowMs);
        if (m_queues[q].overflowTo.isEmpty())
            continue;
        // When it entered its current queue, plus that queue's patience.
        qint64 entered = c.queuedMs;
        for (qsizetype i = queueOf(c, vipOf(state, c.id), c.queuedMs);
             i != q && !m_queues[i].overflowTo.isEmpty(); i = indexOf(m_queues[i].overflowTo))
            entered += m_queues[i].overflowAfterMs;
        const qint64 at = entered + m_queues[q].overflowAfterMs;
        if (!next || at < *next)
            next = at;
    }
    return next;
}

void QueueBook::recordServed(qsizetype queue, qint64 waitMs, qint64 nowMs)
{
    Served &s = m_served[size_t(queue)];
    const qint64 day = nowMs / dayMs;
    if (s.day != day)
        s = Served{day, 0, 0, 0};
    ++s.count;
    s.totalWaitMs += std::max<qint64>(0, waitMs);
    if (waitMs <= m_queues[queue].targetMs)
        ++s.withinTarget;
    m_servedTimes.push_back(nowMs);
    while (m_servedTimes.size() > 1 && m_servedTimes.front() < nowMs - 3600'000)
        m_servedTimes.pop_front();
}

int QueueBook::arrivalsLastHour(EngineState &state, qint64 nowMs)
{
    constexpr qint64 hourMs = 3600'000;
    while (!m_servedTimes.empty() && m_servedTimes.front() < nowMs - hourMs)
        m_servedTimes.pop_front();
    int arrivals = int(m_servedTimes.size());
    for (const Conversation &c : std::as_const(state.conversations)) {
        if (c.state == ConversationState::Queued && c.queuedMs >= nowMs - hourMs)
            ++arrivals;
    }
    return arrivals;
}

QueueFigures QueueBook::figures(qsizetype queue, EngineState &state, qint64 nowMs) const
{
    QueueFigures f;
    for (const WaitingConversation &w : waiting(queue, state, nowMs)) {
        ++f.waiting;
        f.longestWaitMs = std::max(f.longestWaitMs, w.waitedMs);
    }
    const Served &s = m_served[size_t(queue)];
    if (s.day == nowMs / dayMs && s.count > 0) {
        f.servedToday = s.count;
        f.averageWaitMs = s.totalWaitMs / s.count;
        f.servedWithinTargetShare = double(s.withinTarget) / double(s.count);
    }
    return f;
}

} // namespace baton
