#pragma once

#include <QJsonObject>
#include <QString>

namespace baton {

enum class ErrorCode {
    BadFrame,          // not a JSON object, or the envelope is malformed
    UnknownType,       // no such message type for this endpoint
    InvalidField,      // a field has the wrong type, range or length
    MissingField,      // a required field is absent
    VersionMismatch,   // HELLO with another protocol major version
    HelloRequired,     // a request before HELLO
    NotAuthenticated,  // a request that needs LOGIN
    AuthFailed,        // wrong user, password or token
    PermissionDenied,  // the caller's role or rights forbid it
    NotFound,          // no such conversation, agent or transfer
    Conflict,          // the state changed: already pending, already resolved, not the owner any more
    TargetUnavailable, // the chosen agent is offline, full, excluded or may not receive
    RateLimited,       // too many requests in a short time
    Internal,          // the engine could not complete the request; nothing was changed
};

QString errorCodeName(ErrorCode code);
// Unknown names (a newer engine's codes) read as Internal.
ErrorCode errorCodeFromName(const QString &name);

struct ProtocolError {
    ProtocolError() = default;
    ProtocolError(ErrorCode c, QString m, QJsonObject d = {})
        : code(c)
        , message(std::move(m))
        , details(std::move(d))
    {
    }

    ErrorCode code = ErrorCode::Internal;
    QString message;
    QJsonObject details; // facts a client can act on without parsing `message`
};

} // namespace baton
