#pragma once

#include "engine/engineerror.h"
#include "protocol/envelope.h"
#include "protocol/messagespec.h"
#include "server/ratelimiter.h"

#include <QObject>

class QWebSocket;

namespace baton {

class Engine;
class MessageCatalog;
class OutputFlusher;

// Requests a session may send: `perSecond` on average, `burst` at once.
struct RequestRate {
    double perSecond = 50;
    double burst = 200;
};

// What agent and visitor sessions share: framing, validation against the catalog, the HELLO
// handshake, rate limiting, replies and back-pressure. Subclasses handle validated requests.
class Session : public QObject {
    Q_OBJECT
public:
    Session(QWebSocket *socket, Engine &engine, const MessageCatalog &catalog, Endpoint endpoint,
            const RequestRate &rate, QObject *parent = nullptr);
    ~Session() override;

    // For events the engine announced (already durable): sent at once, never held for a batch.
    void sendEvent(const QString &type, qint64 seq, const QJsonObject &payload);
    void sendEventFrame(const QByteArray &frame);
    void close(const QString &reason);
    // Frames then leave at the end of the loop turn, together, instead of on the next one.
    void setOutputFlusher(OutputFlusher *flusher) { m_flusher = flusher; }

signals:
    void closed();

protected:
    virtual void handle(const Envelope &request) = 0;
    virtual bool isAuthenticated() const = 0;
    // Idempotent requests run through the engine's idempotency table when they carry a key.
    void reply(const Envelope &request, const EngineResult &result);
    void replyError(const QString &requestId, ErrorCode code, const QString &message);
    // After the engine's open batch of writes is durable (group commit), or at once.
    void send(const Envelope &envelope);

    Engine &m_engine;
    QWebSocket *m_socket;

private:
    void transmit(const Envelope &envelope);
    void transmitFrame(const QByteArray &frame);
    void onText(const QString &text);
    void onBinary(const QByteArray &data);

    const MessageCatalog &m_catalog;
    Endpoint m_endpoint;
    RateLimiter m_limiter;
    bool m_helloDone = false;
    OutputFlusher *m_flusher = nullptr;
};

ErrorCode errorCodeFor(EngineError::Kind kind);

} // namespace baton
