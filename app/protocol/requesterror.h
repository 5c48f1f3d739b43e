#pragma once

#include "protocol/errorcode.h"

#include <QJsonObject>
#include <optional>
#include <variant>

namespace baton {

// Why a request did not produce a reply: the engine refused it with a code, or the client never
// got an answer. The UI words these from `kind` and `code`; `detail` is the engine's English text,
// for logs only.
struct RequestError {
    enum class Kind {
        Engine,         // the engine answered with ERROR: see `code` and `details`
        NotConnected,   // not sent: no session with the engine
        ConnectionLost, // sent, but the connection closed before the reply
        TimedOut,       // sent, but no reply within the request timeout
    };
    Kind kind = Kind::Engine;
    ErrorCode code = ErrorCode::Internal;
    QString detail;
    QJsonObject details; // structured facts some errors carry, e.g. {"state":"timeout"}

    static RequestError engine(ErrorCode code, const QString &detail = {}, const QJsonObject &details = {})
    {
        return {Kind::Engine, code, detail, details};
    }
    static RequestError local(Kind kind) { return {kind, ErrorCode::Internal, {}, {}}; }
    bool is(ErrorCode c) const { return kind == Kind::Engine && code == c; }
    // Worth retrying the same request later without asking the user.
    bool isTransient() const
    {
        return kind != Kind::Engine || code == ErrorCode::RateLimited || code == ErrorCode::Internal;
    }
    // For logs: the wire code, or the local kind.
    QString name() const;
};

// The typed outcome of one request: a reply of type T or a RequestError.
template <typename T>
class Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(RequestError error) : m_value(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_value); }
    const T *operator->() const { return &value(); }
    const RequestError &error() const { return std::get<RequestError>(m_value); }

private:
    std::variant<T, RequestError> m_value;
};

} // namespace baton
