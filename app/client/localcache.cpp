#include "client/localcache.h"
#include "core/jsonvalues.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCache, "baton.client.cache")

static void initCacheMigrations()
{
    Q_INIT_RESOURCE(client_cache_sql);
}

namespace baton {

namespace {
QString cacheMigrations()
{
    initCacheMigrations();
    return QStringLiteral(":/baton/cache-sql");
}

// Stored as TEXT, so SQL can compare them with literals such as '[]'.
QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QString compact(const QJsonArray &a) { return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)); }
QJsonObject objectFrom(const QVariant &v) { return QJsonDocument::fromJson(v.toString().toUtf8()).object(); }
QJsonArray arrayFrom(const QVariant &v) { return QJsonDocument::fromJson(v.toString().toUtf8()).array(); }

template <typename T>
QString compactList(const QList<T> &items)
{
    QJsonArray a;
    for (const T &item : items)
        a.append(item.toJson());
    return compact(a);
}

const QString summaryColumns = QStringLiteral(
    "c.id, c.data, c.owner, c.state, c.priority, c.customer_name, c.vip_level, c.last_text, c.last_time_ms, "
    "c.waiting_since_ms, c.unread, c.ever_mine, c.offer_transfer_id, c.outgoing_transfer_id, "
    "COALESCE(json_extract(t.data, '$.state'), ''), c.missed_transfer_id "
    "FROM conversations c LEFT JOIN transfers t ON t.id = c.outgoing_transfer_id ");

ConversationSummary summaryFrom(const QSqlQuery &q)
{
    ConversationSummary s;
    s.id = q.value(0).toLongLong();
    s.view = ConversationView::fromJson(objectFrom(q.value(1)));
    s.owner = q.value(2).toString();
    s.state = q.value(3).toString();
    s.priority = q.value(4).toInt();
    s.customerName = q.value(5).toString();
    s.vipLevel = q.value(6).toInt();
    s.lastText = q.value(7).toString();
    s.lastTimeMs = q.value(8).toLongLong();
    s.waitingSinceMs = q.value(9).toLongLong();
    s.unread = q.value(10).toInt();
    s.everMine = q.value(11).toBool();
    s.offerTransferId = q.value(12).toLongLong();
    s.outgoingTransferId = q.value(13).toLongLong();
    s.outgoingState = q.value(14).toString();
    s.missedTransferId = q.value(15).toLongLong();
    return s;
}
} // namespace

LocalCache::LocalCache(const QString &path)
    // NORMAL: a crash may lose the last cached event, which RESUME fetches again; the outbox is
    // written before the engine ever sees a message, so nothing typed is lost either way.
    : m_db({path, false, cacheMigrations()})
{
}

bool LocalCache::open(QString *error)
{
    if (m_db.open())
        return true;
    *error = m_db.error();
    return false;
}

QString LocalCache::pathFor(const QString &folder, const QString &engineUrl, const QString &agentId)
{
    const QByteArray digest = QCryptographicHash::hash((engineUrl + QLatin1Char('\n') + agentId).toUtf8(),
                                                       QCryptographicHash::Sha256);
    return QDir(folder).filePath(QStringLiteral("cache-%1.db").arg(QString::fromLatin1(digest.toHex().left(16))));
}

QString LocalCache::meta(const QString &key) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT value FROM meta WHERE key=?"));
    m_db.exec(q, {key});
    const QString value = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return value;
}

bool LocalCache::setMeta(const QString &key, const QString &value)
{
    return m_db.execSql(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                                       "ON CONFLICT(key) DO UPDATE SET value=excluded.value"),
                        {key, value});
}

QList<ConversationSummary> LocalCache::conversations() const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + summaryColumns +
                                QStringLiteral("WHERE c.ever_mine=1 OR c.offer_transfer_id>0 OR c.missed_transfer_id>0"));
    QList<ConversationSummary> list;
    if (m_db.exec(q)) {
        while (q.next())
            list.append(summaryFrom(q));
    }
    q.finish();
    return list;
}

std::optional<ConversationSummary> LocalCache::conversation(qint64 id) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + summaryColumns + QStringLiteral("WHERE c.id=?"));
    std::optional<ConversationSummary> s;
    if (m_db.exec(q, {id}) && q.next())
        s = summaryFrom(q);
    q.finish();
    return s;
}

