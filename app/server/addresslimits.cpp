#include "server/addresslimits.h"

#include <algorithm>

namespace baton {

namespace {
// Buckets full again after this long are dropped, so the tables stay as small as the live traffic.
constexpr int maxTrackedAddresses = 100'000;
} // namespace

AddressLimits::AddressLimits(const ClientLimits &limits)
    : m_limits(limits)
{
}

bool AddressLimits::take(QHash<QString, Bucket> &buckets, const QString &address, double perMs, double burst, qint64 nowMs)
{
    if (buckets.size() > maxTrackedAddresses) {
        for (auto it = buckets.begin(); it != buckets.end();)
            it = it->tokens + double(nowMs - it->lastMs) * perMs >= burst ? buckets.erase(it) : std::next(it);
    }
    auto it = buckets.find(address);
    if (it == buckets.end())
        it = buckets.insert(address, {burst, nowMs});
    it->tokens = std::min(burst, it->tokens + double(nowMs - it->lastMs) * perMs);
    it->lastMs = nowMs;
    if (it->tokens < 1)
        return false;
    it->tokens -= 1;
    return true;
}

bool AddressLimits::allowStart(const QString &address, qint64 nowMs)
{
    return take(m_starts, address, m_limits.startsPerAddressPerMinute / 60'000.0, m_limits.startBurstPerAddress, nowMs);
}

bool AddressLimits::allowMessage(const QString &address, qint64 nowMs)
{
    return take(m_messages, address, m_limits.messagesPerAddressPerSecond / 1000.0, m_limits.messageBurstPerAddress, nowMs);
}

int AddressLimits::waitingFrom(const QString &address, const std::function<bool(qint64)> &isWaiting)
{
    const auto it = m_conversations.find(address);
    if (it == m_conversations.end())
        return 0;
    for (auto id = it->begin(); id != it->end();)
        id = isWaiting(*id) ? std::next(id) : it->erase(id);
    const int waiting = int(it->size());
    if (waiting == 0)
        m_conversations.erase(it);
    return waiting;
}

void AddressLimits::started(const QString &address, qint64 conversationId)
{
    m_conversations[address].insert(conversationId);
}

} // namespace baton
