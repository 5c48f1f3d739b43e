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

QString UiText::reason(const CandidateReason &r)
{
    switch (r.kind) {
    case CandidateReason::Kind::Skill:
        if (r.skill.isEmpty())
            return tr("Takes general questions");
        return tr("%1 skill (%2)").arg(skill(r.skill), proficiency(proficiencyName(r.proficiency)));
    case CandidateReason::Kind::Tag: return tr("Expert in %1").arg(r.tag);
    case CandidateReason::Kind::Load: return tr("Load %1/%2").arg(r.load).arg(r.max);
    case CandidateReason::Kind::Rating: return tr("Rating %1").arg(r.value, 0, 'f', 1);
    case CandidateReason::Kind::Resolution: return tr("Resolves %1%").arg(qRound(r.value * 100));
    case CandidateReason::Kind::Urgent: return tr("Senior (level %1) for an urgent chat").arg(r.level);
    case CandidateReason::Kind::Unknown: break;
    }
    return r.code;
}

namespace {
QString endedTransfer(const QString &state, UiText::Action action)
{
    const bool accepting = action == UiText::Action::Accept;
    if (state == QLatin1String("timeout"))
        return accepting ? UiText::tr("This transfer has timed out and can no longer be accepted.")
                         : UiText::tr("This transfer has already timed out.");
    if (state == QLatin1String("cancelled"))
        return accepting ? UiText::tr("The colleague withdrew this transfer; it can no longer be accepted.")
                         : UiText::tr("This transfer was already withdrawn.");
    if (state == QLatin1String("accepted"))
        return UiText::tr("This transfer has already been accepted.");
    if (state == QLatin1String("rejected"))
        return UiText::tr("This transfer has already been rejected.");
    return UiText::tr("This transfer has already ended.");
}
} // namespace

QString UiText::error(const RequestError &e, Action action)
{
    switch (e.kind) {
    case RequestError::Kind::NotConnected:
        return tr("Not connected to the engine. Try again once the status bar says Connected.");
    case RequestError::Kind::ConnectionLost:
        return tr("The connection dropped before the engine answered. Check the result once reconnected, then try again.");
    case RequestError::Kind::TimedOut:
        return tr("The engine did not answer in time. Try again.");
    case RequestError::Kind::Engine: break;
    }
    const bool transferAction = action == Action::Accept || action == Action::Reject || action == Action::Cancel;
    switch (e.code) {
    case ErrorCode::Conflict:
        if (transferAction)
            return endedTransfer(e.details.value(QStringLiteral("state")).toString(), action);
        if (action == Action::Transfer)
            return tr("A transfer of this conversation is already waiting for an answer.");
        if (action == Action::Close)
            return tr("A transfer of this conversation is pending; cancel it before closing.");
        return tr("Someone changed this in the meantime. Look again and decide.");
    case ErrorCode::NotFound:
        if (transferAction)
            return tr("This transfer no longer exists.");
        return tr("This conversation is no longer open.");
    case ErrorCode::PermissionDenied:
        if (action == Action::Transfer)
            return tr("Your transfer rights do not allow this target (department or level). Ask your team lead.");
        if (transferAction)
            return tr("This transfer is not yours to answer.");
        return tr("You are not allowed to do this here.");
    case ErrorCode::TargetUnavailable:
        return tr("This colleague cannot take it now (not online, full, or already declined). Pick another.");
    case ErrorCode::RateLimited: return tr("Too many requests at once. Wait a moment and try again.");
    case ErrorCode::InvalidField:
    case ErrorCode::MissingField: return tr("The engine did not accept what was entered. Check the fields.");
    case ErrorCode::AuthFailed:
    case ErrorCode::NotAuthenticated: return tr("You are signed out. Sign in again.");
    case ErrorCode::VersionMismatch: return signInProblem(e);
    case ErrorCode::Internal: return tr("The engine could not save this; nothing was changed. Try again later.");
    case ErrorCode::BadFrame:
    case ErrorCode::UnknownType:
    case ErrorCode::HelloRequired: break;
    }
    return tr("The engine refused the request (%1).").arg(e.name());
}

QString UiText::signInProblem(const RequestError &e)
{
    if (e.is(ErrorCode::VersionMismatch))
        return tr("This engine speaks another protocol version. Update Baton (or the engine) so both match, "
                  "or connect to another engine.");
    if (e.is(ErrorCode::AuthFailed))
        return tr("Wrong user name or password. Use Connect… to sign in again.");
    if (e.is(ErrorCode::RateLimited))
        return tr("Too many sign-in attempts. Wait a minute and try again.");
    return error(e, Action::Load);
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