bool LocalCache::upsertConversation(const ConversationView &view, const QString &me)
{
    const Conversation &c = view.conversation;
    return m_db.execSql(
        QStringLiteral("INSERT INTO conversations(id, data, owner, state, priority, customer_name, vip_level, "
                       "last_time_ms, ever_mine) VALUES(?,?,?,?,?,?,?,?,?) "
                       "ON CONFLICT(id) DO UPDATE SET data=excluded.data, owner=excluded.owner, "
                       "state=excluded.state, priority=excluded.priority, customer_name=excluded.customer_name, "
                       "vip_level=excluded.vip_level, ever_mine=MAX(ever_mine, excluded.ever_mine), "
                       "last_time_ms=MAX(last_time_ms, excluded.last_time_ms)"),
        {c.id, compact(view.toJson()), c.ownerId, conversationStateName(c.state), c.priority, view.customer.name,
         view.customer.vipLevel, c.createdMs, c.ownerId == me ? 1 : 0});
}

bool LocalCache::setOfferTransfer(qint64 conversationId, qint64 transferId)
{
    return m_db.execSql(QStringLiteral("UPDATE conversations SET offer_transfer_id=? WHERE id=?"),
                        {transferId, conversationId});
}

bool LocalCache::setOutgoingTransfer(qint64 conversationId, qint64 transferId)
{
    return m_db.execSql(QStringLiteral("UPDATE conversations SET outgoing_transfer_id=? WHERE id=?"),
                        {transferId, conversationId});
}

bool LocalCache::setMissedTransfer(qint64 conversationId, qint64 transferId)
{
    return m_db.execSql(QStringLiteral("UPDATE conversations SET missed_transfer_id=? WHERE id=?"),
                        {transferId, conversationId});
}

bool LocalCache::markRead(qint64 conversationId)
{
    return m_db.execSql(QStringLiteral("UPDATE conversations SET unread=0 WHERE id=?"), {conversationId});
}

bool LocalCache::setChain(qint64 conversationId, const QList<ChainHop> &hops)
{
    return m_db.execSql(QStringLiteral("UPDATE conversations SET chain=? WHERE id=?"), {compactList(hops), conversationId});
}

QList<ChainHop> LocalCache::chain(qint64 conversationId) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT chain FROM conversations WHERE id=?"));
    QList<ChainHop> hops;
    if (m_db.exec(q, {conversationId}) && q.next())
        hops = ChainHop::listFromJson(arrayFrom(q.value(0)));
    q.finish();
    return hops;
}

bool LocalCache::addMessage(const Message &m, bool countsAsUnread)
{
    QSqlQuery &insert = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO messages(conversation_id, seq, sender, sender_id, text, time_ms) VALUES(?,?,?,?,?,?)"));
    if (!m_db.exec(insert, {m.conversationId, m.seq, senderKindName(m.senderKind), m.senderId, m.text, m.timeMs}))
        return false;
    const bool inserted = insert.numRowsAffected() > 0;
    insert.finish();
    if (!inserted)
        return false;
    if (m.senderKind == SenderKind::System)
        return true;
    // The customer waits from their first unanswered message until an agent writes.
    const bool fromCustomer = m.senderKind == SenderKind::Customer;
    m_db.execSql(QStringLiteral("UPDATE conversations SET last_text=?, last_time_ms=?, unread=unread+?, "
                                "waiting_since_ms=CASE WHEN ? THEN (CASE WHEN waiting_since_ms=0 THEN ? "
                                "ELSE waiting_since_ms END) ELSE 0 END WHERE id=? AND last_time_ms<=?"),
                 {m.text, m.timeMs, countsAsUnread && fromCustomer ? 1 : 0, fromCustomer, m.timeMs, m.conversationId,
                  m.timeMs});
    return true;
}

bool LocalCache::updateMessageText(qint64 conversationId, qint64 seq, const QString &text)
{
    return m_db.execSql(QStringLiteral("UPDATE messages SET text=? WHERE conversation_id=? AND seq=?"),
                        {text, conversationId, seq});
}

namespace {
QList<Message> readMessages(QSqlQuery &q, qint64 conversationId)
{
    QList<Message> list;
    while (q.next()) {
        Message m;
        m.conversationId = conversationId;
        m.seq = q.value(0).toLongLong();
        m.senderKind = senderKindFromName(q.value(1).toString());
        m.senderId = q.value(2).toString();
        m.text = q.value(3).toString();
        m.timeMs = q.value(4).toLongLong();
        list.append(std::move(m));
    }
    q.finish();
    return list;
}
} // namespace

QList<Message> LocalCache::messages(qint64 conversationId) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT seq, sender, sender_id, text, time_ms FROM messages WHERE conversation_id=? ORDER BY seq"));
    if (!m_db.exec(q, {conversationId}))
        return {};
    return readMessages(q, conversationId);
}

QList<Message> LocalCache::messagesBefore(qint64 conversationId, qint64 beforeSeq, int limit) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT seq, sender, sender_id, text, time_ms FROM messages WHERE conversation_id=? AND (?=0 OR seq<?) "
        "ORDER BY seq DESC LIMIT ?"));
    if (!m_db.exec(q, {conversationId, beforeSeq, beforeSeq, limit}))
        return {};
    QList<Message> list = readMessages(q, conversationId);
    std::reverse(list.begin(), list.end());
    return list;
}

