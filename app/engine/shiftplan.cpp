#include "engine/shiftplan.h"

#include <QDateTime>
#include <QJsonObject>

namespace baton {

std::optional<QList<Shift>> ShiftPlan::parse(const QJsonArray &array, const QSet<QString> &agents,
                                             QString *error)
{
    QList<Shift> shifts;
    QSet<QString> ids;
    auto fail = [&](qsizetype i, const QString &what) -> std::optional<QList<Shift>> {
        if (error)
            *error = QStringLiteral("shifts[%1]: %2").arg(i).arg(what);
        return std::nullopt;
    };
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array[i].toObject();
        Shift s;
        s.id = o.value(QStringLiteral("id")).toString();
        if (s.id.isEmpty() || s.id.size() > 64)
            return fail(i, QStringLiteral("\"id\" must be 1–64 characters"));
        if (ids.contains(s.id))
            return fail(i, QStringLiteral("duplicate id \"%1\"").arg(s.id));
        ids.insert(s.id);
        s.name = o.value(QStringLiteral("name")).toString(s.id);
        s.start = QTime::fromString(o.value(QStringLiteral("start")).toString(), QStringLiteral("HH:mm"));
        s.end = QTime::fromString(o.value(QStringLiteral("end")).toString(), QStringLiteral("HH:mm"));
        if (!s.start.isValid() || !s.end.isValid() || s.start == s.end)
            return fail(i, QStringLiteral("\"start\" and \"end\" must be different times \"HH:MM\""));
        const QJsonArray members = o.value(QStringLiteral("agents")).toArray();
        if (members.isEmpty())
            return fail(i, QStringLiteral("\"agents\" must list at least one agent"));
        for (const QJsonValue &v : members) {
            if (!agents.contains(v.toString()))
                return fail(i, QStringLiteral("unknown agent \"%1\"").arg(v.toString()));
            s.agents.append(v.toString());
        }
        shifts.append(s);
    }
    return shifts;
}

void ShiftPlan::configure(const QList<Shift> &shifts)
{
    m_shifts = shifts;
}

bool ShiftPlan::covers(const Shift &s, const QTime &t)
{
    return s.start < s.end ? (t >= s.start && t < s.end) : (t >= s.start || t < s.end);
}

bool ShiftPlan::onDuty(const QString &agentId, qint64 nowMs) const
{
    bool inAny = false;
    for (const Shift &s : m_shifts) {
        if (!s.agents.contains(agentId))
            continue;
        if (covers(s, localTime(nowMs)))
            return true;
        inAny = true;
    }
    return !inAny;
}

QTime ShiftPlan::localTime(qint64 nowMs) const
{
    // The conversion reads the time zone (a stat of /etc/localtime), and a routing pass asks for
    // every agent at the same instant (issue 12): once per instant.
    if (nowMs != m_localTimeAtMs) {
        m_localTimeAtMs = nowMs;
        m_localTime = QDateTime::fromMSecsSinceEpoch(nowMs).time();
    }
    return m_localTime;
}

qint64 ShiftPlan::nextEnd(const Shift &s, qint64 afterMs)
{
    const QDateTime after = QDateTime::fromMSecsSinceEpoch(afterMs);
    QDateTime end(after.date(), s.end);
    if (end.toMSecsSinceEpoch() <= afterMs)
        end = QDateTime(after.date().addDays(1), s.end);
    return end.toMSecsSinceEpoch();
}

bool ShiftPlan::shiftEnded(const QString &agentId, qint64 afterMs, qint64 untilMs) const
{
    for (const Shift &s : m_shifts) {
        if (s.agents.contains(agentId) && nextEnd(s, afterMs) <= untilMs)
            return true;
    }
    return false;
}

std::optional<qint64> ShiftPlan::nextEndMs(qint64 nowMs) const
{
    std::optional<qint64> next;
    for (const Shift &s : m_shifts) {
        const qint64 end = nextEnd(s, nowMs);
        if (!next || end < *next)
            next = end;
    }
    return next;
}

} // namespace baton
