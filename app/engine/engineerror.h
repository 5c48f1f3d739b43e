#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace baton {

// Why the engine refused a command. The server maps these onto protocol error codes.
struct EngineError {
    enum Kind { InvalidArgument, PermissionDenied, NotFound, Conflict, TargetUnavailable, AuthFailed, Internal };
    EngineError() = default;
    EngineError(Kind k, QString m, QJsonObject d = {})
        : kind(k)
        , message(std::move(m))
        , details(std::move(d))
    {
    }

    Kind kind = Internal;
    QString message;
    QJsonObject details; // sent as the error's `details`, e.g. {"state":"timeout"}
};

// Outcome of one engine command: a JSON reply, or an error and no change at all.
struct EngineResult {
    QJsonObject payload;
    std::optional<EngineError> error;
    // `payload` serialised, when an event of the same command carried the very same object (a sent
    // message is the reply and the MESSAGE event): the reply reuses those bytes (issue 12).
    QByteArray compactPayload;

    bool ok() const { return !error.has_value(); }
    static EngineResult success(const QJsonObject &payload = {}) { return {payload, std::nullopt, {}}; }
    static EngineResult fail(EngineError::Kind kind, const QString &message)
    {
        return {{}, EngineError{kind, message, {}}, {}};
    }
    static EngineResult fail(EngineError::Kind kind, const QString &message, const QJsonObject &details)
    {
        return {{}, EngineError{kind, message, details}, {}};
    }
};

} // namespace baton
