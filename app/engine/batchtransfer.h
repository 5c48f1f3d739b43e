#pragma once

#include "engine/engineerror.h"

#include <QJsonArray>

namespace baton {

class TransferDesk;
struct AgentState;

// F2.5 BATCH_TRANSFER: several transfer requests in one command. Each item is one ordinary
// TRANSFER (one transfer record, the same checks) and stands alone: a refused item changes nothing
// and does not stop the others. Only a store failure fails the whole batch, which then rolls back.
class BatchTransfer {
public:
    static constexpr qsizetype maxItems = 50;

    explicit BatchTransfer(TransferDesk &transfers);

    // items: [{conversationId, to, note?}] → {results: [{conversationId, ok, transfer | error}],
    // succeeded, failed}.
    EngineResult run(const AgentState &actor, const QJsonArray &items);

private:
    TransferDesk &m_transfers;
};

} // namespace baton
