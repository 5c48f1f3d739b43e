// The client's request pipeline against a scripted WebSocket peer on 127.0.0.1 port 0: every request
// ends in exactly one result — the reply, the engine's error, CONNECTION_LOST when the socket closes
// first, TIMED_OUT when nothing comes back (driven through expireRequests, no sleeping), and a
// refused HELLO stops the client from reconnecting in a loop.

#include "client/agentclient.h"
#include "client/engineconnection.h"
#include "client/localcache.h"
#include "protocol/envelope.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace baton;

namespace {
// Answers HELLO (or refuses it), then stays silent: requests get no reply unless told.
class ScriptedPeer : public QObject {
public:
    explicit ScriptedPeer(bool refuseHello)
        : m_server(QStringLiteral("peer"), QWebSocketServer::NonSecureMode)
        , m_refuseHello(refuseHello)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            QWebSocket *socket = m_server.nextPendingConnection();
            ++connections;
            sockets.append(socket);
            connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) {
                const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
                const QString id = frame.value(QStringLiteral("id")).toString();
                received.append(frame.value(QStringLiteral("type")).toString());
                if (frame.value(QStringLiteral("type")).toString() != QLatin1String("HELLO"))
                    return;
                const Envelope reply = m_refuseHello
                                           ? Envelope::error(id, {ErrorCode::VersionMismatch, QStringLiteral("this server speaks protocol 2, not 1")})
                                           : Envelope::result(id, {{QStringLiteral("protocol"), 1}, {QStringLiteral("timeMs"), 1000}});
                socket->sendTextMessage(QString::fromUtf8(reply.toJson()));
            });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/agent").arg(m_server.serverPort())); }
    void dropAll()
    {
        for (QWebSocket *s : std::as_const(sockets))
            s->close();
    }

    int connections = 0;
    QStringList received;
    QList<QWebSocket *> sockets;

private:
    QWebSocketServer m_server;
    bool m_refuseHello;
};
} // namespace

class TestClientConnection : public QObject {
    Q_OBJECT
private slots:
    void notConnectedFailsAtOnce()
    {
        EngineConnection connection;
        int calls = 0;
        std::optional<RequestError> error;
        connection.submit(QStringLiteral("PING"), {}, [&](const Result<QJsonObject> &r) {
            ++calls;
            if (!r.ok())
                error = r.error();
        });
        QCOMPARE(calls, 1);
        QCOMPARE(error->kind, RequestError::Kind::NotConnected);
    }

    void endings_data()
    {
        QTest::addColumn<bool>("drop");
        QTest::addColumn<int>("expected"); // RequestError::Kind
        QTest::newRow("connection lost") << true << int(RequestError::Kind::ConnectionLost);
        QTest::newRow("timed out") << false << int(RequestError::Kind::TimedOut);
    }

    void endings()
    {
        QFETCH(bool, drop);
        QFETCH(int, expected);
        ScriptedPeer peer(false);
        EngineConnection connection;
        QSignalSpy ready(&connection, &EngineConnection::ready);
        connection.open(peer.url());
        QVERIFY(ready.wait(5000));
        QCOMPARE(connection.engineNowMs() - QDateTime::currentMSecsSinceEpoch() < -1'000'000'000, true); // engine clock 1000
        int calls = 0;
        std::optional<RequestError> error;
        connection.submit(QStringLiteral("LIST_CONVERSATIONS"), {}, [&](const Result<QJsonObject> &r) {
            ++calls;
            if (!r.ok())
                error = r.error();
        });
        QTRY_VERIFY(peer.received.contains(QStringLiteral("LIST_CONVERSATIONS")));
        if (drop) {
            peer.dropAll();
            QTRY_COMPARE(calls, 1);
        } else {
            connection.expireRequests(connection.monotonicNowMs() + 5'000); // not yet
            QCOMPARE(calls, 0);
            connection.expireRequests(connection.monotonicNowMs() + 60'000);
            QCOMPARE(calls, 1);
        }
        QCOMPARE(int(error->kind), expected);
        QCOMPARE(connection.pendingRequests(), 0);
        connection.expireRequests(connection.monotonicNowMs() + 120'000);
        connection.close();
        QTest::qWait(20);
        QCOMPARE(calls, 1); // exactly once
    }

    void refusedHelloStopsReconnecting()
    {
        ScriptedPeer peer(true);
        QTemporaryDir dir;
        LocalCache cache(dir.filePath(QStringLiteral("cache.db")));
        QString openError;
        QVERIFY(cache.open(&openError));
        EngineConnection connection;
        AgentClient client(connection, cache);
        client.setCredentials({peer.url(), QStringLiteral("alice"), QStringLiteral("pw")});
        client.start();
        QTRY_COMPARE(client.state(), AgentClient::State::Incompatible);
        QVERIFY(client.lastError().has_value());
        QVERIFY(client.lastError()->is(ErrorCode::VersionMismatch));
        QTest::qWait(1500); // longer than the first reconnect delays: no new attempt
        QCOMPARE(peer.connections, 1);
        QCOMPARE(client.state(), AgentClient::State::Incompatible);
        QVERIFY(!peer.received.contains(QStringLiteral("LOGIN")));
    }
};

QTEST_MAIN(TestClientConnection)
#include "tst_client_connection.moc"
