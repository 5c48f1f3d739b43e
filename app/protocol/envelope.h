#pragma once

#include "protocol/errorcode.h"

#include <QJsonObject>
#include <optional>

namespace baton {

// Every frame is one JSON object: {"type", "id"?, "idem"?, "seq"?, "payload"?}.
// Requests carry "id"; replies echo it; durable events carry "seq".
struct Envelope {
    QString type;
    QString id;
    QString idempotencyKey;
    qint64 seq = -1;
    QJsonObject payload;
    // Optional: `payload` already serialised (compact) by whoever also stored or sent it; toJson()
    // then assembles the frame around these bytes instead of serialising the payload again (issue 12).
    QByteArray compactPayload;

    QByteArray toJson() const;

    static Envelope request(const QString &type, const QString &id, const QJsonObject &payload = {});
    static Envelope result(const QString &id, const QJsonObject &payload = {});
    static Envelope error(const QString &id, const ProtocolError &error);
    static Envelope event(const QString &type, qint64 seq, const QJsonObject &payload);

    // Parses and checks the envelope shape only; the payload is checked against the MessageCatalog.
    // When the frame is refused but carried a valid "id", `requestId` receives it, so the error
    // can answer that request (issue 13.9).
    static std::optional<Envelope> parse(const QByteArray &frame, ProtocolError *error, QString *requestId = nullptr);
};

} // namespace baton
