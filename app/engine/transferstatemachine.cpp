#include "engine/transferstatemachine.h"

namespace baton {

std::optional<TransferState> TransferStateMachine::next(TransferState from, TransferEvent event)
{
    if (from != TransferState::Pending)
        return std::nullopt;
    switch (event) {
    case TransferEvent::Accept: return TransferState::Accepted;
    case TransferEvent::Reject:
    case TransferEvent::TargetOffline: return TransferState::Rejected;
    case TransferEvent::Timeout: return TransferState::Timeout;
    case TransferEvent::Cancel: return TransferState::Cancelled;
    }
    return std::nullopt;
}

QString TransferStateMachine::eventName(TransferEvent event)
{
    switch (event) {
    case TransferEvent::Accept: return QStringLiteral("accept");
    case TransferEvent::Reject: return QStringLiteral("reject");
    case TransferEvent::Timeout: return QStringLiteral("timeout");
    case TransferEvent::Cancel: return QStringLiteral("cancel");
    case TransferEvent::TargetOffline: return QStringLiteral("offline");
    }
    return {};
}

} // namespace baton
