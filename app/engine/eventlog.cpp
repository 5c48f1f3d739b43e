#include "engine/eventlog.h"

#include "core/eventtypes.h"
#include "core/message.h"
#include "engine/database.h"

#include <QJsonDocument>
#include <algorithm>
#include <limits>

namespace baton {

EventLog::EventLog(Database &db)
    : m_db(db)
{
}

qint64 EventLog::lastSeq(const QString &recipient)
{
    if (const auto it = m_lastSeq.constFind(recipient); it != m_lastSeq.cend())
        return *it;
    bool ok = true;
    qint64 seq = floorOf(recipient);
    QSqlQuery &events = m_db.prepare(QStringLiteral("SELECT MAX(seq) FROM events WHERE recipient=?"));
    if (m_db.exec(events, {recipient}) && events.next())
        seq = std::max(seq, events.value(0).toLongLong());
    else
        ok = false;
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
    } else {
        ok = false;
    }
    routes.finish();
    loadOpenRoutes();
    for (const qint64 conversationId : std::as_const(open)) {
        const auto routesOfConversation = m_openRoutes.find(conversationId);
        if (routesOfConversation == m_openRoutes.end())
            continue;
        for (OpenRoute &route : *routesOfConversation) {
            if (route.agentId != recipient)
                continue;
            if (route.lastSeq == 0) { // opened before the start: read once, then known
                const Delivered last = lastDelivered(recipient, conversationId, &ok);
                route.lastSeq = last.seq;
                route.lastMessageSeq = last.messageSeq;
            }
            seq = std::max(seq, route.lastSeq);
        }
    }
    // A number read wrong would be given out twice (a MESSAGE event's row has no key to refuse it):
    // what could not be read is read again next time, and the command's own writes fail as well.
    if (ok)
        m_lastSeq.insert(recipient, seq);
    else
        qCritical("cannot read the last event number of %s", qPrintable(recipient));
    return seq;
}

qint64 EventLog::reserve(const QString &recipient)
{
    const qint64 seq = lastSeq(recipient) + 1;
    m_lastSeq.insert(recipient, seq);
    m_unkept = true;
    return seq;
}

bool EventLog::append(const QString &recipient, qint64 seq, const QString &type, const QByteArray &compactPayload,
                      qint64 timeMs)
{
    return m_db.execSql(QStringLiteral("INSERT INTO events(recipient, seq, type, payload, time_ms) VALUES(?,?,?,?,?)"),
                        {recipient, seq, type, QString::fromUtf8(compactPayload), timeMs});
}

bool EventLog::messageDelivered(qint64 conversationId, qint64 messageSeq, const MessageDelivery &owner,
                                const MessageDelivery &preview)
{
    loadOpenRoutes();
    m_unkept = true;
    if (const auto open = m_openRoutes.find(conversationId); open != m_openRoutes.end()) {
        // Usually the same agents as for the previous message: nothing to write.
        for (qsizetype i = open->size() - 1; i >= 0; --i) {
            const OpenRoute route = open->at(i);
            if (route.agentId == owner.agentId || route.agentId == preview.agentId)
                continue;
            if (!endRoute(route, conversationId))
                return false;
            open->removeAt(i);
        }
    }
    for (const MessageDelivery *delivery : {&owner, &preview}) {
        const MessageDelivery &d = *delivery;
        if (d.agentId.isEmpty())
            continue;
        QList<OpenRoute> &routes = m_openRoutes[conversationId];
        const auto route = std::find_if(routes.begin(), routes.end(),
                                        [&](const OpenRoute &r) { return r.agentId == d.agentId; });
        if (route != routes.end()) {
            route->lastSeq = d.eventSeq;
            route->lastMessageSeq = messageSeq;
            continue;
        }
        if (!m_db.execSql(QStringLiteral("INSERT INTO message_routes(recipient, conversation_id, last_seq) "
                                         "VALUES(?,?,NULL) ON CONFLICT(recipient, conversation_id) DO UPDATE SET last_seq=NULL"),
                          {d.agentId, conversationId}))
            return false;
        routes.append({d.agentId, d.eventSeq, messageSeq});
    }
    if (const auto it = m_openRoutes.constFind(conversationId); it != m_openRoutes.cend() && it->isEmpty())
        m_openRoutes.remove(conversationId);
    return true;
}

