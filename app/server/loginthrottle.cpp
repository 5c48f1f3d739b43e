#include "server/loginthrottle.h"

#include <algorithm>

namespace baton {

LoginThrottle::LoginThrottle(const LoginPolicy &policy)
    : m_policy(policy)
{
}

LoginThrottle::Entry &LoginThrottle::entry(QHash<QString, Entry> &table, const QString &key, qint64 nowMs)
{
    if (table.size() >= m_policy.maxTracked) {
        for (auto it = table.begin(); it != table.end();)
            it = nowMs - it->lastMs > m_policy.forgetAfterMs ? table.erase(it) : std::next(it);
    }
    Entry &e = table[key];
    if (e.attempts > 0 && nowMs - e.lastMs > m_policy.forgetAfterMs)
        e = Entry();
    return e;
}

void LoginThrottle::count(Entry &e, int freeAttempts, qint64 nowMs) const
{
    ++e.attempts;
    e.lastMs = nowMs;
    if (e.attempts < freeAttempts)
        return;
    const int doublings = std::min(e.attempts - freeAttempts, 30);
    e.nextAllowedMs = nowMs + std::min(m_policy.maxDelayMs, m_policy.firstDelayMs << doublings);
}

qint64 LoginThrottle::admit(const QString &user, const QString &address, qint64 nowMs)
{
    Entry &account = entry(m_accounts, user, nowMs);
    Entry &from = entry(m_addresses, address, nowMs);
    const qint64 wait = std::max({account.nextAllowedMs - nowMs, from.nextAllowedMs - nowMs, qint64(0)});
    if (wait > 0)
        return wait;
    count(account, m_policy.freeAttemptsPerAccount, nowMs);
    count(from, m_policy.freeAttemptsPerAddress, nowMs);
    return 0;
}

void LoginThrottle::succeeded(const QString &user, const QString &address)
{
    m_accounts.remove(user);
    const auto from = m_addresses.find(address);
    if (from != m_addresses.end() && from->attempts > 0) {
        --from->attempts;
        if (from->attempts < m_policy.freeAttemptsPerAddress)
            from->nextAllowedMs = 0;
    }
}

} // namespace baton
