#pragma once

#include "protocol/requesterror.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTimer>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

#include <functional>

namespace baton {

// A protocol client: opens the WebSocket, does HELLO, sends requests with fresh ids and reports
// replies and events. Used by the workstation, the demo colleagues, tests and the load tools alike,
// in embedded mode too: there is no in-process shortcut.
class EngineConnection : public QObject {
    Q_OBJECT
public:
    explicit EngineConnection(QObject *parent = nullptr);
    ~EngineConnection() override;

    void open(const QUrl &url);
    void close();
    bool isReady() const { return m_ready; }
    bool isOpen() const { return m_socket.state() != QAbstractSocket::UnconnectedState; }

    // Returns the request id that the reply will carry.
    QString request(const QString &type, const QJsonObject &payload = {}, const QString &idempotencyKey = {});
    // Sends a text frame unchanged: for protocol probes and tests of the server's input handling.
    void sendRaw(const QString &frame) { m_socket.sendTextMessage(frame); }
    qint64 lastEventSeq() const { return m_lastSeq; }

    using ReplyHandler = std::function<void(const QJsonObject &payload)>;
    using ErrorHandler = std::function<void(const QString &code, const QString &message)>;
    // Sends a request and calls exactly one of the handlers: with the reply, with the engine's
    // error, or — when the connection closes or the request times out first — with
    // CONNECTION_LOST / TIMED_OUT. Not connected: NOT_CONNECTED, at once.
    void call(const QString &type, const QJsonObject &payload, ReplyHandler onReply, ErrorHandler onError = {},
              const QString &idempotencyKey = {});

    using ResultHandler = std::function<void(const Result<QJsonObject> &result)>;
    // The same with a typed error; every request ends in exactly one call of `onResult`.
    void submit(const QString &type, const QJsonObject &payload, ResultHandler onResult,
                const QString &idempotencyKey = {});

    // A request that gets no reply within this time fails with TIMED_OUT (default 20 s).
    void setRequestTimeout(int ms) { m_requestTimeoutMs = ms; }
    // Fails every request sent before `nowMs - timeout`; a timer calls it once a second with the
    // monotonic clock, and tests call it to jump ahead without waiting.
    void expireRequests(qint64 nowMs);
    qint64 monotonicNowMs() const { return m_monotonic.elapsed(); }
    // The engine's clock as estimated from HELLO (its `timeMs`): deadlines are compared with this,
    // so a workstation whose clock is off still counts down correctly.
    qint64 engineNowMs() const;
    int pendingRequests() const { return int(m_pending.size()); }

signals:
    void ready(const QJsonObject &hello);
    // HELLO was refused (e.g. VERSION_MISMATCH): reconnecting will not help.
    void helloRefused(const baton::RequestError &error);
    void disconnected();
    // The socket could not connect or broke; `disconnected` follows only if it had connected.
    void connectionError(const QString &message);
    void replied(const QString &id, const QJsonObject &payload);
    void failed(const QString &id, const QString &code, const QString &message);
    // Durable agent events carry seq > 0 and arrive once (duplicates from RESUME are dropped);
    // visitor events carry seq < 0.
    void event(const QString &type, qint64 seq, const QJsonObject &payload);

private:
    void onText(const QString &text);
    void failAll(RequestError::Kind kind);

    QWebSocket m_socket;
    struct Pending {
        ResultHandler onResult;
        qint64 sentMs = 0;
    };
    QHash<QString, Pending> m_pending;
    QString m_helloId;
    QString m_tlsProblem; // why the last TLS handshake failed, for connectionError
    quint64 m_nextId = 1;
    qint64 m_lastSeq = 0;
    bool m_ready = false;
    int m_requestTimeoutMs = 20'000;
    qint64 m_engineClockOffsetMs = 0;
    QElapsedTimer m_monotonic;
    QTimer m_expiry;
};

} // namespace baton
