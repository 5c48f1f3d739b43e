#include "client/alertcenter.h"

#include "client/agentclient.h"
#include "client/engineconnection.h"
#include "client/localcache.h"
#include "core/eventtypes.h"
#include "protocol/agentevents.h"

#include <algorithm>

namespace baton {

namespace {
constexpr qsizetype maxAlerts = 20; // the oldest go first: a backlog of warnings helps no one
}

AlertCenter::AlertCenter(AgentClient &client, LocalCache &cache, QObject *parent)
    : QObject(parent), m_client(client), m_cache(cache)
{
    connect(&client.connection(), &EngineConnection::event, this, &AlertCenter::onEvent);
    connect(&client.updater(), &CacheUpdater::conversationChanged, this, &AlertCenter::onConversationChanged);
}

QSet<qint64> AlertCenter::overdueConversations() const
{
    QSet<qint64> ids;
    for (const Alert &a : m_alerts) {
        if (a.kind == Kind::ReplyOverdue)
            ids.insert(a.conversationId);
    }
    return ids;
}

void AlertCenter::dismiss(quint64 alertId)
{
    const auto removed = m_alerts.removeIf([alertId](const Alert &a) { return a.id == alertId; });
    if (removed > 0)
        emit changed();
}

void AlertCenter::onEvent(const QString &type, qint64, const QJsonObject &payload)
{
    Alert alert;
    if (type == msg::ReplyOverdue) {
        const auto e = event::ReplyOverdue::fromPayload(payload);
        alert.kind = e.toLead ? Kind::TeamReplyOverdue : Kind::ReplyOverdue;
        alert.conversationId = e.conversationId;
        alert.waitingSinceMs = m_client.engineNowMs() - e.waitingMs;
        alert.agentName = m_client.agentName(e.agentId);
    } else if (type == msg::OverloadWarning) {
        const auto e = event::OverloadWarning::fromPayload(payload);
        alert.kind = Kind::Overload;
        alert.load = e.load;
        alert.maxSessions = e.maxSessions;
        alert.waiting = e.waiting;
        alert.suggestions = e.suggestions;
    } else if (type == msg::TransferHint) {
        const auto e = event::TransferHint::fromPayload(payload);
        alert.kind = Kind::TransferHint;
        alert.conversationId = e.conversationId;
        alert.skill = e.skill;
        alert.word = e.word;
        alert.candidates = e.candidates;
    } else {
        return;
    }
    if (const auto s = m_cache.conversation(alert.conversationId))
        alert.customerName = s->customerName;
    // One alert per subject: a newer one replaces it.
    const auto removed = m_alerts.removeIf([&alert](const Alert &a) {
        return a.kind == alert.kind && a.conversationId == alert.conversationId && a.skill == alert.skill;
    });
    add(alert, removed > 0);
}

void AlertCenter::add(Alert alert, bool replacing)
{
    alert.id = m_nextId++;
    m_alerts.prepend(alert);
    while (m_alerts.size() > maxAlerts)
        m_alerts.removeLast();
    if (!replacing)
        emit raised(alert);
    emit changed();
}

bool AlertCenter::stillApplies(const Alert &alert) const
{
    const QString me = m_client.agentId();
    switch (alert.kind) {
    case Kind::ReplyOverdue: {
        const auto s = m_cache.conversation(alert.conversationId);
        return s && s->isOwnedBy(me) && s->waitingSinceMs > 0;
    }
    case Kind::TransferHint: {
        const auto s = m_cache.conversation(alert.conversationId);
        return s && s->isOwnedBy(me) && s->outgoingState != QLatin1String("pending");
    }
    case Kind::Overload: {
        const QList<ConversationSummary> all = m_cache.conversations();
        const auto open = std::count_if(all.cbegin(), all.cend(),
                                        [&me](const ConversationSummary &s) { return s.isOwnedBy(me); });
        return open >= alert.maxSessions;
    }
    case Kind::TeamReplyOverdue:
        break; // the lead dismisses it; the owner's answer is not in this cache
    }
    return true;
}

void AlertCenter::onConversationChanged(qint64 conversationId)
{
    const auto removed = m_alerts.removeIf([&](const Alert &a) {
        const bool concerned = a.conversationId == conversationId || a.kind == Kind::Overload;
        return concerned && !stillApplies(a);
    });
    if (removed > 0)
        emit changed();
}

} // namespace baton