qint64 LocalCache::maxMessageSeq(qint64 conversationId) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM messages WHERE conversation_id=?"));
    qint64 seq = 0;
    if (m_db.exec(q, {conversationId}) && q.next())
        seq = q.value(0).toLongLong();
    q.finish();
    return seq;
}

qint64 LocalCache::contiguousMessageSeq(qint64 conversationId) const
{
    // The first cached message whose successor is missing ends the run; 0 when message 1 is missing.
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT CASE WHEN EXISTS(SELECT 1 FROM messages WHERE conversation_id=? AND seq=1) THEN "
        "(SELECT MIN(m.seq) FROM messages m WHERE m.conversation_id=? AND NOT EXISTS "
        "(SELECT 1 FROM messages n WHERE n.conversation_id=? AND n.seq=m.seq+1)) ELSE 0 END"));
    qint64 seq = 0;
    if (m_db.exec(q, {conversationId, conversationId, conversationId}) && q.next())
        seq = q.value(0).toLongLong();
    q.finish();
    return seq;
}

qint64 LocalCache::nextCachedMessageSeq(qint64 conversationId, qint64 seq) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT COALESCE(MIN(seq), 0) FROM messages WHERE conversation_id=? AND seq>?"));
    qint64 next = 0;
    if (m_db.exec(q, {conversationId, seq}) && q.next())
        next = q.value(0).toLongLong();
    q.finish();
    return next;
}

LocalCache::HistoryHole LocalCache::firstHole(qint64 conversationId, qint64 lastSeq, int maxLimit) const
{
    const qint64 after = contiguousMessageSeq(conversationId);
    const qint64 holeEnd = nextCachedMessageSeq(conversationId, after); // first cached one after the hole
    const qint64 end = holeEnd > 0 ? holeEnd : lastSeq + 1;
    return {after, int(std::clamp<qint64>(end - after - 1, 0, maxLimit))};
}

bool LocalCache::upsertTransfer(const Transfer &t, const QList<Candidate> &next, const std::optional<AgentView> &from,
                                const QString &toName)
{
    QJsonObject extra;
    if (from)
        extra.insert(QStringLiteral("from"), from->toJson());
    if (!toName.isEmpty())
        extra.insert(QStringLiteral("toName"), toName);
    // Later events refine a transfer; recommendations and extras from earlier ones are kept.
    return m_db.execSql(
        QStringLiteral("INSERT INTO transfers(id, conversation_id, data, next, extra) VALUES(?,?,?,?,?) "
                       "ON CONFLICT(id) DO UPDATE SET data=excluded.data, "
                       "next=CASE WHEN excluded.next='[]' THEN next ELSE excluded.next END, "
                       "extra=CASE WHEN excluded.extra='{}' THEN extra ELSE json_patch(extra, excluded.extra) END"),
        {t.id, t.conversationId, compact(t.toJson()), compactList(next), compact(extra)});
}

std::optional<CachedTransfer> LocalCache::transfer(qint64 id) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT data, next, extra FROM transfers WHERE id=?"));
    std::optional<CachedTransfer> t;
    if (m_db.exec(q, {id}) && q.next()) {
        const QJsonObject extra = objectFrom(q.value(2));
        t = CachedTransfer{Transfer::fromJson(objectFrom(q.value(0))), Candidate::listFromJson(arrayFrom(q.value(1))),
                           std::nullopt, extra.value(QStringLiteral("toName")).toString()};
        if (extra.contains(QStringLiteral("from")))
            t->from = AgentView::fromJson(extra.value(QStringLiteral("from")).toObject());
    }
    q.finish();
    return t;
}

bool LocalCache::addToOutbox(const OutboxEntry &e)
{
    return m_db.execSql(QStringLiteral("INSERT INTO outbox(key, conversation_id, text, created_ms) VALUES(?,?,?,?)"),
                        {e.key, e.conversationId, e.text, e.createdMs});
}

bool LocalCache::removeFromOutbox(const QString &key)
{
    return m_db.execSql(QStringLiteral("DELETE FROM outbox WHERE key=?"), {key});
}

QList<OutboxEntry> LocalCache::outbox(qint64 conversationId) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT key, conversation_id, text, created_ms FROM outbox "
                                               "WHERE ?=0 OR conversation_id=? ORDER BY position"));
    QList<OutboxEntry> list;
    if (m_db.exec(q, {conversationId, conversationId})) {
        while (q.next())
            list.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong()});
    }
    q.finish();
    return list;
}

} // namespace baton
