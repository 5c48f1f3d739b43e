#include "engine/signindesk.h"

#include "core/passwordhasher.h"
#include "engine/clock.h"
#include "engine/engineconfig.h"
#include "engine/enginecontext.h"
#include "engine/enginestate.h"
#include "engine/store.h"
#include "engine/tokens.h"

#include <QHash>
#include <algorithm>

namespace baton {

SignInDesk::SignInDesk(EngineContext &context) : m_ctx(context) {}

QString SignInDesk::passwordHashFor(const QString &user)
{
    if (AgentState *agent = m_ctx.state.agent(user))
        return agent->passwordHash;
    if (m_dummyHash.isEmpty()) {
        // As costly as a real check: the iteration count most agents' hashes use.
        QHash<int, int> counts;
        for (const AgentState &a : m_ctx.state.agents)
            ++counts[PasswordHasher::iterationsOf(a.passwordHash)];
        int iterations = m_ctx.config.passwordIterations;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.key() > 0 && it.value() > counts.value(iterations))
                iterations = it.key();
        }
        m_dummyHash = PasswordHasher::hash(Tokens::generate(), iterations);
    }
    return m_dummyHash;
}

bool SignInDesk::pruneEvents(const QString &agentId)
{
    const qint64 lastSeq = m_ctx.store.eventLog().lastSeq(agentId);
    return lastSeq <= m_ctx.config.eventRetention ||
           m_ctx.store.eventLog().prune(agentId, lastSeq - m_ctx.config.eventRetention);
}

EngineResult SignInDesk::openSession(const QString &user)
{
    if (!m_ctx.state.agent(user))
        return EngineResult::fail(EngineError::AuthFailed, QStringLiteral("wrong user name or password"));
    const QString token = Tokens::generate();
    const qint64 now = m_ctx.clock.nowMs();
    if (!m_ctx.store.saveSession(Tokens::hash(token), user, now, now + m_ctx.config.sessionTtlMs))
        return EngineResult::fail(EngineError::Internal, QStringLiteral("cannot store the session"));
    return signedIn(user, token);
}

EngineResult SignInDesk::resumeSession(const QString &user, const QString &token)
{
    const auto owner = m_ctx.store.sessionAgent(Tokens::hash(token), m_ctx.clock.nowMs());
    if (!owner || *owner != user || !m_ctx.state.agent(user))
        return EngineResult::fail(EngineError::AuthFailed, QStringLiteral("the session token is not valid"));
    return signedIn(user, token);
}

EngineResult SignInDesk::closeSession(const QString &token)
{
    m_ctx.store.deleteSession(Tokens::hash(token));
    return EngineResult::success();
}

// Every sign-in prunes the agent's old events (eventRetention), token or password alike.
EngineResult SignInDesk::signedIn(const QString &user, const QString &token)
{
    if (!pruneEvents(user))
        return EngineResult::fail(EngineError::Internal, QStringLiteral("cannot prune old events"));
    return EngineResult::success({{QStringLiteral("token"), token},
                                  {QStringLiteral("agent"), m_ctx.state.agent(user)->toJson()},
                                  {QStringLiteral("lastSeq"), m_ctx.store.eventLog().lastSeq(user)},
                                  {QStringLiteral("departments"), departmentsJson()}});
}

QJsonArray SignInDesk::departmentsJson() const
{
    QList<Department> departments = m_ctx.state.departments.values();
    std::sort(departments.begin(), departments.end(),
              [](const Department &a, const Department &b) { return a.id < b.id; });
    QJsonArray list;
    for (const Department &d : departments)
        list.append(QJsonObject{{QStringLiteral("id"), d.id}, {QStringLiteral("name"), d.name}});
    return list;
}

} // namespace baton
