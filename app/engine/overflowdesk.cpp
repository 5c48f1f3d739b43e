#include "engine/overflowdesk.h"

#include "engine/clock.h"
#include "engine/enginestate.h"
#include "engine/permissionpolicy.h"
#include "engine/queuebook.h"

#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcOverflow, "baton.engine.overflow")

namespace baton {

OverflowDesk::OverflowDesk(EngineContext &context) : m_ctx(context) {}

QJsonObject OverflowDesk::Window::toJson() const
{
    QJsonObject o{{QStringLiteral("department"), department},
                  {QStringLiteral("openedMs"), openedMs},
                  {QStringLiteral("untilMs"), untilMs},
                  {QStringLiteral("openedBy"), openedBy}};
    if (extraSessions > 0)
        o.insert(QStringLiteral("extraSessions"), extraSessions);
    if (!toDepartment.isEmpty())
        o.insert(QStringLiteral("toDepartment"), toDepartment);
    return o;
}

EngineResult OverflowDesk::open(const AgentState &actor, const OverflowRequest &request)
{
    if (actor.agent.role == Role::Agent)
        return EngineResult::fail(EngineError::PermissionDenied,
                                  QStringLiteral("only team leads, supervisors and administrators open an overflow"));
    const QString department = request.department.isEmpty() ? actor.agent.department : request.department;
    if (!m_ctx.state.departments.contains(department))
        return EngineResult::fail(EngineError::NotFound, QStringLiteral("no department \"%1\"").arg(department));
    if (!PermissionPolicy::isSupervisor(actor.agent) && department != actor.agent.department)
        return EngineResult::fail(EngineError::PermissionDenied,
                                  QStringLiteral("%1 is not your department").arg(department));
    const bool capacity = request.extraSessions > 0;
    if (capacity == !request.toDepartment.isEmpty())
        return EngineResult::fail(EngineError::InvalidArgument,
                                  QStringLiteral("give either extraSessions or toDepartment"));
    if (request.extraSessions > maxExtraSessions)
        return EngineResult::fail(EngineError::InvalidArgument,
                                  QStringLiteral("extraSessions must be 1 to %1").arg(maxExtraSessions));
    if (!capacity && (request.toDepartment == department || !m_ctx.state.departments.contains(request.toDepartment)))
        return EngineResult::fail(EngineError::InvalidArgument,
                                  QStringLiteral("toDepartment must be another existing department"));
    if (request.durationMs < minDurationMs || request.durationMs > maxDurationMs)
        return EngineResult::fail(EngineError::InvalidArgument,
                                  QStringLiteral("durationMs must be 1 minute to 8 hours"));
    const qint64 now = m_ctx.clock.nowMs();
    if (const auto old = m_open.constFind(department); old != m_open.cend()) {
        apply(*old, false);
        m_open.erase(old);
    }
    Window w{department, request.extraSessions, request.toDepartment, now, now + request.durationMs, actor.agent.id};
    apply(w, true);
    m_open.insert(department, w);
    publishHelpers();
    m_ctx.clock.wakeAt(w.untilMs);
    qCInfo(lcOverflow) << actor.agent.id << "opened an overflow for" << department << "until" << w.untilMs;
    return EngineResult::success({{QStringLiteral("overflow"), w.toJson()}});
}

bool OverflowDesk::closeDue(qint64 nowMs)
{
    bool closed = false;
    for (auto it = m_open.begin(); it != m_open.end();) {
        if (it->untilMs > nowMs) {
            ++it;
            continue;
        }
        apply(*it, false);
        qCInfo(lcOverflow) << "overflow for" << it->department << "closed";
        it = m_open.erase(it);
        closed = true;
    }
    if (closed)
        publishHelpers();
    return closed;
}

std::optional<qint64> OverflowDesk::nextCloseMs() const
{
    std::optional<qint64> next;
    for (const Window &w : m_open) {
        if (!next || w.untilMs < *next)
            next = w.untilMs;
    }
    return next;
}

QJsonArray OverflowDesk::json(const AgentState &actor) const
{
    QJsonArray list;
    for (const Window &w : m_open) {
        if (PermissionPolicy::isSupervisor(actor.agent) || w.department == actor.agent.department ||
            w.toDepartment == actor.agent.department)
            list.append(w.toJson());
    }
    return list;
}

void OverflowDesk::reapply()
{
    for (const Window &w : std::as_const(m_open))
        apply(w, true);
    publishHelpers();
}

void OverflowDesk::apply(const Window &w, bool opening)
{
    if (w.extraSessions <= 0)
        return;
    for (AgentState &a : m_ctx.state.agents) {
        if (a.agent.department != w.department || a.agent.maxSessions <= 0)
            continue;
        // Undo exactly what was added: a reload in between already reset both to the stored values.
        const int extra = opening ? w.extraSessions : 0;
        a.agent.maxSessions += extra - a.overflowSessions;
        a.overflowSessions = extra;
        a.touch();
    }
}

void OverflowDesk::publishHelpers()
{
    // The department's queues are those its own agents serve; the helpers take exactly those.
    m_ctx.queues.setHelpers({});
    QMultiHash<QString, QString> helpers;
    const auto &queues = m_ctx.queues.definitions();
    for (const Window &w : std::as_const(m_open)) {
        if (w.toDepartment.isEmpty())
            continue;
        for (const QueueDefinition &q : queues) {
            const bool ours = std::any_of(m_ctx.state.agents.cbegin(), m_ctx.state.agents.cend(), [&](const AgentState &a) {
                return a.agent.department == w.department && m_ctx.queues.serves(q, a);
            });
            if (ours)
                helpers.insert(q.id, w.toDepartment);
        }
    }
    m_ctx.queues.setHelpers(helpers);
}

} // namespace baton
