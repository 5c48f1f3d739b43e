#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace baton {

// Why the engine refused a command. The server maps these onto protocol error codes.
struct EngineError {
    enum Kind { InvalidArgument, PermissionDenied, NotFound, Conflict, TargetUnavailable, AuthFailed, Internal };
    Kind kind = Internal;
    QString message;
};

// Outcome of one engine command: a JSON reply, or an error and no change at all.
struct EngineResult {
    QJsonObject payload;
    std::optional<EngineError> error;

    bool ok() const { return !error.has_value(); }
    static EngineResult success(const QJsonObject &payload = {}) { return {payload, std::nullopt}; }
    static EngineResult fail(EngineError::Kind kind, const QString &message)
    {
        return {{}, EngineError{kind, message}};
    }
};

} // namespace baton
