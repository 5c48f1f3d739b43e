#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace baton {

// F2.4 response-time rule: a customer who has waited longer than `warnAfterMs` for the agent's
// reply gets the agent warned; after `leadAfterMs` the agent's team lead is told. Counting starts
// with the first customer message after the agent last wrote and stops when the agent writes or
// the conversation closes. Kept in memory: after a restart the count starts with the next message.
class ResponseTimeRule {
public:
    struct Overdue {
        qint64 conversationId = 0;
        qint64 waitingMs = 0;
        bool toLead = false; // false: the agent's warning
    };

    void configure(qint64 warnAfterMs, qint64 leadAfterMs);
    bool enabled() const { return m_warnMs > 0 || m_leadMs > 0; }
    void customerWrote(qint64 conversationId, qint64 nowMs);
    void agentReplied(qint64 conversationId) { m_waiting.remove(conversationId); }
    void forget(qint64 conversationId) { m_waiting.remove(conversationId); }
    // The warnings that fell due by `nowMs`, each once.
    QList<Overdue> due(qint64 nowMs);
    std::optional<qint64> nextMs() const;

private:
    struct Waiting {
        qint64 sinceMs = 0;
        bool warned = false;
        bool leadTold = false;
    };
    qint64 m_warnMs = 0;
    qint64 m_leadMs = 0;
    QHash<qint64, Waiting> m_waiting;
};

} // namespace baton
