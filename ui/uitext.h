#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

#include "core/candidate.h"
#include "protocol/requesterror.h"

namespace baton {

// The words the workstation shows for the protocol's codes (states, statuses, skills, reasons),
// in the user's language. Codes it does not know are shown as they are.
class UiText {
    Q_DECLARE_TR_FUNCTIONS(UiText)
public:
    static QString agentStatus(const QString &status);
    static QString transferState(const QString &state);
    static QString conversationState(const QString &state);
    static QString skill(const QString &skill);
    static QString proficiency(const QString &proficiency);
    static QString urgency(const QString &urgency);
    static QString escalation(const QString &reason, const QString &topic);
    static QString reason(const CandidateReason &reason);

    // What the user was doing when a request failed: the words depend on it.
    enum class Action { Accept, Reject, Cancel, Transfer, Close, Send, SaveTags, SetStatus, Search, Load };
    // A failed request in the user's language, from its code and details; never the engine's text.
    static QString error(const RequestError &error, Action action);
    // Why signing in or connecting failed.
    static QString signInProblem(const RequestError &error);
    static QString waitingTime(qint64 seconds);
    static QString clockTime(qint64 timeMs);
};

} // namespace baton
