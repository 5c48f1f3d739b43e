#pragma once

#include <QHash>
#include <QList>
#include <optional>

namespace baton {

// Which waiting customers still have a page open. A customer whose last connection closed while
// with the robot or queued is expected back until a deadline; past it the engine closes the
// conversation as "left while waiting" (the same grace applies after a restart).
class VisitorPresence {
public:
    void connected(qint64 conversationId);
    // True when this was the customer's last connection.
    bool disconnected(qint64 conversationId);
    void expectBack(qint64 conversationId, qint64 untilMs) { m_goneAtMs.insert(conversationId, untilMs); }
    // The conversations whose customer did not come back by nowMs; they are forgotten here.
    QList<qint64> takeGone(qint64 nowMs);
    std::optional<qint64> nextDeadlineMs() const;

private:
    QHash<qint64, int> m_connections;
    QHash<qint64, qint64> m_goneAtMs; // conversation → when it closes unless its customer returns
};

} // namespace baton
