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

QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
QByteArray compact(const QJsonArray &a) { return QJsonDocument(a).toJson(QJsonDocument::Compact); }

const QString summaryColumns = QStringLiteral(
    "c.id, c.data, c.owner, c.state, c.priority, c.customer_name, c.vip_level, c.last_text, c.last_time_ms, "
    "c.waiting_since_ms, c.unread, c.ever_mine, c.offer_transfer_id, c.outgoing_transfer_id, "
    "COALESCE(json_extract(t.data, '$.state'), '') "
    "FROM conversations c LEFT JOIN transfers t ON t.id = c.outgoing_transfer_id ");

ConversationSummary summaryFrom(const QSqlQuery &q)
{
    ConversationSummary s;
    s.id = q.value(0).toLongLong();
    s.data = q.value(1).toByteArray();
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
                                QStringLiteral("WHERE c.ever_mine=1 OR c.offer_transfer_id>0"));
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

bool LocalCache::upsertConversation(const QJsonObject &c, const QString &me)
{
    const QJsonObject customer = c.value(QStringLiteral("customer")).toObject();
    const QString owner = c.value(QStringLiteral("owner")).toString();
    return m_db.execSql(
        QStringLiteral("INSERT INTO conversations(id, data, owner, state, priority, customer_name, vip_level, "
                       "last_time_ms, ever_mine) VALUES(?,?,?,?,?,?,?,?,?) "
                       "ON CONFLICT(id) DO UPDATE SET data=excluded.data, owner=excluded.owner, "
                       "state=excluded.state, priority=excluded.priority, customer_name=excluded.customer_name, "
                       "vip_level=excluded.vip_level, ever_mine=MAX(ever_mine, excluded.ever_mine), "
                       "last_time_ms=MAX(last_time_ms, excluded.last_time_ms)"),
        {jsonInteger(c, QLatin1String("id")), compact(c), owner, c.value(QStringLiteral("state")).toString(),
         c.value(QStringLiteral("priority")).toInt(), customer.value(QStringLiteral("name")).toString(),
         customer.value(QStringLiteral("vipLevel")).toInt(), jsonInteger(c, QLatin1String("createdMs")), owner == me ? 1 : 0});
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

bool LocalCache::markRead(qint64 conversationId)
{
    return m_db.execSql(QStringLiteral("UPDATE conversations SET unread=0 WHERE id=?"), {conversationId});
}

bool LocalCache::setChain(qint64 conversationId, const QJsonArray &hops)
{
    return m_db.execSql(QStringLiteral("UPDATE conversations SET chain=? WHERE id=?"), {compact(hops), conversationId});
}

QJsonArray LocalCache::chain(qint64 conversationId) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT chain FROM conversations WHERE id=?"));
    QJsonArray hops;
    if (m_db.exec(q, {conversationId}) && q.next())
        hops = QJsonDocument::fromJson(q.value(0).toByteArray()).array();
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

bool LocalCache::upsertTransfer(const QJsonObject &t, const QJsonArray &next, const QJsonObject &extra)
{
    // Later events refine a transfer; recommendations and extras from earlier ones are kept.
    return m_db.execSql(
        QStringLiteral("INSERT INTO transfers(id, conversation_id, data, next, extra) VALUES(?,?,?,?,?) "
                       "ON CONFLICT(id) DO UPDATE SET data=excluded.data, "
                       "next=CASE WHEN excluded.next='[]' THEN next ELSE excluded.next END, "
                       "extra=CASE WHEN excluded.extra='{}' THEN extra ELSE excluded.extra END"),
        {jsonInteger(t, QLatin1String("id")), jsonInteger(t, QLatin1String("conversationId")), compact(t), compact(next), compact(extra)});
}

std::optional<CachedTransfer> LocalCache::transfer(qint64 id) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT data, next, extra FROM transfers WHERE id=?"));
    std::optional<CachedTransfer> t;
    if (m_db.exec(q, {id}) && q.next()) {
        t = CachedTransfer{QJsonDocument::fromJson(q.value(0).toByteArray()).object(),
                           QJsonDocument::fromJson(q.value(1).toByteArray()).array(),
                           QJsonDocument::fromJson(q.value(2).toByteArray()).object()};
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
