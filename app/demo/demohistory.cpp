#include "demo/demohistory.h"

#include "demo/demoscript.h"
#include "engine/database.h"
#include "engine/reportsummary.h"
#include "engine/teamconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <random>

namespace baton {

namespace {
constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
constexpr qint64 day = 24 * 60 * minute;
const QLatin1String marker("demo_history");

// Same numbers on every platform: the engine is fixed, the distributions are ours.
class Dice {
public:
    explicit Dice(quint32 seed)
        : m_engine(seed)
    {
    }
    double uniform() { return double(m_engine()) / 4294967296.0; }
    bool chance(double p) { return uniform() < p; }
    int below(int n) { return std::min(n - 1, int(uniform() * n)); }
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(uniform() * double(hi - lo)); }
    double normal(double mean, double sd)
    {
        const double u = std::max(uniform(), 1e-12);
        return mean + sd * std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * uniform());
    }
    template <typename T> const T &pick(const QList<T> &list) { return list[below(int(list.size()))]; }

private:
    std::mt19937 m_engine;
};

// How one colleague works: what the charts and the recommender should tell apart.
struct Profile {
    QString id;
    QString department;
    QStringList skills;
    bool crossDepartment = false;
    bool mayReceive = true;
    double replyMs = 20'000;  // mean first reply after taking a conversation
    double answerMs = 10'000; // mean time to answer a transfer offer
    double acceptance = 0.8;
    double rating = 4.2;
    double resolution = 0.75;
};

struct Hop {
    qint64 id = 0;
    QString from, to, fromDepartment, toDepartment, state, reason;
    qint64 createdMs = 0, resolvedMs = 0, attemptId = 0;
};

struct Story {
    qint64 id = 0;
    qint64 createdMs = 0;
    QString customer, skill, subject, escalation;
    qint64 queuedMs = 0, assignedMs = 0, firstResponseMs = 0, closedMs = 0;
    QString firstOwner, owner;
    QVariant resolved, rating;
    QString comment;
    QList<Hop> hops;
};

QStringList words(const QString &joined)
{
    return joined.split(QLatin1Char('|'));
}
const QStringList surnames = words(QStringLiteral("王|李|张|刘|陈|杨|黄|赵|吴|周|徐|孙|马|朱|胡|郭"));
const QStringList titles = words(QStringLiteral("先生|女士"));
const QStringList lowComments = words(QStringLiteral("等了太久才有人回复|转了好几次才解决|问题没有解决|回复太敷衍了|"
                                                     "客服不了解情况，反复问同样的问题"));
const QStringList highComments = words(QStringLiteral("很专业，谢谢|解决得很快|态度很好|"));
const QStringList closingLines = words(QStringLiteral("问题已经为您处理好了，还有其他需要帮忙的吗？|感谢您的耐心等待，祝您生活愉快！"));

class Generator {
public:
    Generator(Database &db, const TeamConfig &team, const DemoHistory::Options &o)
        : m_db(db)
        , m_options(o)
        , m_dice(o.seed)
        , m_script(DemoScript::load())
    {
        for (const Department &d : team.departments)
            m_timeouts.insert(d.id, d.transferTimeoutMs > 0 ? d.transferTimeoutMs : team.engine.transferTimeoutMs);
        for (const AgentRecord &r : team.agents) {
            if (r.agent.role != Role::Agent && r.agent.role != Role::TeamLead)
                continue; // supervisors review; they do not take conversations
            Profile p;
            p.id = r.agent.id;
            p.department = r.agent.department;
            for (const SkillEntry &s : r.agent.skills)
                p.skills.append(s.skill);
            p.crossDepartment = r.agent.rights.crossDepartment;
            p.mayReceive = r.agent.rights.mayReceive;
            // Independent traits, so the quick colleague is not automatically the best rated one.
            p.replyMs = 6'000 + m_dice.uniform() * 40'000;
            p.answerMs = 3'000 + m_dice.uniform() * 20'000;
            p.acceptance = 0.55 + m_dice.uniform() * 0.42;
            p.rating = 3.5 + m_dice.uniform() * 1.4;
            p.resolution = 0.58 + m_dice.uniform() * 0.36;
            m_profiles.append(p);
        }
    }

    bool run(DemoHistory::Summary *summary, QString *error)
    {
        if (m_profiles.isEmpty())
            return true;
        QList<Story> stories = plan();
        return write(stories, summary, error);
    }

private:
    QList<const Profile *> agentsFor(const QString &department, const QString &skill) const
    {
        QList<const Profile *> list;
        for (const Profile &p : m_profiles) {
            if ((department.isEmpty() || p.department == department) && (skill.isEmpty() || p.skills.contains(skill)))
                list.append(&p);
        }
        return list;
    }

