#include "engine/store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace baton {

namespace {
QString toJsonText(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QString toJsonText(const QStringList &l)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(l)).toJson(QJsonDocument::Compact));
}
QJsonObject objectFrom(const QVariant &v) { return QJsonDocument::fromJson(v.toString().toUtf8()).object(); }
QStringList listFrom(const QVariant &v)
{
    QStringList list;
    for (const QJsonValue &value : QJsonDocument::fromJson(v.toString().toUtf8()).array())
        list.append(value.toString());
    return list;
}
// The columns updateConversation() writes, but last_seq.
bool sameRow(const Conversation &a, const Conversation &b)
{
    return a.ownerId == b.ownerId && a.state == b.state && a.priority == b.priority && a.closedMs == b.closedMs &&
           a.escalation == b.escalation && a.escalationTopic == b.escalationTopic && a.escalationWord == b.escalationWord &&
           a.robotMisses == b.robotMisses && a.queuedMs == b.queuedMs && a.closedBy == b.closedBy &&
           a.requiredSkills == b.requiredSkills;
}
QVariant nullIfZero(qint64 v) { return v == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(v); }

const QString conversationColumns = QStringLiteral(
    // The newest message's number comes from the messages themselves: the row is not rewritten for
    // every message (issue 12), so its last_seq may lag.
    "id, customer_id, skills, priority, owner_id, state, subject, created_ms, closed_ms, "
    "(SELECT COALESCE(MAX(m.seq), conversations.last_seq) FROM messages m WHERE m.conversation_id=conversations.id), "
    "language, "
    "escalation, escalation_topic, escalation_word, robot_misses, queued_ms, assigned_ms, closed_by");
const QString transferColumns = QStringLiteral(
    "id, conversation_id, attempt_id, from_agent, to_agent, from_department, to_department, note, state, reason, "
    "created_ms, deadline_ms, resolved_ms");
} // namespace

Store::Store(Database &db)
    : m_db(db)
    , m_summary(db)
    , m_events(db)
{
}

bool Store::upsertDepartment(const Department &d)
{
    return m_db.execSql(QStringLiteral("INSERT INTO departments(id, name, transfer_timeout_ms) VALUES(?,?,?) "
                                       "ON CONFLICT(id) DO UPDATE SET name=excluded.name, "
                                       "transfer_timeout_ms=excluded.transfer_timeout_ms"),
                        {d.id, d.name, nullIfZero(d.transferTimeoutMs)});
}

QList<Department> Store::departments()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT id, name, transfer_timeout_ms FROM departments ORDER BY id"));
    QList<Department> list;
    if (m_db.exec(q)) {
        while (q.next())
            list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    }
    q.finish();
    return list;
}

bool Store::upsertAgent(const AgentRecord &record)
{
    const Agent &a = record.agent;
    bool ok = m_db.execSql(
        QStringLiteral("INSERT INTO agents(id, display_name, department, level, role, max_sessions, password_hash, "
                       "tags, may_transfer, may_receive, cross_department, transfer_upward) "
                       "VALUES(?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
                       "display_name=excluded.display_name, department=excluded.department, level=excluded.level, "
                       "role=excluded.role, max_sessions=excluded.max_sessions, password_hash=excluded.password_hash, "
                       "tags=excluded.tags, may_transfer=excluded.may_transfer, may_receive=excluded.may_receive, "
                       "cross_department=excluded.cross_department, transfer_upward=excluded.transfer_upward"),
        {a.id, a.displayName, a.department, a.level, roleName(a.role), a.maxSessions, record.passwordHash,
         toJsonText(a.tags), a.rights.mayTransfer, a.rights.mayReceive, a.rights.crossDepartment,
         a.rights.transferUpward});
    ok = ok && m_db.execSql(QStringLiteral("DELETE FROM agent_skills WHERE agent_id=?"), {a.id});
    for (const SkillEntry &s : a.skills) {
        ok = ok && m_db.execSql(QStringLiteral("INSERT INTO agent_skills(agent_id, skill, proficiency) VALUES(?,?,?)"),
                                {a.id, s.skill, int(s.proficiency)});
    }
    return ok;
}

