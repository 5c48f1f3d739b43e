#pragma once

#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QTime>
#include <optional>

namespace baton {

// One working shift of the team configuration (`shifts`): daily from `start` to `end` in the
// engine's local time; an end before the start runs over midnight.
struct Shift {
    QString id;
    QString name;
    QTime start;
    QTime end;
    QStringList agents;
};

// F2.4 end of shift: who is on duty when. An agent in no shift is always on duty; an agent in
// several is on duty while any of them runs.
class ShiftPlan {
public:
    // Validates `shifts` (ids, "HH:MM" times, known agents); on error says which entry is wrong.
    static std::optional<QList<Shift>> parse(const QJsonArray &array, const QSet<QString> &agents,
                                             QString *error);

    void configure(const QList<Shift> &shifts);
    bool isEmpty() const { return m_shifts.isEmpty(); }
    bool onDuty(const QString &agentId, qint64 nowMs) const;
    // Whether one of the agent's shifts ended in (afterMs, untilMs].
    bool shiftEnded(const QString &agentId, qint64 afterMs, qint64 untilMs) const;
    // The first moment after `nowMs` at which any shift ends.
    std::optional<qint64> nextEndMs(qint64 nowMs) const;

private:
    static bool covers(const Shift &s, const QTime &t);
    static qint64 nextEnd(const Shift &s, qint64 afterMs);
    QTime localTime(qint64 nowMs) const;

    QList<Shift> m_shifts;
    mutable qint64 m_localTimeAtMs = -1; // the last instant converted, and its local time
    mutable QTime m_localTime;
};

} // namespace baton