    qint64 timeOfDay()
    {
        // Busy late mornings and afternoons, a smaller evening peak, quiet nights (Beijing time).
        static const QList<int> hourWeights{1, 0, 0, 0, 0, 1, 2, 4, 8, 12, 14, 13, 9, 10, 13, 14, 12, 10, 7, 6, 8, 7, 4, 2};
        int total = 0;
        for (int w : hourWeights)
            total += w;
        int roll = m_dice.below(total);
        int hour = 0;
        while (roll >= hourWeights[hour])
            roll -= hourWeights[hour++];
        return hour * 60 * minute + m_dice.between(0, 60 * minute);
    }

    QList<Story> plan()
    {
        const qint64 offset = qint64(m_options.utcOffsetMinutes) * minute;
        const qint64 firstDay = (m_options.endMs + offset) / day * day - offset - qint64(m_options.days - 1) * day;
        QList<Story> stories;
        stories.reserve(m_options.conversations);
        for (int i = 0; i < m_options.conversations; ++i) {
            Story s;
            qint64 dayStart = firstDay + m_dice.below(m_options.days) * day;
            const int weekday = int(((dayStart + offset) / day + 3) % 7); // 0 = Monday (1970-01-01 was a Thursday)
            if (weekday >= 5 && m_dice.chance(0.35)) // quieter weekends
                dayStart = firstDay + m_dice.below(m_options.days) * day;
            s.createdMs = dayStart + timeOfDay();
            while (s.createdMs >= m_options.endMs) // today's hours still to come: another day instead
                s.createdMs = firstDay + m_dice.below(m_options.days - 1) * day + timeOfDay();
            stories.append(s);
        }
        std::sort(stories.begin(), stories.end(), [](const Story &a, const Story &b) { return a.createdMs < b.createdMs; });
        for (Story &s : stories)
            live(s);
        return stories;
    }

    // One conversation from the first question to the rating.
    void live(Story &s)
    {
        const auto &question = m_dice.pick(m_script.questions);
        s.skill = question.skill;
        s.subject = question.text.left(80);
        s.customer = QStringLiteral("hist-%1").arg(m_dice.below(customerCount) + 1, 4, 10, QLatin1Char('0'));
        const bool askedAtOnce = m_dice.chance(0.3);
        s.queuedMs = s.createdMs;
        if (askedAtOnce) {
            s.escalation = QStringLiteral("button");
        } else {
            if (m_dice.chance(0.2)) { // the robot answered it
                s.closedMs = s.createdMs + m_dice.between(40 * second, 4 * minute);
                s.queuedMs = 0;
                return;
            }
            static const QList<std::pair<const char *, double>> reasons{
                {"asked", 0.4}, {"robot_unresolved", 0.25}, {"complaint", 0.15}, {"urgent", 0.1}, {"green_channel", 0.1}};
            double roll = m_dice.uniform();
            s.escalation = QString::fromLatin1(reasons.last().first);
            for (const auto &[name, share] : reasons) {
                if ((roll -= share) < 0) {
                    s.escalation = QString::fromLatin1(name);
                    break;
                }
            }
            s.queuedMs = s.createdMs + m_dice.between(30 * second, 3 * minute);
        }
        const qint64 wait = qint64(std::abs(m_dice.normal(15'000, 20'000)));
        if (m_dice.chance(0.03)) { // gave up waiting
            s.closedMs = s.queuedMs + 60 * second + wait * 4;
            return;
        }
        QList<const Profile *> candidates = agentsFor(QString(), s.skill);
        if (candidates.isEmpty())
            candidates = agentsFor(QString(), QString());
        const Profile *owner = m_dice.pick(candidates);
        s.firstOwner = owner->id;
        s.assignedMs = s.queuedMs + wait;
        s.firstResponseMs = s.assignedMs + qint64(std::max(1500.0, m_dice.normal(owner->replyMs, owner->replyMs / 3)));
        qint64 t = s.firstResponseMs + m_dice.between(1 * minute, 4 * minute);
        int failed = 0;
        if (m_dice.chance(0.2))
            owner = transfer(s, owner, t, &failed);
        s.owner = owner->id;
        s.closedMs = t + m_dice.between(2 * minute, 12 * minute);
        const bool resolved = m_dice.chance(std::clamp(owner->resolution - 0.08 * failed, 0.05, 0.98));
        s.resolved = int(resolved);
        if (m_dice.chance(0.62)) {
            const double mean = owner->rating - 0.35 * failed - (resolved ? 0.0 : 0.9);
            const int rating = std::clamp(int(std::lround(m_dice.normal(mean, 0.7))), 1, 5);
            s.rating = rating;
            if (rating <= 2)
                s.comment = failed > 0 ? lowComments[1] : m_dice.pick(lowComments);
            else if (rating == 5)
                s.comment = m_dice.pick(highComments);
        }
    }