bool EventLog::conversationClosed(qint64 conversationId)
{
    loadOpenRoutes();
    m_unkept = true;
    const QList<OpenRoute> routes = m_openRoutes.take(conversationId);
    for (const OpenRoute &route : routes) {
        if (!endRoute(route, conversationId))
            return false;
    }
    return true;
}

bool EventLog::endRoute(const OpenRoute &route, qint64 conversationId)
{
    bool ok = true;
    const Delivered last = route.lastSeq != 0 ? Delivered{route.lastSeq, conversationId, route.lastMessageSeq}
                                              : lastDelivered(route.agentId, conversationId, &ok);
    return ok && m_db.execSql(QStringLiteral("UPDATE message_routes SET last_seq=?, last_message_seq=? "
                                             "WHERE recipient=? AND conversation_id=?"),
                              {last.seq, last.messageSeq, route.agentId, conversationId});
}

qint64 EventLog::openRouteLastSeq(const QString &recipient, qint64 conversationId)
{
    loadOpenRoutes();
    for (const OpenRoute &route : m_openRoutes.value(conversationId)) {
        if (route.agentId == recipient)
            return route.lastSeq;
    }
    return 0;
}

void EventLog::loadOpenRoutes()
{
    if (m_openRoutesLoaded)
        return;
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT conversation_id, recipient FROM message_routes WHERE last_seq IS NULL"));
    if (m_db.exec(q)) {
        while (q.next())
            m_openRoutes[q.value(0).toLongLong()].append({q.value(1).toString(), 0});
    }
    q.finish();
    m_openRoutesLoaded = true;
}

bool EventLog::appendDelivered(const QString &recipient, qint64 conversationId, qint64 untilMessageSeq, qint64 from,
                               qsizetype max, QList<Delivered> *out)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT seq, CASE WHEN owner_agent=? THEN owner_event_seq ELSE 0 END, "
        "CASE WHEN preview_agent=? THEN preview_event_seq ELSE 0 END FROM messages "
        "WHERE conversation_id=? AND seq<=? AND (owner_agent=? OR preview_agent=?) ORDER BY seq DESC"));
    const bool ok = m_db.exec(q, {recipient, recipient, conversationId, untilMessageSeq, recipient, recipient});
    if (ok) {
        qsizetype taken = 0;
        bool more = true;
        while (more && q.next()) {
            // Newest first, so the preview's number (taken after the owner's) comes first.
            for (const int column : {2, 1}) {
                const qint64 seq = q.value(column).toLongLong();
                if (seq == 0)
                    continue;
                if (seq <= from || taken == max) {
                    more = false;
                    break;
                }
                out->append({seq, conversationId, q.value(0).toLongLong()});
                ++taken;
            }
        }
    }
    q.finish();
    return ok;
}

EventLog::Delivered EventLog::lastDelivered(const QString &recipient, qint64 conversationId, bool *ok)
{
    QList<Delivered> newest;
    if (!appendDelivered(recipient, conversationId, std::numeric_limits<qint64>::max(), 0, 1, &newest) && ok)
        *ok = false;
    return newest.isEmpty() ? Delivered{0, conversationId, 0} : newest.first();
}

