#include "protocol/envelope.h"

#include "core/compactjson.h"
#include "protocol/messagetypes.h"
#include "protocol/protocolversion.h"

#include <QJsonDocument>
#include <cmath>

namespace baton {

QByteArray Envelope::toJson() const
{
    if (!compactPayload.isEmpty()) {
        // QJsonObject keeps its keys sorted: id, idem, payload, seq, type.
        QByteArray frame;
        frame.reserve(compactPayload.size() + id.size() + idempotencyKey.size() + type.size() + 48);
        frame.append('{');
        if (!id.isEmpty()) {
            frame.append("\"id\":");
            compactjson::appendString(frame, id);
            frame.append(',');
        }
        if (!idempotencyKey.isEmpty()) {
            frame.append("\"idem\":");
            compactjson::appendString(frame, idempotencyKey);
            frame.append(',');
        }
        frame.append("\"payload\":").append(compactPayload);
        if (seq >= 0)
            frame.append(",\"seq\":").append(QByteArray::number(seq));
        frame.append(",\"type\":");
        compactjson::appendString(frame, type);
        frame.append('}');
        return frame;
    }
    QJsonObject object{{QStringLiteral("type"), type}};
    if (!id.isEmpty())
        object.insert(QStringLiteral("id"), id);
    if (!idempotencyKey.isEmpty())
        object.insert(QStringLiteral("idem"), idempotencyKey);
    if (seq >= 0)
        object.insert(QStringLiteral("seq"), seq);
    object.insert(QStringLiteral("payload"), payload);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Envelope Envelope::request(const QString &type, const QString &id, const QJsonObject &payload)
{
    Envelope e;
    e.type = type;
    e.id = id;
    e.payload = payload;
    return e;
}

Envelope Envelope::result(const QString &id, const QJsonObject &payload)
{
    return request(msg::Result, id, payload);
}

Envelope Envelope::error(const QString &id, const ProtocolError &error)
{
    QJsonObject payload{{QStringLiteral("code"), errorCodeName(error.code)}, {QStringLiteral("message"), error.message}};
    if (!error.details.isEmpty())
        payload.insert(QStringLiteral("details"), error.details);
    return request(msg::Error, id, payload);
}

Envelope Envelope::event(const QString &type, qint64 seq, const QJsonObject &payload)
{
    Envelope e;
    e.type = type;
    e.seq = seq;
    e.payload = payload;
    return e;
}

std::optional<Envelope> Envelope::parse(const QByteArray &frame, ProtocolError *error, QString *requestId)
{
    auto fail = [error](ErrorCode code, const QString &message) -> std::optional<Envelope> {
        if (error)
            *error = {code, message};
        return std::nullopt;
    };
    if (frame.size() > protocol::maxFrameBytes)
        return fail(ErrorCode::BadFrame, QStringLiteral("frame exceeds %1 bytes").arg(protocol::maxFrameBytes));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(frame, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ErrorCode::BadFrame, QStringLiteral("invalid JSON: %1").arg(parseError.errorString()));
    if (!document.isObject())
        return fail(ErrorCode::BadFrame, QStringLiteral("a frame must be a JSON object"));
    const QJsonObject object = document.object();

    Envelope e;
    // The id first: every later refusal can then name the request it answers.
    const QJsonValue id = object.value(QStringLiteral("id"));
    if (!id.isUndefined()) {
        if (!id.isString() || id.toString().size() > protocol::maxRequestIdLength)
            return fail(ErrorCode::BadFrame,
                        QStringLiteral("\"id\" must be a string of at most %1 characters")
                            .arg(protocol::maxRequestIdLength));
        e.id = id.toString();
        if (requestId)
            *requestId = e.id;
    }
    const QJsonValue type = object.value(QStringLiteral("type"));
    if (!type.isString() || type.toString().isEmpty())
        return fail(ErrorCode::BadFrame, QStringLiteral("\"type\" must be a non-empty string"));
    e.type = type.toString();

    const QJsonValue idem = object.value(QStringLiteral("idem"));
    if (!idem.isUndefined()) {
        if (!idem.isString() || idem.toString().isEmpty() ||
            idem.toString().size() > protocol::maxRequestIdLength)
            return fail(ErrorCode::BadFrame,
                        QStringLiteral("\"idem\" must be a non-empty string of at most %1 characters")
                            .arg(protocol::maxRequestIdLength));
        e.idempotencyKey = idem.toString();
    }
    const QJsonValue seq = object.value(QStringLiteral("seq"));
    if (!seq.isUndefined()) {
        // Found by fuzz_envelope: 1e66 does not fit an integer; the cast alone was undefined.
        constexpr double maxExactInteger = 9007199254740991.0; // 2^53 - 1
        const double d = seq.toDouble();
        if (!seq.isDouble() || d < 0 || d > maxExactInteger || std::trunc(d) != d)
            return fail(ErrorCode::BadFrame, QStringLiteral("\"seq\" must be an integer from 0 to 2^53-1"));
        e.seq = qint64(seq.toDouble());
    }
    const QJsonValue payload = object.value(QStringLiteral("payload"));
    if (!payload.isUndefined() && !payload.isNull()) {
        if (!payload.isObject())
            return fail(ErrorCode::BadFrame, QStringLiteral("\"payload\" must be a JSON object"));
        e.payload = payload.toObject();
    }
    return e;
}

} // namespace baton