    // A chain of one to three offers; returns whoever holds the conversation afterwards.
    const Profile *transfer(Story &s, const Profile *owner, qint64 &t, int *failed)
    {
        const bool cross = owner->crossDepartment && m_dice.chance(0.55);
        qint64 attemptId = 0;
        for (int offer = 0; offer < 3; ++offer) {
            QList<const Profile *> targets;
            for (const Profile *p : agentsFor(QString(), QString())) {
                const bool sameDepartment = p->department == owner->department;
                if (p != owner && p->mayReceive && sameDepartment != cross &&
                    std::none_of(s.hops.cbegin(), s.hops.cend(), [p](const Hop &h) { return h.to == p->id; }))
                    targets.append(p);
            }
            if (targets.isEmpty())
                return owner;
            const Profile *target = m_dice.pick(targets);
            Hop h{++m_lastTransferId, owner->id, target->id, owner->department, target->department, {}, {}, t, 0, 0};
            h.attemptId = attemptId == 0 ? h.id : attemptId;
            attemptId = h.attemptId;
            const qint64 answer = qint64(std::max(1200.0, m_dice.normal(target->answerMs, target->answerMs / 3)));
            if (m_dice.chance(target->acceptance)) {
                h.state = QStringLiteral("accepted");
                h.resolvedMs = t + answer;
            } else if (m_dice.chance(0.04)) {
                h.state = QStringLiteral("cancelled");
                h.resolvedMs = t + answer / 2;
            } else if (m_dice.chance(0.7)) {
                h.state = QStringLiteral("rejected");
                h.reason = m_dice.pick(m_script.rejectReasons);
                h.resolvedMs = t + answer;
            } else {
                h.state = QStringLiteral("timeout");
                h.resolvedMs = t + m_timeouts.value(target->department, 30'000);
            }
            s.hops.append(h);
            t = h.resolvedMs + m_dice.between(20 * second, 2 * minute);
            if (h.state == QLatin1String("accepted"))
                return target;
            if (h.state == QLatin1String("cancelled"))
                return owner;
            ++*failed;
        }
        return owner;
    }

    bool write(QList<Story> &stories, DemoHistory::Summary *summary, QString *error);

    static constexpr int customerCount = 1500;
    Database &m_db;
    DemoHistory::Options m_options;
    Dice m_dice;
    DemoScript m_script;
    QHash<QString, qint64> m_timeouts;
    QList<Profile> m_profiles;
    qint64 m_lastTransferId = 0;

public:
    void startTransferIdsAfter(qint64 id) { m_lastTransferId = id; }
};

qint64 maxId(Database &db, const QString &table)
{
    QSqlQuery &q = db.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table));
    const qint64 id = db.exec(q) && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

