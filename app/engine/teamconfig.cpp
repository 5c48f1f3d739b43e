#include "engine/teamconfig.h"

#include "core/passwordhasher.h"
#include "engine/permissionpolicy.h"
#include "engine/queueconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace baton {

namespace {

class Reader {
public:
    QString error;

    bool fail(const QString &where, const QString &what)
    {
        if (error.isEmpty())
            error = QStringLiteral("%1: %2").arg(where, what);
        return false;
    }

    bool readEngine(const QJsonObject &o, EngineConfig &e)
    {
        auto number = [&](const char *key, auto &target, double min, double max) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined())
                return true;
            if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max)
                return fail(QStringLiteral("engine.%1").arg(QLatin1String(key)),
                            QStringLiteral("must be a number between %1 and %2").arg(min).arg(max));
            target = static_cast<std::remove_reference_t<decltype(target)>>(v.toDouble());
            return true;
        };
        bool ok = number("transferTimeoutMs", e.transferTimeoutMs, 1000, 3600e3) &&
                  number("offlineGraceMs", e.offlineGraceMs, 0, 3600e3) &&
                  number("visitorLeaveGraceMs", e.visitorLeaveGraceMs, 0, 3600e3) &&
                  number("sessionTtlMs", e.sessionTtlMs, 60e3, 365 * 24 * 3600e3) &&
                  number("passwordIterations", e.passwordIterations, 1000, 10e6) &&
                  number("eventRetention", e.eventRetention, 100, 10e6) &&
                  number("replyWarnAfterMs", e.replyWarnAfterMs, 0, 3600e3) &&
                  number("replyLeadAfterMs", e.replyLeadAfterMs, 0, 3600e3);
        ok = ok && readLimits(o.value(QStringLiteral("limits")).toObject(), e.limits) &&
             readWeb(o.value(QStringLiteral("web")).toObject(), e.web);
        const QJsonValue secret = o.value(QStringLiteral("identitySecret"));
        if (!secret.isUndefined()) {
            if (!secret.isString() || secret.toString().size() < 16)
                return fail(QStringLiteral("engine.identitySecret"), QStringLiteral("must be a text of at least 16 characters"));
            e.identitySecret = secret.toString();
        }
        const QJsonObject w = o.value(QStringLiteral("weights")).toObject();
        auto weight = [&](const char *key, double &target) {
            const QJsonValue v = w.value(QLatin1String(key));
            if (v.isUndefined())
                return true;
            if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 10)
                return fail(QStringLiteral("engine.weights.%1").arg(QLatin1String(key)),
                            QStringLiteral("must be a number between 0 and 10"));
            target = v.toDouble();
            return true;
        };
        ok = ok && weight("skill", e.weights.skill) && weight("load", e.weights.load) &&
             weight("experience", e.weights.experience) && weight("urgency", e.weights.urgency) &&
             flag(o, "handoverOnOffline", e.handoverOnOffline, QStringLiteral("engine"));
        // A string is the Chinese welcome; an object gives {"zh","en"}. Each needs its %1 (the name).
        const QJsonValue welcome = o.value(QStringLiteral("welcomeTemplate"));
        const auto takeWelcome = [&](const QJsonValue &v, QString &target, const QString &field) {
            if (v.isUndefined())
                return true;
            if (!v.isString() || !v.toString().contains(QLatin1String("%1")))
                return fail(field, QStringLiteral("must be a text containing %1 (the agent's name)"));
            target = v.toString();
            return true;
        };
        if (welcome.isObject()) {
            ok = ok && takeWelcome(welcome[QStringLiteral("zh")], e.texts.welcomeZh, QStringLiteral("engine.welcomeTemplate.zh")) &&
                 takeWelcome(welcome[QStringLiteral("en")], e.texts.welcomeEn, QStringLiteral("engine.welcomeTemplate.en"));
        } else {
            ok = ok && takeWelcome(welcome, e.texts.welcomeZh, QStringLiteral("engine.welcomeTemplate"));
        }
        return ok;
    }

    bool readLimits(const QJsonObject &o, ClientLimits &l)
    {
        auto number = [&](const char *key, auto &target, double min, double max) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined())
                return true;
            if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max)
                return fail(QStringLiteral("engine.limits.%1").arg(QLatin1String(key)),
                            QStringLiteral("must be a number between %1 and %2").arg(min).arg(max));
            target = static_cast<std::remove_reference_t<decltype(target)>>(v.toDouble());
            return true;
        };
        return number("requestsPerSecond", l.requestsPerSecond, 1, 100000) && number("burst", l.burst, 1, 1000000) &&
               number("startsPerAddressPerMinute", l.startsPerAddressPerMinute, 1, 100000) &&
               number("startBurstPerAddress", l.startBurstPerAddress, 1, 100000) &&
               number("messagesPerAddressPerSecond", l.messagesPerAddressPerSecond, 0.1, 100000) &&
               number("messageBurstPerAddress", l.messageBurstPerAddress, 1, 100000) &&
               number("waitingPerAddress", l.waitingPerAddress, 1, 100000) &&
               flag(o, "limitLoopback", l.limitLoopback, QStringLiteral("engine.limits"));
    }

    bool flag(const QJsonObject &o, const char *key, bool &target, const QString &where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isBool())
            return fail(QStringLiteral("%1.%2").arg(where, QLatin1String(key)), QStringLiteral("must be true or false"));
        target = v.toBool();
        return true;
    }

    bool readWeb(const QJsonObject &o, WebPolicy &w)
    {
        // An origin is scheme://host[:port]; nothing that could break out of a header value.
        static const QRegularExpression origin(QStringLiteral("^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$"));
        auto list = [&](const char *key, QStringList &target) {
            for (const QJsonValue &v : o.value(QLatin1String(key)).toArray()) {
                if (!origin.match(v.toString()).hasMatch())
                    return fail(QStringLiteral("engine.web.%1").arg(QLatin1String(key)),
                                QStringLiteral("\"%1\" is not an origin like https://shop.example.com").arg(v.toString()));
                target.append(v.toString().toLower());
            }
            return true;
        };
        return list("agentOrigins", w.agentOrigins) && list("visitorOrigins", w.visitorOrigins) &&
               list("frameAncestors", w.frameAncestors);
    }

    bool readAgent(const QJsonObject &o, const QString &where, const QSet<QString> &departments,
                   int iterations, AgentRecord &r)
    {
        Agent &a = r.agent;
        a.id = o.value(QStringLiteral("id")).toString();
        if (a.id.isEmpty() || a.id.size() > 64)
            return fail(where, QStringLiteral("\"id\" must be 1–64 characters"));
        a.displayName = o.value(QStringLiteral("name")).toString(a.id);
        a.department = o.value(QStringLiteral("department")).toString();
        if (!departments.contains(a.department))
            return fail(where, QStringLiteral("unknown department \"%1\"").arg(a.department));
        a.level = o.value(QStringLiteral("level")).toInt(1);
        if (a.level < 1 || a.level > 5)
            return fail(where, QStringLiteral("\"level\" must be 1–5"));
        bool ok = false;
        a.role = roleFromName(o.value(QStringLiteral("role")).toString(QStringLiteral("agent")), &ok);
        if (!ok)
            return fail(where, QStringLiteral("\"role\" must be agent, team_lead, supervisor or administrator"));
        a.maxSessions = o.value(QStringLiteral("maxSessions")).toInt(5);
        if (a.maxSessions < 0 || a.maxSessions > 100)
            return fail(where, QStringLiteral("\"maxSessions\" must be 0–100"));
        const QJsonObject skills = o.value(QStringLiteral("skills")).toObject();
        for (auto it = skills.begin(); it != skills.end(); ++it) {
            const Proficiency p = proficiencyFromName(it.value().toString(), &ok);
            if (!ok || p == Proficiency::None)
                return fail(where, QStringLiteral("skill \"%1\" must be primary, secondary or general").arg(it.key()));
            a.skills.append({it.key(), p});
        }
        std::stable_sort(a.skills.begin(), a.skills.end(),
                         [](const SkillEntry &x, const SkillEntry &y) { return int(x.proficiency) > int(y.proficiency); });
        for (const QJsonValue &tag : o.value(QStringLiteral("tags")).toArray())
            a.tags.append(tag.toString());
        a.rights = PermissionPolicy::defaultRights(a.role);
        const QJsonObject rights = o.value(QStringLiteral("rights")).toObject();
        a.rights.mayTransfer = rights.value(QStringLiteral("mayTransfer")).toBool(a.rights.mayTransfer);
        a.rights.mayReceive = rights.value(QStringLiteral("mayReceive")).toBool(a.rights.mayReceive);
        a.rights.crossDepartment = rights.value(QStringLiteral("crossDepartment")).toBool(a.rights.crossDepartment);
        a.rights.transferUpward = rights.value(QStringLiteral("transferUpward")).toBool(a.rights.transferUpward);
        if (o.contains(QStringLiteral("passwordHash")))
            r.passwordHash = o.value(QStringLiteral("passwordHash")).toString();
        else if (o.contains(QStringLiteral("password")))
            r.passwordHash = PasswordHasher::hash(o.value(QStringLiteral("password")).toString(), iterations);
        else
            return fail(where, QStringLiteral("needs \"password\" or \"passwordHash\""));
        return true;
    }
};

} // namespace

