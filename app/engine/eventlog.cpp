#include "engine/eventlog.h"

#include "core/eventtypes.h"
#include "core/message.h"
#include "engine/database.h"

#include <QJsonDocument>
#include <algorithm>

namespace baton {

EventLog::EventLog(Database &db)
    : m_db(db)
{
}

qint64 EventLog::lastSeq(const QString &recipient)
{
    if (const auto it = m_lastSeq.constFind(recipient); it != m_lastSeq.cend())
        return *it;
    qint64 seq = floorOf(recipient);
    QSqlQuery &events = m_db.prepare(QStringLiteral("SELECT MAX(seq) FROM events WHERE recipient=?"));
    if (m_db.exec(events, {recipient}) && events.next())
        seq = std::max(seq, events.value(0).toLongLong());
    events.finish();
    // Ended routes know their last number; open ones are read from their newest messages.
    QSqlQuery &routes =
        m_db.prepare(QStringLiteral("SELECT conversation_id, last_seq FROM message_routes WHERE recipient=?"));
    QList<qint64> open;
    if (m_db.exec(routes, {recipient})) {
        while (routes.next()) {
            if (routes.value(1).isNull())
                open.append(routes.value(0).toLongLong());
            else
                seq = std::max(seq, routes.value(1).toLongLong());
        }
    }
    routes.finish();
    for (const qint64 conversationId : std::as_const(open))
        seq = std::max(seq, lastDelivered(recipient, conversationId));
    m_lastSeq.insert(recipient, seq);
    return seq;
}

qint64 EventLog::reserve(const QString &recipient)
{
    const qint64 seq = lastSeq(recipient) + 1;
    m_lastSeq.insert(recipient, seq);
    return seq;
}

bool EventLog::append(const QString &recipient, qint64 seq, const QString &type, const QByteArray &compactPayload,
                      qint64 timeMs)
{
    return m_db.execSql(QStringLiteral("INSERT INTO events(recipient, seq, type, payload, time_ms) VALUES(?,?,?,?,?)"),
                        {recipient, seq, type, QString::fromUtf8(compactPayload), timeMs});
}

bool EventLog::messageDelivered(qint64 conversationId, const QList<MessageDelivery> &deliveries)
{
    loadOpenRoutes();
    auto open = m_openRoutes.find(conversationId);
    if (open != m_openRoutes.end()) {
        // Usually the same agents as for the previous message: nothing to write.
        for (qsizetype i = open->size() - 1; i >= 0; --i) {
            const QString agentId = open->at(i);
            const bool stillReceives = std::any_of(deliveries.cbegin(), deliveries.cend(),
                                                   [&](const MessageDelivery &d) { return d.agentId == agentId; });
            if (stillReceives)
                continue;
            if (!endRoute(agentId, conversationId))
                return false;
            open->removeAt(i);
        }
    }
    for (const MessageDelivery &d : deliveries) {
        QStringList &agents = m_openRoutes[conversationId];
        if (agents.contains(d.agentId))
            continue;
        if (!m_db.execSql(QStringLiteral("INSERT INTO message_routes(recipient, conversation_id, last_seq) "
                                         "VALUES(?,?,NULL) ON CONFLICT(recipient, conversation_id) DO UPDATE SET last_seq=NULL"),
                          {d.agentId, conversationId}))
            return false;
        agents.append(d.agentId);
    }
    if (const auto it = m_openRoutes.constFind(conversationId); it != m_openRoutes.cend() && it->isEmpty())
        m_openRoutes.remove(conversationId);
    return true;
}

bool EventLog::conversationClosed(qint64 conversationId)
{
    loadOpenRoutes();
    const QStringList agents = m_openRoutes.take(conversationId);
    for (const QString &agentId : agents) {
        if (!endRoute(agentId, conversationId))
            return false;
    }
    return true;
}

bool EventLog::endRoute(const QString &recipient, qint64 conversationId)
{
    return m_db.execSql(QStringLiteral("UPDATE message_routes SET last_seq=? WHERE recipient=? AND conversation_id=?"),
                        {lastDelivered(recipient, conversationId), recipient, conversationId});
}

void EventLog::loadOpenRoutes()
{
    if (m_openRoutesLoaded)
        return;
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT conversation_id, recipient FROM message_routes WHERE last_seq IS NULL"));
    if (m_db.exec(q)) {
        while (q.next())
            m_openRoutes[q.value(0).toLongLong()].append(q.value(1).toString());
    }
    q.finish();
    m_openRoutesLoaded = true;
}

template<typename Take>
void EventLog::scanDelivered(const QString &recipient, qint64 conversationId, Take take)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT seq, sender_kind, sender_id, text, time_ms, owner_agent, owner_event_seq, preview_agent, "
        "preview_event_seq FROM messages WHERE conversation_id=? ORDER BY seq DESC"));
    if (m_db.exec(q, {conversationId})) {
        bool more = true;
        while (more && q.next()) {
            const bool asPreview = q.value(7).toString() == recipient;
            if (q.value(5).toString() != recipient && !asPreview)
                continue;
            const Message m{conversationId,        q.value(0).toLongLong(), senderKindFromName(q.value(1).toString()),
                            q.value(2).toString(), q.value(3).toString(),   q.value(4).toLongLong()};
            // Newest first, so the preview's number (taken after the owner's) comes first.
            if (asPreview)
                more = take(q.value(8).toLongLong(), m);
            if (more && q.value(5).toString() == recipient)
                more = take(q.value(6).toLongLong(), m);
        }
    }
    q.finish();
}

