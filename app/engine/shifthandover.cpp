#include "engine/shifthandover.h"

#include "engine/engineconfig.h"
#include "engine/enginestate.h"
#include "engine/recommender.h"
#include "engine/transferdesk.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHandover, "baton.engine.handover")

namespace baton {

namespace {
// Written into the offer's note: the receiving agent sees why the chat comes to them.
const QString handoverRemark = QStringLiteral("交班");
} // namespace

ShiftHandover::ShiftHandover(EngineContext &context, TransferDesk &transfers)
    : m_ctx(context), m_transfers(transfers)
{
    m_plan.configure(context.config.shifts);
}

bool ShiftHandover::onDuty(const AgentState &agent, qint64 nowMs) const
{
    return agent.agent.status != AgentStatus::Offline && m_plan.onDuty(agent.agent.id, nowMs);
}

std::optional<qint64> ShiftHandover::nextWakeMs(qint64 nowMs) const
{
    return m_plan.nextEndMs(nowMs);
}

bool ShiftHandover::handsOver(const AgentState &owner, qint64 conversationId, qint64 nowMs) const
{
    if (owner.agent.status == AgentStatus::Offline)
        return m_ctx.config.handoverOnOffline || m_shiftEnded.contains(conversationId);
    return m_shiftEnded.contains(conversationId) && !m_plan.onDuty(owner.agent.id, nowMs);
}

void ShiftHandover::sweep(qint64 nowMs)
{
    if (m_sweeping)
        return; // an offer made below releases or reserves slots and routes again
    m_sweeping = true;
    const qint64 since = m_lastSweepMs;
    m_lastSweepMs = nowMs;
    // Cheap first: most passes find no owner off duty.
    QSet<QString> owners;
    for (const AgentState &a : m_ctx.state.agents) {
        if (a.load == 0)
            continue;
        const bool ended = !m_plan.isEmpty() && since >= 0 && m_plan.shiftEnded(a.agent.id, since, nowMs) &&
                           !m_plan.onDuty(a.agent.id, nowMs);
        if (ended || a.agent.status == AgentStatus::Offline || !m_shiftEnded.isEmpty())
            owners.insert(a.agent.id);
        if (ended) {
            for (const Conversation &c : std::as_const(m_ctx.state.conversations)) {
                if (c.ownerId == a.agent.id && c.state == ConversationState::Active)
                    m_shiftEnded.insert(c.id);
            }
            qCInfo(lcHandover) << "shift of" << a.agent.id << "ended with" << a.load << "chats open";
        }
    }
    if (owners.isEmpty()) {
        m_shiftEnded.clear();
        m_sweeping = false;
        return;
    }
    QList<qint64> due;
    for (const Conversation &c : std::as_const(m_ctx.state.conversations)) {
        if (c.state != ConversationState::Active || !owners.contains(c.ownerId))
            continue;
        const AgentState *owner = m_ctx.state.agent(c.ownerId);
        if (owner && handsOver(*owner, c.id, nowMs))
            due.append(c.id);
    }
    // Taken, closed or the owner is back on duty: nothing more to hand over for those.
    for (auto it = m_shiftEnded.begin(); it != m_shiftEnded.end();) {
        const auto c = m_ctx.state.conversations.constFind(*it);
        const AgentState *owner =
            c == m_ctx.state.conversations.cend() ? nullptr : m_ctx.state.agent(c->ownerId);
        if (!owner || !due.contains(*it))
            it = m_shiftEnded.erase(it);
        else
            ++it;
    }
    if (due.isEmpty()) {
        m_sweeping = false;
        return;
    }
    // Nobody who could take a chat (everyone dropped at once, or the rest are full): no offers.
    // Recommending anyway cost agents × chats on every routing pass of a mass disconnect.
    QSet<QString> offDuty;
    bool anyoneFree = false;
    for (const AgentState &a : m_ctx.state.agents) {
        if (!m_plan.onDuty(a.agent.id, nowMs))
            offDuty.insert(a.agent.id);
        else if (a.canTakeWork())
            anyoneFree = true;
    }
    for (qint64 id : std::as_const(due)) {
        if (!anyoneFree)
            break;
        if (m_ctx.state.pendingTransfers.contains(id))
            continue; // one offer at a time; the next after this one is answered
        const Conversation &c = m_ctx.state.conversations[id];
        if (const AgentState *owner = m_ctx.state.agent(c.ownerId))
            offer(c, *owner, offDuty);
    }
    m_sweeping = false;
}

void ShiftHandover::offer(const Conversation &c, const AgentState &owner, const QSet<QString> &offDuty)
{
    RecommendRequest request;
    request.requiredSkills = c.requiredSkills;
    request.subject = c.subject;
    request.urgent = c.isUrgent();
    request.initiator = &owner.agent;
    request.excluded.insert(owner.agent.id);
    if (auto attempt = m_ctx.state.attempts.constFind(c.id); attempt != m_ctx.state.attempts.cend())
        request.excluded.unite(attempt->declined);
    request.excluded.unite(offDuty);
    request.limit = 5;
    const QJsonObject note{{QStringLiteral("template"), QStringLiteral("handover")},
                           {QStringLiteral("problem"), c.subject.left(m_ctx.config.maxNoteFieldLength)},
                           {QStringLiteral("remarks"), handoverRemark}};
    const qint64 id = c.id; // `c` may move when the transfer changes the conversation table
    for (const Recommendation &r : m_ctx.recommender.recommend(m_ctx.state.agents, request)) {
        const EngineResult result = m_transfers.request(owner, id, r.candidate->agent.id, note);
        if (result.ok()) {
            qCInfo(lcHandover) << "conversation" << id << "of" << owner.agent.id << "offered to"
                               << r.candidate->agent.id;
            return;
        }
        if (result.error->kind == EngineError::Internal)
            return; // the store failed: the command's transaction rolls back
    }
}

} // namespace baton
