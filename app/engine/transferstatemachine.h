#pragma once

#include "core/transfer.h"

#include <optional>

namespace baton {

enum class TransferEvent { Accept, Reject, Timeout, Cancel, TargetOffline };

// F1.5 as a table: which event moves a transfer from which state to which. Every final state
// absorbs: a second resolution is refused, which is how accept/cancel/timeout races get one winner.
class TransferStateMachine {
public:
    static std::optional<TransferState> next(TransferState from, TransferEvent event);
    static QString eventName(TransferEvent event);
};

} // namespace baton
