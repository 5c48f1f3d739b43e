#include "engine/recentcustomerturns.h"

namespace baton {

std::optional<QList<Message>> RecentCustomerTurns::find(qint64 conversationId) const
{
    const auto it = m_turns.constFind(conversationId);
    if (it == m_turns.cend())
        return std::nullopt;
    return *it;
}

void RecentCustomerTurns::remember(qint64 conversationId, const QList<Message> &customerLines)
{
    QList<Message> &turns = m_turns[conversationId];
    turns = customerLines.mid(std::max<qsizetype>(0, customerLines.size() - kept));
}

void RecentCustomerTurns::add(const Message &m)
{
    const auto it = m_turns.find(m.conversationId);
    if (it == m_turns.end())
        return; // unknown: the store has it when it is asked for
    if (it->size() >= kept)
        it->removeFirst();
    it->append(m);
}

void RecentCustomerTurns::rewrite(qint64 conversationId, qint64 seq, const QString &text)
{
    const auto it = m_turns.find(conversationId);
    if (it == m_turns.end())
        return;
    for (Message &m : *it) {
        if (m.seq == seq)
            m.text = text;
    }
}

} // namespace baton