QList<AgentRecord> Store::agents()
{
    QHash<QString, SkillList> skills;
    QSqlQuery &sq = m_db.prepare(QStringLiteral("SELECT agent_id, skill, proficiency FROM agent_skills "
                                                "ORDER BY agent_id, proficiency DESC, skill"));
    if (m_db.exec(sq)) {
        while (sq.next())
            skills[sq.value(0).toString()].append({sq.value(1).toString(), Proficiency(sq.value(2).toInt())});
    }
    sq.finish();

    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT id, display_name, department, level, role, max_sessions, password_hash, COALESCE(own_tags, tags), may_transfer, "
        "may_receive, cross_department, transfer_upward, status FROM agents ORDER BY id"));
    QList<AgentRecord> list;
    if (m_db.exec(q)) {
        while (q.next()) {
            AgentRecord r;
            r.agent.id = q.value(0).toString();
            r.agent.displayName = q.value(1).toString();
            r.agent.department = q.value(2).toString();
            r.agent.level = q.value(3).toInt();
            r.agent.role = roleFromName(q.value(4).toString());
            r.agent.maxSessions = q.value(5).toInt();
            r.passwordHash = q.value(6).toString();
            r.agent.tags = listFrom(q.value(7));
            r.agent.rights = {q.value(8).toBool(), q.value(9).toBool(), q.value(10).toBool(), q.value(11).toBool()};
            r.agent.status = agentStatusFromName(q.value(12).toString());
            r.agent.skills = skills.value(r.agent.id);
            list.append(r);
        }
    }
    q.finish();
    return list;
}

bool Store::setAgentStatus(const QString &agentId, AgentStatus status)
{
    return m_db.execSql(QStringLiteral("UPDATE agents SET status=? WHERE id=?"), {agentStatusName(status), agentId});
}

bool Store::setAgentTags(const QString &agentId, const QStringList &tags)
{
    return m_db.execSql(QStringLiteral("UPDATE agents SET own_tags=? WHERE id=?"), {toJsonText(tags), agentId});
}

bool Store::upsertCustomer(const Customer &c)
{
    return m_db.execSql(QStringLiteral("INSERT INTO customers(id, name, vip_level, tags) VALUES(?,?,?,?) "
                                       "ON CONFLICT(id) DO UPDATE SET name=excluded.name, "
                                       "vip_level=excluded.vip_level, tags=excluded.tags"),
                        {c.id, c.name, c.vipLevel, toJsonText(c.tags)});
}

std::optional<Customer> Store::customer(const QString &id)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT id, name, vip_level, tags FROM customers WHERE id=?"));
    std::optional<Customer> result;
    if (m_db.exec(q, {id}) && q.next())
        result = Customer{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), listFrom(q.value(3))};
    q.finish();
    return result;
}

bool Store::insertConversation(Conversation &c, const QString &visitorTokenHash)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO conversations(customer_id, skills, skill, priority, owner_id, state, subject, created_ms, "
        "last_seq, visitor_token_hash, language, escalation, queued_ms) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    const bool ok = m_db.exec(q, {c.customerId, toJsonText(c.requiredSkills),
                                  c.requiredSkills.isEmpty() ? QVariant() : QVariant(c.requiredSkills.first()),
                                  c.priority, c.ownerId.isEmpty() ? QVariant() : QVariant(c.ownerId),
                                  conversationStateName(c.state), c.subject, c.createdMs, c.lastSeq,
                                  visitorTokenHash.isEmpty() ? QVariant() : QVariant(visitorTokenHash), c.language,
                                  c.escalation, nullIfZero(c.queuedMs)});
    if (ok)
        c.id = q.lastInsertId().toLongLong();
    q.finish();
    return ok;
}

bool Store::setFirstOwner(qint64 conversationId, const QString &agentId, qint64 assignedMs)
{
    return m_db.execSql(QStringLiteral("UPDATE conversations SET first_owner_id=?, assigned_ms=? WHERE id=? AND "
                                       "first_owner_id IS NULL"),
                        {agentId, assignedMs, conversationId});
}

std::pair<QString, qint64> Store::firstOwner(qint64 conversationId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT first_owner_id, assigned_ms FROM conversations WHERE id=?"));
    std::pair<QString, qint64> result;
    if (m_db.exec(q, {conversationId}) && q.next())
        result = {q.value(0).toString(), q.value(1).toLongLong()};
    q.finish();
    return result;
}

bool Store::markFirstResponse(qint64 conversationId, qint64 timeMs)
{
    return m_db.execSql(QStringLiteral("UPDATE conversations SET first_response_ms=? WHERE id=? AND "
                                       "first_response_ms IS NULL"),
                        {timeMs, conversationId});
}