qint64 EventLog::lastDelivered(const QString &recipient, qint64 conversationId)
{
    qint64 last = 0;
    scanDelivered(recipient, conversationId, [&](qint64 seq, const Message &) {
        last = std::max(last, seq);
        return false;
    });
    return last;
}

QList<StoredEvent> EventLog::after(const QString &recipient, qint64 afterSeq, int limit)
{
    const qint64 from = std::max(afterSeq, floorOf(recipient));
    QList<StoredEvent> list;
    QSqlQuery &events = m_db.prepare(
        QStringLiteral("SELECT seq, type, payload FROM events WHERE recipient=? AND seq>? ORDER BY seq LIMIT ?"));
    if (m_db.exec(events, {recipient, from, limit})) {
        while (events.next())
            list.append({events.value(0).toLongLong(), events.value(1).toString(),
                         QJsonDocument::fromJson(events.value(2).toString().toUtf8()).object()});
    }
    events.finish();
    QSqlQuery &routes = m_db.prepare(QStringLiteral(
        "SELECT conversation_id FROM message_routes WHERE recipient=? AND (last_seq IS NULL OR last_seq>?)"));
    QList<qint64> conversations;
    if (m_db.exec(routes, {recipient, from})) {
        while (routes.next())
            conversations.append(routes.value(0).toLongLong());
    }
    routes.finish();
    // A conversation's MESSAGE events to one agent are numbered in message order: read back to the
    // first one the agent already has.
    for (const qint64 conversationId : std::as_const(conversations)) {
        scanDelivered(recipient, conversationId, [&](qint64 seq, const Message &m) {
            if (seq <= from)
                return false;
            list.append({seq, QString(msg::Message), QJsonObject{{QStringLiteral("message"), m.toJson()}}});
            return true;
        });
    }
    std::sort(list.begin(), list.end(), [](const StoredEvent &a, const StoredEvent &b) { return a.seq < b.seq; });
    if (list.size() > limit)
        list.resize(limit);
    return list;
}

qint64 EventLog::floorOf(const QString &recipient)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT pruned_through FROM event_floors WHERE recipient=?"));
    qint64 floor = 0;
    if (m_db.exec(q, {recipient}) && q.next())
        floor = q.value(0).toLongLong();
    q.finish();
    return floor;
}

bool EventLog::prune(const QString &recipient, qint64 keepAfterSeq)
{
    if (keepAfterSeq <= floorOf(recipient))
        return true; // pruned that far before; no number at or below the floor is given out again
    return m_db.execSql(QStringLiteral("DELETE FROM events WHERE recipient=? AND seq<=?"), {recipient, keepAfterSeq}) &&
           m_db.execSql(QStringLiteral("DELETE FROM message_routes WHERE recipient=? AND last_seq<=?"),
                        {recipient, keepAfterSeq}) &&
           m_db.execSql(QStringLiteral("INSERT INTO event_floors(recipient, pruned_through) VALUES(?,?) "
                                       "ON CONFLICT(recipient) DO UPDATE SET pruned_through=excluded.pruned_through"),
                        {recipient, keepAfterSeq});
}

void EventLog::forgetCache()
{
    m_lastSeq.clear();
    m_openRoutes.clear();
    m_openRoutesLoaded = false;
}

} // namespace baton