bool Generator::write(QList<Story> &stories, DemoHistory::Summary *summary, QString *error)
{
    bool ok = true;
    for (int i = 1; ok && i <= customerCount; ++i) {
        const QString name = m_dice.pick(surnames) + m_dice.pick(titles);
        ok = m_db.execSql(QStringLiteral("INSERT OR IGNORE INTO customers(id, name, vip_level) VALUES(?,?,?)"),
                          {QStringLiteral("hist-%1").arg(i, 4, 10, QLatin1Char('0')), name, m_dice.chance(0.06) ? 1 : 0});
    }
    qint64 conversationId = maxId(m_db, QStringLiteral("conversations"));
    const QString note = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("template"), QStringLiteral("technical")},
                                                                    {QStringLiteral("problem"), m_script.noteProblem},
                                                                    {QStringLiteral("stepsTaken"), m_script.noteSteps},
                                                                    {QStringLiteral("customerSituation"), m_script.noteSituation},
                                                                    {QStringLiteral("urgency"), QStringLiteral("medium")}})
                                               .toJson(QJsonDocument::Compact));
    const QString conversationSql = QStringLiteral(
        "INSERT INTO conversations(id, customer_id, skills, skill, owner_id, first_owner_id, assigned_ms, state, "
        "subject, created_ms, closed_ms, last_seq, resolved, rating, rating_comment, escalation, queued_ms, closed_by, "
        "first_response_ms, language) VALUES(?,?,?,?,?,?,?,'closed',?,?,?,?,?,?,?,?,?,?,?,'zh')");
    const QString messageSql = QStringLiteral(
        "INSERT INTO messages(conversation_id, seq, sender_kind, sender_id, text, time_ms) VALUES(?,?,?,?,?,?)");
    const QString transferSql = QStringLiteral(
        "INSERT INTO transfers(id, conversation_id, attempt_id, from_agent, to_agent, from_department, to_department, "
        "note, state, reason, created_ms, deadline_ms, resolved_ms) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)");
    auto null = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    auto nullMs = [](qint64 ms) { return ms == 0 ? QVariant() : QVariant(ms); };
    for (Story &s : stories) {
        if (!ok)
            break;
        s.id = ++conversationId;
        // The history a reviewer opens: the question, the replies, and a system line per accepted hop.
        QList<std::tuple<QString, QString, QString, qint64>> lines{{QStringLiteral("customer"), s.customer, s.subject, s.createdMs}};
        if (!s.firstOwner.isEmpty()) {
            lines.append({QStringLiteral("agent"), s.firstOwner, m_dice.pick(m_script.agentReplies), s.firstResponseMs});
            for (const Hop &h : s.hops) {
                if (h.state == QLatin1String("accepted"))
                    lines.append({QStringLiteral("system"), QString(), QStringLiteral("会话已转接"), h.resolvedMs});
            }
            lines.append({QStringLiteral("agent"), s.owner, m_dice.pick(closingLines), s.closedMs - 30 * second});
        }
        ok = m_db.execSql(conversationSql,
                          {s.id, s.customer, QStringLiteral("[\"%1\"]").arg(s.skill), s.skill, null(s.owner),
                           null(s.firstOwner), nullMs(s.assignedMs), s.subject, s.createdMs, s.closedMs,
                           qint64(lines.size()), s.resolved, s.rating, s.comment, s.escalation, nullMs(s.queuedMs),
                           null(s.owner), nullMs(s.firstResponseMs)});
        for (qsizetype i = 0; ok && i < lines.size(); ++i) {
            const auto &[kind, sender, text, time] = lines[i];
            ok = m_db.execSql(messageSql, {s.id, qint64(i + 1), kind, sender, text, time});
        }
        for (const Hop &h : s.hops) {
            ok = ok && m_db.execSql(transferSql, {h.id, s.id, h.attemptId, h.from, h.to, h.fromDepartment, h.toDepartment,
                                                  note, h.state, h.reason, h.createdMs,
                                                  h.createdMs + m_timeouts.value(h.toDepartment, 30'000), h.resolvedMs});
            ++summary->transfers;
        }
        ++summary->conversations;
        summary->messages += int(lines.size());
    }
    if (!ok)
        *error = QStringLiteral("cannot write the demo history: %1").arg(m_db.error());
    return ok;
}
} // namespace

bool DemoHistory::seedOnce(Database &db, const TeamConfig &team, const Options &options, Summary *summary,
                           QString *error)
{
    Summary ignored;
    Summary &s = summary ? *summary : ignored;
    QSqlQuery &q = db.prepare(QStringLiteral("SELECT value FROM meta WHERE key=?"));
    const bool seeded = db.exec(q, {QString(marker)}) && q.next();
    q.finish();
    if (seeded) {
        s.alreadyThere = true;
        return true;
    }
    if (!db.begin()) {
        *error = QStringLiteral("cannot start the demo history: %1").arg(db.error());
        return false;
    }
    Generator generator(db, team, options);
    generator.startTransferIdsAfter(maxId(db, QStringLiteral("transfers")));
    // The rows are plain SQL: the report summary takes them in the same transaction.
    if (!generator.run(&s, error) || !ReportSummary::absorb(db) ||
        !db.execSql(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?)"),
                    {QString(marker), QString::number(options.seed)})) {
        db.rollback();
        if (error->isEmpty())
            *error = QStringLiteral("cannot mark the demo history: %1").arg(db.error());
        return false;
    }
    if (!db.commit()) {
        *error = QStringLiteral("cannot commit the demo history: %1").arg(db.error());
        return false;
    }
    return true;
}

} // namespace baton
