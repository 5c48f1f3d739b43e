#include "engine/queueconfig.h"

#include <QJsonObject>

namespace baton {

namespace {

QStringList stringList(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &item : v.toArray())
        list.append(item.toString());
    return list;
}

class QueueReader {
public:
    QString error;

    bool fail(qsizetype index, const QString &what)
    {
        if (error.isEmpty())
            error = QStringLiteral("queues[%1]: %2").arg(index).arg(what);
        return false;
    }

    bool read(const QJsonObject &o, qsizetype i, const QSet<QString> &departments, QueueDefinition &q)
    {
        q.id = o.value(QStringLiteral("id")).toString();
        if (q.id.isEmpty() || q.id.size() > 64)
            return fail(i, QStringLiteral("\"id\" must be 1–64 characters"));
        q.name = o.value(QStringLiteral("name")).toString(q.id);
        bool ok = true;
        q.strategy =
            queueStrategyFromName(o.value(QStringLiteral("strategy")).toString(QStringLiteral("fifo")), &ok);
        if (!ok)
            return fail(i,
                        QStringLiteral(
                            "\"strategy\" must be fifo, priority, skill_first, load_balance or round_robin"));
        const QJsonObject match = o.value(QStringLiteral("match")).toObject();
        q.match.skills = stringList(match.value(QStringLiteral("skills")));
        q.match.departments = stringList(match.value(QStringLiteral("departments")));
        for (const QString &d : std::as_const(q.match.departments)) {
            if (!departments.contains(d))
                return fail(i, QStringLiteral("unknown department \"%1\"").arg(d));
        }
        q.match.priorityAtLeast = match.value(QStringLiteral("priorityAtLeast")).toInt(0);
        q.match.vipAtLeast = match.value(QStringLiteral("vipAtLeast")).toInt(0);
        if (q.match.priorityAtLeast < 0 || q.match.priorityAtLeast > 10 || q.match.vipAtLeast < 0 ||
            q.match.vipAtLeast > 10)
            return fail(i, QStringLiteral("\"priorityAtLeast\" and \"vipAtLeast\" must be 0–10"));
        const QJsonObject level = o.value(QStringLiteral("serviceLevel")).toObject();
        q.targetMs = qint64(level.value(QStringLiteral("targetMs")).toDouble(20'000));
        q.targetShare = level.value(QStringLiteral("share")).toDouble(0.8);
        if (q.targetMs < 1000 || q.targetMs > 3600'000 || q.targetShare <= 0 || q.targetShare > 1)
            return fail(i,
                        QStringLiteral("\"serviceLevel\" needs targetMs 1000–3600000 and share in (0, 1]"));
        const QJsonObject overflow = o.value(QStringLiteral("overflow")).toObject();
        q.overflowAfterMs = qint64(overflow.value(QStringLiteral("afterMs")).toDouble(0));
        q.overflowTo = overflow.value(QStringLiteral("to")).toString();
        if (q.overflowTo.isEmpty() != (q.overflowAfterMs == 0) || q.overflowAfterMs < 0)
            return fail(i, QStringLiteral("\"overflow\" needs both \"afterMs\" (> 0) and \"to\""));
        q.maxConcurrentSessions = o.value(QStringLiteral("maxConcurrentSessions")).toInt(0);
        if (q.maxConcurrentSessions < 0 || q.maxConcurrentSessions > 100)
            return fail(i, QStringLiteral("\"maxConcurrentSessions\" must be 0–100"));
        const QJsonObject weights = o.value(QStringLiteral("weights")).toObject();
        q.weights.load = weights.value(QStringLiteral("load")).toDouble(q.weights.load);
        q.weights.idle = weights.value(QStringLiteral("idle")).toDouble(q.weights.idle);
        if (q.weights.load < 0 || q.weights.load > 10 || q.weights.idle < 0 || q.weights.idle > 10)
            return fail(i, QStringLiteral("\"weights\" must be numbers between 0 and 10"));
        return true;
    }
};

} // namespace

std::optional<QList<QueueDefinition>> QueueConfig::parse(const QJsonArray &array,
                                                         const QSet<QString> &departments, QString *error)
{
    QList<QueueDefinition> queues;
    QueueReader reader;
    QSet<QString> ids;
    bool ok = true;
    for (qsizetype i = 0; ok && i < array.size(); ++i) {
        QueueDefinition q;
        ok = reader.read(array[i].toObject(), i, departments, q);
        if (ok && ids.contains(q.id))
            ok = reader.fail(i, QStringLiteral("duplicate id \"%1\"").arg(q.id));
        ids.insert(q.id);
        queues.append(q);
    }
    for (qsizetype i = 0; ok && i < queues.size(); ++i) {
        // Follow the overflow chain: it must end, or a conversation would circle for ever.
        QSet<QString> seen{queues[i].id};
        QString next = queues[i].overflowTo;
        while (ok && !next.isEmpty()) {
            if (!ids.contains(next))
                ok = reader.fail(i, QStringLiteral("overflow to unknown queue \"%1\"").arg(next));
            else if (seen.contains(next))
                ok = reader.fail(i, QStringLiteral("overflow chain returns to \"%1\"").arg(next));
            seen.insert(next);
            const auto it = std::find_if(queues.cbegin(), queues.cend(),
                                         [&](const QueueDefinition &q) { return q.id == next; });
            next = it == queues.cend() ? QString() : it->overflowTo;
        }
    }
    if (!ok) {
        if (error)
            *error = reader.error;
        return std::nullopt;
    }
    return queues;
}

QList<QueueDefinition> QueueConfig::defaults(const QList<Department> &departments, const QList<Agent> &agents)
{
    QList<QueueDefinition> queues;
    QueueDefinition urgent;
    urgent.id = QStringLiteral("urgent");
    urgent.name = QStringLiteral("紧急");
    urgent.match.priorityAtLeast = 2;
    urgent.strategy = QueueStrategy::Priority;
    urgent.targetMs = 10'000;
    queues.append(urgent);
    QueueDefinition vip;
    vip.id = QStringLiteral("vip");
    vip.name = QStringLiteral("VIP");
    vip.match.vipAtLeast = 1;
    vip.strategy = QueueStrategy::Priority;
    vip.targetMs = 15'000;
    queues.append(vip);
    for (const Department &d : departments) {
        QueueDefinition q;
        q.id = QStringLiteral("dept-") + d.id;
        q.name = d.name;
        for (const Agent &a : agents) {
            if (a.department != d.id)
                continue;
            for (const SkillEntry &s : a.skills) {
                if (s.proficiency >= Proficiency::Secondary && !q.match.skills.contains(s.skill))
                    q.match.skills.append(s.skill);
            }
        }
        if (q.match.skills.isEmpty())
            continue;
        q.strategy = QueueStrategy::SkillFirst;
        q.overflowAfterMs = 60'000;
        q.overflowTo = QStringLiteral("overflow");
        queues.append(q);
    }
    QueueDefinition normal;
    normal.id = QStringLiteral("normal");
    normal.name = QStringLiteral("普通");
    queues.append(normal);
    QueueDefinition overflow;
    overflow.id = QStringLiteral("overflow");
    overflow.name = QStringLiteral("溢出");
    overflow.targetMs = 60'000;
    queues.append(overflow);
    return queues;
}

} // namespace baton