bool Store::updateConversation(const Conversation &c, std::optional<bool> resolved)
{
    // Most calls come with a new message and change nothing but lastSeq, which is not read back
    // from the row: skip those writes (a third of the per-message store time).
    if (const auto it = m_writtenRows.constFind(c.id);
        !resolved && c.state != ConversationState::Closed && it != m_writtenRows.cend() && sameRow(*it, c))
        return true;
    const bool ok = m_db.execSql(
        QStringLiteral("UPDATE conversations SET owner_id=?, state=?, priority=?, closed_ms=?, last_seq=?, "
                       "resolved=COALESCE(?, resolved), escalation=?, escalation_topic=?, escalation_word=?, "
                       "robot_misses=?, queued_ms=?, closed_by=?, skills=?, skill=? WHERE id=?"),
        {c.ownerId.isEmpty() ? QVariant() : QVariant(c.ownerId), conversationStateName(c.state), c.priority,
         nullIfZero(c.closedMs), c.lastSeq, resolved ? QVariant(int(*resolved)) : QVariant(), c.escalation,
         c.escalationTopic, c.escalationWord, c.robotMisses, nullIfZero(c.queuedMs),
         c.closedBy.isEmpty() ? QVariant() : QVariant(c.closedBy), toJsonText(c.requiredSkills),
         // the customer's words may name the skill after the conversation started
         c.requiredSkills.isEmpty() ? QVariant() : QVariant(c.requiredSkills.first()), c.id});
    if (ok && c.state != ConversationState::Closed)
        m_writtenRows.insert(c.id, c);
    else
        m_writtenRows.remove(c.id);
    return ok && (c.state != ConversationState::Closed ||
                  (m_summary.conversationClosed(c.id) && m_events.conversationClosed(c.id)));
}

bool Store::updateSubject(qint64 conversationId, const QString &subject)
{
    return m_db.execSql(QStringLiteral("UPDATE conversations SET subject=? WHERE id=?"), {subject, conversationId});
}

bool Store::setCloseReason(qint64 conversationId, const QString &reason)
{
    if (reason.isEmpty())
        return true;
    return m_db.execSql(QStringLiteral("UPDATE conversations SET close_reason=? WHERE id=?"), {reason, conversationId});
}

Conversation Store::readConversation(const QSqlQuery &q) const
{
    Conversation c;
    c.id = q.value(0).toLongLong();
    c.customerId = q.value(1).toString();
    c.requiredSkills = listFrom(q.value(2));
    c.priority = q.value(3).toInt();
    c.ownerId = q.value(4).toString();
    c.state = conversationStateFromName(q.value(5).toString());
    c.subject = q.value(6).toString();
    c.createdMs = q.value(7).toLongLong();
    c.closedMs = q.value(8).toLongLong();
    c.lastSeq = q.value(9).toLongLong();
    c.language = q.value(10).toString();
    c.escalation = q.value(11).toString();
    c.escalationTopic = q.value(12).toString();
    c.escalationWord = q.value(13).toString();
    c.robotMisses = q.value(14).toInt();
    c.queuedMs = q.value(15).toLongLong();
    c.assignedMs = q.value(16).toLongLong();
    c.closedBy = q.value(17).toString();
    return c;
}

QList<Conversation> Store::openConversations()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + conversationColumns +
                                QStringLiteral(" FROM conversations WHERE state <> 'closed' ORDER BY id"));
    QList<Conversation> list;
    if (m_db.exec(q)) {
        while (q.next())
            list.append(readConversation(q));
    }
    q.finish();
    return list;
}

std::optional<Conversation> Store::conversation(qint64 id)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + conversationColumns +
                                QStringLiteral(" FROM conversations WHERE id=?"));
    std::optional<Conversation> result;
    if (m_db.exec(q, {id}) && q.next())
        result = readConversation(q);
    q.finish();
    return result;
}

std::optional<qint64> Store::conversationForVisitor(const QString &visitorTokenHash)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT id FROM conversations WHERE visitor_token_hash=?"));
    std::optional<qint64> result;
    if (m_db.exec(q, {visitorTokenHash}) && q.next())
        result = q.value(0).toLongLong();
    q.finish();
    return result;
}

QList<Conversation> Store::recentClosedConversations(const QString &ownerId, int limit)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + conversationColumns +
                                QStringLiteral(" FROM conversations WHERE owner_id=? AND state='closed' "
                                               "ORDER BY closed_ms DESC LIMIT ?"));
    QList<Conversation> list;
    if (m_db.exec(q, {ownerId, limit})) {
        while (q.next())
            list.append(readConversation(q));
    }
    q.finish();
    return list;
}

