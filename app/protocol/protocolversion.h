#pragma once

#include <QStringList>

namespace baton::protocol {

// Two tiers: the major version must match exactly at HELLO; features are optional capabilities
// that either side may use only when both announced them.
inline constexpr int majorVersion = 1;

inline QStringList serverFeatures()
{
    return {QStringLiteral("resume"), QStringLiteral("idempotency"), QStringLiteral("transfer-chain"),
            QStringLiteral("recommend-reasons"), QStringLiteral("visitor")};
}

// Sizes every endpoint enforces; documented in docs/protocol.md.
inline constexpr qint64 maxFrameBytes = 64 * 1024;
inline constexpr int maxRequestIdLength = 64;
inline constexpr int maxTextLength = 4000;

} // namespace baton::protocol
