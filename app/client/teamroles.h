#pragma once

#include <Qt>

namespace baton {

// Item roles shared by the team view's models; the ui layer turns them into words and bars.
namespace TeamRole {
enum : int {
    Id = Qt::UserRole + 1,
    Kind,      // a CellKind: how the view renders the cell
    ElapsedMs, // live: time in status, time waited, longest wait
    Status,    // agent status code
    Load,
    MaxSessions,
    Overloaded,
    Waiting,
    TargetMs,
    Share, // served within target today, 0–1
    TargetShare,
    ServedToday,
    VipLevel,
    QueueId,
};
}

enum class CellKind { Text, Duration, Status, LoadBar };

} // namespace baton