bool Store::setRating(qint64 conversationId, int rating, const QString &comment)
{
    // Only once, and only for a closed conversation: the WHERE clause is the compare-and-set.
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE conversations SET rating=?, rating_comment=? "
                                               "WHERE id=? AND state='closed' AND rating IS NULL"));
    const bool ok = m_db.exec(q, {rating, comment, conversationId}) && q.numRowsAffected() == 1;
    q.finish();
    return ok && m_summary.conversationRated(conversationId);
}

std::optional<Message> Store::lastMessage(qint64 conversationId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT seq, sender_kind, sender_id, text, time_ms FROM messages "
                                               "WHERE conversation_id=? ORDER BY seq DESC LIMIT 1"));
    std::optional<Message> result;
    if (m_db.exec(q, {conversationId}) && q.next())
        result = Message{conversationId, q.value(0).toLongLong(), senderKindFromName(q.value(1).toString()),
                         q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong()};
    q.finish();
    return result;
}

bool Store::updateMessageText(qint64 conversationId, qint64 seq, const QString &text)
{
    return m_db.execSql(QStringLiteral("UPDATE messages SET text=? WHERE conversation_id=? AND seq=?"),
                        {text, conversationId, seq});
}

bool Store::appendMessage(const Message &m, const MessageDelivery &owner, const MessageDelivery &preview)
{
    auto agentOrNull = [](const MessageDelivery &d) { return d.agentId.isEmpty() ? QVariant() : QVariant(d.agentId); };
    return m_db.execSql(QStringLiteral("INSERT INTO messages(conversation_id, seq, sender_kind, sender_id, text, "
                                       "time_ms, owner_agent, owner_event_seq, preview_agent, preview_event_seq) "
                                       "VALUES(?,?,?,?,?,?,?,?,?,?)"),
                        {m.conversationId, m.seq, senderKindName(m.senderKind), m.senderId, m.text, m.timeMs,
                         agentOrNull(owner), nullIfZero(owner.eventSeq), agentOrNull(preview),
                         nullIfZero(preview.eventSeq)}) &&
           m_events.messageDelivered(m.conversationId, m.seq, owner, preview);
}

QList<Message> Store::messages(qint64 conversationId, qint64 afterSeq, int limit, bool includeSystem)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT seq, sender_kind, sender_id, text, time_ms FROM messages "
                                               "WHERE conversation_id=? AND seq>? AND (? OR sender_kind<>'system') "
                                               "ORDER BY seq LIMIT ?"));
    QList<Message> list;
    if (m_db.exec(q, {conversationId, afterSeq, includeSystem, limit})) {
        while (q.next())
            list.append({conversationId, q.value(0).toLongLong(), senderKindFromName(q.value(1).toString()),
                         q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong()});
    }
    q.finish();
    return list;
}

bool Store::insertTransfer(Transfer &t)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO transfers(conversation_id, attempt_id, from_agent, to_agent, from_department, to_department, "
        "note, state, reason, created_ms, deadline_ms) VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
    bool ok = m_db.exec(q, {t.conversationId, t.attemptId, t.fromAgent, t.toAgent, t.fromDepartment,
                            t.toDepartment, toJsonText(t.note.toJson()), transferStateName(t.state), t.reason,
                            t.createdMs, t.deadlineMs});
    if (ok)
        t.id = q.lastInsertId().toLongLong();
    q.finish();
    if (ok && t.attemptId == 0) {
        // The first transfer of an attempt names the attempt.
        t.attemptId = t.id;
        ok = m_db.execSql(QStringLiteral("UPDATE transfers SET attempt_id=? WHERE id=?"), {t.attemptId, t.id});
    }
    return ok;
}

bool Store::resolveTransfer(qint64 id, TransferState state, const QString &reason, qint64 resolvedMs)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE transfers SET state=?, reason=?, resolved_ms=? WHERE id=? AND state='pending'"));
    const bool ok = m_db.exec(q, {transferStateName(state), reason, resolvedMs, id}) && q.numRowsAffected() == 1;
    q.finish();
    return ok;
}

Transfer Store::readTransfer(const QSqlQuery &q) const
{
    Transfer t;
    t.id = q.value(0).toLongLong();
    t.conversationId = q.value(1).toLongLong();
    t.attemptId = q.value(2).toLongLong();
    t.fromAgent = q.value(3).toString();
    t.toAgent = q.value(4).toString();
    t.fromDepartment = q.value(5).toString();
    t.toDepartment = q.value(6).toString();
    t.note = TransferNote::fromJson(objectFrom(q.value(7)));
    t.state = transferStateFromName(q.value(8).toString());
    t.reason = q.value(9).toString();
    t.createdMs = q.value(10).toLongLong();
    t.deadlineMs = q.value(11).toLongLong();
    t.resolvedMs = q.value(12).toLongLong();
    return t;
}

