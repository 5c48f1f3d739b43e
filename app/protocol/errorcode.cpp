#include "protocol/errorcode.h"

namespace baton {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadFrame: return QStringLiteral("BAD_FRAME");
    case ErrorCode::UnknownType: return QStringLiteral("UNKNOWN_TYPE");
    case ErrorCode::InvalidField: return QStringLiteral("INVALID_FIELD");
    case ErrorCode::MissingField: return QStringLiteral("MISSING_FIELD");
    case ErrorCode::VersionMismatch: return QStringLiteral("VERSION_MISMATCH");
    case ErrorCode::HelloRequired: return QStringLiteral("HELLO_REQUIRED");
    case ErrorCode::NotAuthenticated: return QStringLiteral("NOT_AUTHENTICATED");
    case ErrorCode::AuthFailed: return QStringLiteral("AUTH_FAILED");
    case ErrorCode::PermissionDenied: return QStringLiteral("PERMISSION_DENIED");
    case ErrorCode::NotFound: return QStringLiteral("NOT_FOUND");
    case ErrorCode::Conflict: return QStringLiteral("CONFLICT");
    case ErrorCode::TargetUnavailable: return QStringLiteral("TARGET_UNAVAILABLE");
    case ErrorCode::RateLimited: return QStringLiteral("RATE_LIMITED");
    case ErrorCode::Internal: break;
    }
    return QStringLiteral("INTERNAL");
}

ErrorCode errorCodeFromName(const QString &name)
{
    for (int c = int(ErrorCode::BadFrame); c <= int(ErrorCode::Internal); ++c) {
        if (errorCodeName(ErrorCode(c)) == name)
            return ErrorCode(c);
    }
    return ErrorCode::Internal;
}

} // namespace baton
