#pragma once

#include "client/engineconnection.h"

#include <QJsonObject>
#include <QList>
#include <QUrl>

namespace baton::test {

// A protocol client with blocking helpers for tests: call() waits for the reply, waitEvent() for
// an event of a type. Everything goes over a real WebSocket.
class TestClient : public QObject {
    Q_OBJECT
public:
    struct Reply {
        bool ok = false;
        bool arrived = false;
        QJsonObject payload;
        QString code;
        QString message;
    };
    struct Event {
        QString type;
        qint64 seq = 0;
        QJsonObject payload;
    };

    explicit TestClient(const QUrl &url, QObject *parent = nullptr);

    bool isReady() const { return m_connection.isReady(); }
    static constexpr int replyTimeoutMs = 10000;
    Reply call(const QString &type, const QJsonObject &payload = {}, const QString &idempotencyKey = {},
               int timeoutMs = replyTimeoutMs);
    // Password hashing is slow under the sanitizers, and a daemon signing in its demo team first
    // queues ours behind a dozen: such tests pass a longer wait.
    Reply login(const QString &user, const QString &password, int timeoutMs = replyTimeoutMs);
    // Sends a frame as is and returns the ERROR (or RESULT) that answers it.
    Reply sendRaw(const QByteArray &frame);
    std::optional<Event> waitEvent(const QString &type, int timeoutMs = 5000);
    bool hasEvent(const QString &type) const;
    QList<Event> &events() { return m_events; }
    bool waitDisconnected(int timeoutMs = 5000);
    void close() { m_connection.close(); }
    EngineConnection &connection() { return m_connection; }

private:
    EngineConnection m_connection;
    QList<Event> m_events;
    QHash<QString, Reply> m_replies;
    QList<Reply> m_unsolicited; // errors with no request id
    bool m_disconnected = false;
};

} // namespace baton::test