QList<Transfer> Store::readTransfers(QSqlQuery &q)
{
    QList<Transfer> list;
    while (q.next())
        list.append(readTransfer(q));
    q.finish();
    return list;
}

QList<Transfer> Store::pendingTransfers()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + transferColumns +
                                QStringLiteral(" FROM transfers WHERE state='pending' ORDER BY id"));
    return m_db.exec(q) ? readTransfers(q) : QList<Transfer>{};
}

QList<Transfer> Store::transfersOf(qint64 conversationId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + transferColumns +
                                QStringLiteral(" FROM transfers WHERE conversation_id=? ORDER BY id"));
    return m_db.exec(q, {conversationId}) ? readTransfers(q) : QList<Transfer>{};
}

std::optional<Transfer> Store::transfer(qint64 id)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + transferColumns +
                                QStringLiteral(" FROM transfers WHERE id=?"));
    const QList<Transfer> list = m_db.exec(q, {id}) ? readTransfers(q) : QList<Transfer>{};
    return list.isEmpty() ? std::nullopt : std::optional<Transfer>(list.first());
}

QList<StoredDocument> Store::documentsQuoting(const QStringList &owners, qint64 sinceMs, const QString &needle)
{
    QList<StoredDocument> list;
    QSqlQuery &events = m_db.prepare(QStringLiteral(
        "SELECT seq, payload FROM events WHERE recipient=? AND time_ms>=? AND instr(payload, ?)>0"));
    for (const QString &owner : owners) {
        if (m_db.exec(events, {owner, sinceMs, needle})) {
            while (events.next())
                list.append({true, owner, events.value(0).toLongLong(), {}, objectFrom(events.value(1))});
        }
        events.finish();
    }
    QSqlQuery &replies = m_db.prepare(QStringLiteral(
        "SELECT key, reply FROM idempotency WHERE principal=? AND time_ms>=? AND instr(reply, ?)>0"));
    for (const QString &owner : owners) {
        if (m_db.exec(replies, {owner, sinceMs, needle})) {
            while (replies.next())
                list.append({false, owner, 0, replies.value(0).toString(), objectFrom(replies.value(1))});
        }
        replies.finish();
    }
    return list;
}

bool Store::replaceDocument(const StoredDocument &d)
{
    if (d.isEvent)
        return m_db.execSql(QStringLiteral("UPDATE events SET payload=? WHERE recipient=? AND seq=?"),
                            {toJsonText(d.json), d.owner, d.seq});
    return m_db.execSql(QStringLiteral("UPDATE idempotency SET reply=? WHERE principal=? AND key=?"),
                        {toJsonText(d.json), d.owner, d.key});
}

std::optional<QJsonObject> Store::idempotentReply(const QString &principal, const QString &key, QString *type)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT type, reply FROM idempotency WHERE principal=? AND key=?"));
    std::optional<QJsonObject> result;
    if (m_db.exec(q, {principal, key}) && q.next()) {
        if (type)
            *type = q.value(0).toString();
        result = objectFrom(q.value(1));
    }
    q.finish();
    return result;
}

bool Store::saveIdempotentReply(const QString &principal, const QString &key, const QString &type,
                                const QJsonObject &reply, qint64 timeMs)
{
    return m_db.execSql(QStringLiteral("INSERT INTO idempotency(principal, key, type, reply, time_ms) VALUES(?,?,?,?,?)"),
                        {principal, key, type, toJsonText(reply), timeMs});
}

bool Store::saveSession(const QString &tokenHash, const QString &agentId, qint64 createdMs, qint64 expiresMs)
{
    return m_db.execSql(QStringLiteral("INSERT INTO sessions(token_hash, agent_id, created_ms, expires_ms) "
                                       "VALUES(?,?,?,?)"),
                        {tokenHash, agentId, createdMs, expiresMs});
}

std::optional<QString> Store::sessionAgent(const QString &tokenHash, qint64 nowMs)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT agent_id FROM sessions WHERE token_hash=? AND expires_ms>?"));
    std::optional<QString> result;
    if (m_db.exec(q, {tokenHash, nowMs}) && q.next())
        result = q.value(0).toString();
    q.finish();
    return result;
}

bool Store::deleteSession(const QString &tokenHash)
{
    return m_db.execSql(QStringLiteral("DELETE FROM sessions WHERE token_hash=?"), {tokenHash});
}

} // namespace baton
