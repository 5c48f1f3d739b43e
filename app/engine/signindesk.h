#pragma once

#include "engine/engineerror.h"

#include <QJsonArray>
#include <QString>

namespace baton {

struct EngineContext;

// Agent sessions: the password hash to check a login against (a dummy one of the same cost for
// unknown users, so timing reveals no names), session tokens, and the event pruning each sign-in
// does. The writes run inside the engine's write(), like every desk's.
class SignInDesk {
public:
    explicit SignInDesk(EngineContext &context);

    QString passwordHashFor(const QString &user);
    // After the password matched: a new session token with the agent, lastSeq and departments.
    EngineResult openSession(const QString &user);
    // LOGIN with a token: the same reply for a valid, unexpired token of this user.
    EngineResult resumeSession(const QString &user, const QString &token);
    EngineResult closeSession(const QString &token);
    bool pruneEvents(const QString &agentId);

private:
    EngineResult signedIn(const QString &user, const QString &token);
    QJsonArray departmentsJson() const;

    EngineContext &m_ctx;
    QString m_dummyHash;
};

} // namespace baton
