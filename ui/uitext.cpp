#include "uitext.h"

#include <QDateTime>
#include <QLocale>

namespace baton {

QString UiText::agentStatus(const QString &s)
{
    if (s == QLatin1String("online")) return tr("Online");
    if (s == QLatin1String("away")) return tr("Away");
    if (s == QLatin1String("busy")) return tr("Busy");
    if (s == QLatin1String("offline")) return tr("Offline");
    return s;
}

QString UiText::transferState(const QString &s)
{
    if (s == QLatin1String("pending")) return tr("Waiting for answer");
    if (s == QLatin1String("accepted")) return tr("Accepted");
    if (s == QLatin1String("rejected")) return tr("Rejected");
    if (s == QLatin1String("timeout")) return tr("Timed out");
    if (s == QLatin1String("cancelled")) return tr("Cancelled");
    return s;
}

QString UiText::conversationState(const QString &s)
{
    if (s == QLatin1String("robot")) return tr("With the robot");
    if (s == QLatin1String("queued")) return tr("Queued");
    if (s == QLatin1String("active")) return tr("Active");
    if (s == QLatin1String("closed")) return tr("Closed");
    return s;
}

QString UiText::skill(const QString &s)
{
    if (s == QLatin1String("pre_sales")) return tr("Pre-sales");
    if (s == QLatin1String("after_sales")) return tr("After-sales");
    if (s == QLatin1String("technical")) return tr("Technical");
    if (s == QLatin1String("billing")) return tr("Billing");
    if (s == QLatin1String("refund")) return tr("Refunds");
    if (s == QLatin1String("complaint")) return tr("Complaints");
    if (s == QLatin1String("vip")) return tr("VIP service");
    if (s == QLatin1String("account")) return tr("Accounts");
    return s;
}

QString UiText::proficiency(const QString &p)
{
    if (p == QLatin1String("primary")) return tr("primary");
    if (p == QLatin1String("secondary")) return tr("secondary");
    if (p == QLatin1String("general")) return tr("general");
    return p;
}

QString UiText::urgency(const QString &u)
{
    if (u == QLatin1String("high")) return tr("High");
    if (u == QLatin1String("low")) return tr("Low");
    return tr("Medium");
}

QString UiText::escalation(const QString &reason, const QString &topic)
{
    if (reason == QLatin1String("green_channel")) {
        if (topic == QLatin1String("fraud")) return tr("Green channel: fraud");
        if (topic == QLatin1String("account_frozen")) return tr("Green channel: account frozen");
        if (topic == QLatin1String("minor_refund")) return tr("Green channel: minor's refund");
        if (topic == QLatin1String("account_stolen")) return tr("Green channel: account stolen");
        return tr("Green channel");
    }
    if (reason == QLatin1String("urgent")) return tr("Urgent");
    if (reason == QLatin1String("complaint")) return tr("Complaint");
    if (reason == QLatin1String("robot_unresolved")) return tr("Robot could not help");
    if (reason == QLatin1String("button") || reason == QLatin1String("asked")) return tr("Asked for a person");
    return reason;
}

QString UiText::reason(const QVariantMap &r)
{
    const QString code = r.value(QStringLiteral("code")).toString();
    if (code == QLatin1String("skill") && r.value(QStringLiteral("skill")).toString().isEmpty())
        return tr("Takes general questions");
    if (code == QLatin1String("skill"))
        return tr("%1 skill (%2)").arg(skill(r.value(QStringLiteral("skill")).toString()),
                                       proficiency(r.value(QStringLiteral("proficiency")).toString()));
    if (code == QLatin1String("tag"))
        return tr("Expert in %1").arg(r.value(QStringLiteral("tag")).toString());
    if (code == QLatin1String("load"))
        return tr("Load %1/%2").arg(r.value(QStringLiteral("load")).toInt()).arg(r.value(QStringLiteral("max")).toInt());
    if (code == QLatin1String("rating"))
        return tr("Rating %1").arg(r.value(QStringLiteral("value")).toDouble(), 0, 'f', 1);
    if (code == QLatin1String("resolution"))
        return tr("Resolves %1%").arg(qRound(r.value(QStringLiteral("value")).toDouble() * 100));
    if (code == QLatin1String("urgent"))
        return tr("Senior (level %1) for an urgent chat").arg(r.value(QStringLiteral("level")).toInt());
    return code;
}

QString UiText::waitingTime(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    return tr("%1 h").arg(seconds / 3600);
}

QString UiText::clockTime(qint64 timeMs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(timeMs);
    const bool today = t.date() == QDate::currentDate();
    return QLocale().toString(t, today ? QStringLiteral("HH:mm") : QStringLiteral("MM-dd HH:mm"));
}

} // namespace baton
