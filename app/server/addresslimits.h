#pragma once

#include "engine/accesspolicy.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <functional>

namespace baton {

// Issue 13.5: limits per client address on the customer endpoint, shared by all sessions from it,
// so that opening many connections buys nothing. Token buckets for new conversations and for
// messages, and a cap on the address's conversations still waiting for an agent. Times are on a
// steady clock in milliseconds.
class AddressLimits {
public:
    explicit AddressLimits(const ClientLimits &limits);

    bool allowStart(const QString &address, qint64 nowMs);
    bool allowMessage(const QString &address, qint64 nowMs);
    // How many of the address's conversations `isWaiting` still calls waiting (others are forgotten).
    int waitingFrom(const QString &address, const std::function<bool(qint64)> &isWaiting);
    void started(const QString &address, qint64 conversationId);
    int maxWaiting() const { return m_limits.waitingPerAddress; }

private:
    struct Bucket {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    static bool take(QHash<QString, Bucket> &buckets, const QString &address, double perMs, double burst, qint64 nowMs);

    ClientLimits m_limits;
    QHash<QString, Bucket> m_starts;
    QHash<QString, Bucket> m_messages;
    QHash<QString, QSet<qint64>> m_conversations;
};

} // namespace baton