std::optional<TeamConfig> TeamConfig::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("not a JSON object: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    TeamConfig config;
    Reader reader;
    config.listen = root.value(QStringLiteral("listen")).toString();
    const QJsonObject tls = root.value(QStringLiteral("tls")).toObject();
    config.tlsCertificate = tls.value(QStringLiteral("certificate")).toString();
    config.tlsKey = tls.value(QStringLiteral("key")).toString();
    if (config.tlsCertificate.isEmpty() != config.tlsKey.isEmpty()) {
        if (error)
            *error = QStringLiteral("tls: needs both \"certificate\" and \"key\"");
        return std::nullopt;
    }
    bool ok = reader.readEngine(root.value(QStringLiteral("engine")).toObject(), config.engine);
    QSet<QString> departmentIds;
    const QJsonArray departments = root.value(QStringLiteral("departments")).toArray();
    for (qsizetype i = 0; ok && i < departments.size(); ++i) {
        const QJsonObject o = departments[i].toObject();
        Department d{o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("name")).toString(),
                     qint64(o.value(QStringLiteral("transferTimeoutMs")).toDouble())};
        if (d.id.isEmpty())
            ok = reader.fail(QStringLiteral("departments[%1]").arg(i), QStringLiteral("\"id\" is required"));
        if (d.transferTimeoutMs != 0 && (d.transferTimeoutMs < 1000 || d.transferTimeoutMs > 3600000))
            ok = reader.fail(QStringLiteral("departments[%1]").arg(i),
                             QStringLiteral("\"transferTimeoutMs\" must be 1000–3600000"));
        if (d.name.isEmpty())
            d.name = d.id;
        departmentIds.insert(d.id);
        config.departments.append(d);
    }
    QSet<QString> agentIds;
    const QJsonArray agents = root.value(QStringLiteral("agents")).toArray();
    for (qsizetype i = 0; ok && i < agents.size(); ++i) {
        AgentRecord r;
        const QString where = QStringLiteral("agents[%1]").arg(i);
        ok = reader.readAgent(agents[i].toObject(), where, departmentIds, config.engine.passwordIterations, r);
        if (ok && agentIds.contains(r.agent.id))
            ok = reader.fail(where, QStringLiteral("duplicate id \"%1\"").arg(r.agent.id));
        agentIds.insert(r.agent.id);
        config.agents.append(r);
    }
    if (ok && root.contains(QStringLiteral("queues"))) {
        QString queueError;
        const auto queues = QueueConfig::parse(root.value(QStringLiteral("queues")).toArray(), departmentIds, &queueError);
        if (queues)
            config.engine.queues = *queues;
        else
            ok = reader.fail(queueError.section(QLatin1Char(':'), 0, 0), queueError.section(QLatin1Char(':'), 1).trimmed());
    }
    if (ok && root.contains(QStringLiteral("shifts"))) {
        QString shiftError;
        const auto shifts = ShiftPlan::parse(root.value(QStringLiteral("shifts")).toArray(), agentIds, &shiftError);
        if (shifts)
            config.engine.shifts = *shifts;
        else
            ok = reader.fail(shiftError.section(QLatin1Char(':'), 0, 0), shiftError.section(QLatin1Char(':'), 1).trimmed());
    }
    const QJsonArray customers = root.value(QStringLiteral("customers")).toArray();
    for (qsizetype i = 0; ok && i < customers.size(); ++i) {
        const QJsonObject o = customers[i].toObject();
        Customer c{o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("name")).toString(),
                   o.value(QStringLiteral("vipLevel")).toInt(0), {}};
        for (const QJsonValue &tag : o.value(QStringLiteral("tags")).toArray())
            c.tags.append(tag.toString());
        if (c.id.isEmpty())
            ok = reader.fail(QStringLiteral("customers[%1]").arg(i), QStringLiteral("\"id\" is required"));
        config.customers.append(c);
    }
    if (!ok) {
        if (error)
            *error = reader.error;
        return std::nullopt;
    }
    return config;
}

std::optional<TeamConfig> TeamConfig::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    auto config = parse(file.readAll(), error);
    if (!config && error)
        *error = QStringLiteral("%1: %2").arg(path, *error);
    return config;
}

} // namespace baton
