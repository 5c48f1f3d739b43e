#pragma once

#include "core/message.h"

#include <QHash>
#include <QList>
#include <optional>

namespace baton {

// The newest customer lines of each open conversation, as stored (masked). A number the customer
// types in several messages is masked across them (F5.7), so every customer message needs the one
// or two before it; reading them back from SQLite cost 12 % of the engine's time per message under
// load (issue 12). A conversation not seen since the engine started is unknown here, and the caller
// fills it from the store once.
class RecentCustomerTurns {
public:
    static constexpr int kept = 2; // a number spans at most three messages

    // nullopt: not known yet (read it from the store and remember()).
    std::optional<QList<Message>> find(qint64 conversationId) const;
    void remember(qint64 conversationId, const QList<Message> &customerLines);
    // A customer line was appended to a known conversation.
    void add(const Message &m);
    // An earlier line's stored text was masked again.
    void rewrite(qint64 conversationId, qint64 seq, const QString &text);
    void forget(qint64 conversationId) { m_turns.remove(conversationId); }

private:
    QHash<qint64, QList<Message>> m_turns;
};

} // namespace baton