QList<StoredEvent> EventLog::after(const QString &recipient, qint64 afterSeq, int limit)
{
    if (limit <= 0)
        return {};
    const qint64 from = std::max(afterSeq, floorOf(recipient));
    QList<StoredEvent> stored;
    QSqlQuery &events = m_db.prepare(
        QStringLiteral("SELECT seq, type, payload FROM events WHERE recipient=? AND seq>? ORDER BY seq LIMIT ?"));
    if (m_db.exec(events, {recipient, from, limit})) {
        while (events.next())
            stored.append({events.value(0).toLongLong(), events.value(1).toString(),
                           QJsonDocument::fromJson(events.value(2).toString().toUtf8()).object()});
    }
    events.finish();
    QSqlQuery &routes = m_db.prepare(QStringLiteral("SELECT conversation_id, last_seq IS NULL, last_message_seq "
                                                    "FROM message_routes WHERE recipient=? AND "
                                                    "(last_seq IS NULL OR last_seq>?)"));
    QList<std::pair<qint64, qint64>> conversations; // {id, newest message to read}
    if (m_db.exec(routes, {recipient, from})) {
        while (routes.next()) {
            const qint64 id = routes.value(0).toLongLong();
            if (!routes.value(1).toBool()) {
                conversations.append({id, routes.value(2).toLongLong()});
                continue;
            }
            // An open route whose newest number memory knows is skipped when the client has it.
            const qint64 known = openRouteLastSeq(recipient, id);
            if (known == 0 || known > from)
                conversations.append({id, std::numeric_limits<qint64>::max()});
        }
    }
    routes.finish();
    QList<Delivered> delivered;
    for (const auto &[conversationId, until] : std::as_const(conversations))
        appendDelivered(recipient, conversationId, until, from, std::numeric_limits<qsizetype>::max(), &delivered);
    std::sort(delivered.begin(), delivered.end(), [](const Delivered &a, const Delivered &b) { return a.seq < b.seq; });
    // The first `limit` numbers of both, in order; messages are read only for the ones that made it.
    QList<StoredEvent> list;
    QList<qsizetype> at;
    qsizetype s = 0;
    qsizetype d = 0;
    while (list.size() < limit && (s < stored.size() || d < delivered.size())) {
        if (d == delivered.size() || (s < stored.size() && stored[s].seq < delivered[d].seq)) {
            list.append(stored[s++]);
        } else {
            at.append(list.size());
            list.append({delivered[d++].seq, QString(msg::Message), {}});
        }
    }
    delivered.resize(at.size());
    loadMessages(delivered, at, &list);
    return list;
}

void EventLog::loadMessages(const QList<Delivered> &delivered, const QList<qsizetype> &at, QList<StoredEvent> *events)
{
    // conversation → message seq → index in events (two when one agent owned and previewed it)
    QHash<qint64, QMultiHash<qint64, qsizetype>> wanted;
    for (qsizetype i = 0; i < delivered.size(); ++i)
        wanted[delivered[i].conversationId].insert(delivered[i].messageSeq, at[i]);
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT seq, sender_kind, sender_id, text, time_ms FROM messages "
                                               "WHERE conversation_id=? AND seq>=? AND seq<=?"));
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const auto [low, high] = std::minmax_element(it->keyBegin(), it->keyEnd());
        if (m_db.exec(q, {it.key(), *low, *high})) {
            while (q.next()) {
                const qint64 seq = q.value(0).toLongLong();
                if (!it->contains(seq))
                    continue;
                const Message m{it.key(),
                                seq,
                                senderKindFromName(q.value(1).toString()),
                                q.value(2).toString(),
                                q.value(3).toString(),
                                q.value(4).toLongLong()};
                const QJsonObject payload{{QStringLiteral("message"), m.toJson()}};
                for (auto index = it->constFind(seq); index != it->cend() && index.key() == seq; ++index)
                    (*events)[*index].payload = payload;
            }
        }
        q.finish();
    }
}

qint64 EventLog::floorOf(const QString &recipient)
{
    if (const auto it = m_floors.constFind(recipient); it != m_floors.cend())
        return *it;
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT pruned_through FROM event_floors WHERE recipient=?"));
    qint64 floor = 0;
    if (m_db.exec(q, {recipient}) && q.next())
        floor = q.value(0).toLongLong();
    q.finish();
    m_floors.insert(recipient, floor);
    return floor;
}

bool EventLog::prune(const QString &recipient, qint64 keepAfterSeq)
{
    if (keepAfterSeq <= floorOf(recipient))
        return true; // pruned that far before; no number at or below the floor is given out again
    m_unkept = true; // the floor below is cached
    m_floors.insert(recipient, keepAfterSeq);
    return m_db.execSql(QStringLiteral("DELETE FROM events WHERE recipient=? AND seq<=?"), {recipient, keepAfterSeq}) &&
           m_db.execSql(QStringLiteral("DELETE FROM message_routes WHERE recipient=? AND last_seq<=?"),
                        {recipient, keepAfterSeq}) &&
           m_db.execSql(QStringLiteral("INSERT INTO event_floors(recipient, pruned_through) VALUES(?,?) "
                                       "ON CONFLICT(recipient) DO UPDATE SET pruned_through=excluded.pruned_through"),
                        {recipient, keepAfterSeq});
}

void EventLog::forgetCache()
{
    m_unkept = false;
    m_floors.clear();
    m_lastSeq.clear();
    m_openRoutes.clear();
    m_openRoutesLoaded = false;
}

} // namespace baton
