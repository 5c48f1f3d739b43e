#pragma once

#include <QJsonObject>
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
    // Sends a request and calls exactly one of the handlers when its reply arrives.
    void call(const QString &type, const QJsonObject &payload, ReplyHandler onReply, ErrorHandler onError = {},
              const QString &idempotencyKey = {});

signals:
    void ready(const QJsonObject &hello);
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

    QWebSocket m_socket;
    struct Pending {
        ReplyHandler onReply;
        ErrorHandler onError;
    };
    QHash<QString, Pending> m_pending;
    QString m_helloId;
    quint64 m_nextId = 1;
    qint64 m_lastSeq = 0;
    bool m_ready = false;
};

} // namespace baton
