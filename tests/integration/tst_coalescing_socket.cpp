#include "server/coalescingtcpsocket.h"
#include "server/outputflusher.h"
#include "server/tlstcpserver.h"
#include "support/testmain.h"

#include <QEventLoop>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace baton;

// Issue 12: accepted plain-TCP sockets hold a turn's output and send it in one go. What must never
// change: every byte arrives, in the order written, whatever the kernel accepts, however the
// connection ends, and whether or not the loop ever blocks.
class TestCoalescingSocket : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void acceptedSocketsCoalesceOnlyWithAFlusher();
    void aTurnsWritesLeaveTogether();
    void pendingBytesCountAsBytesToWrite();
    void aLoopThatNeverBlocksStillSends();
    void largeTurnsSendBeforeTheTurnEnds();
    void everyByteArrivesInOrder_data();
    void everyByteArrivesInOrder();
    void disconnectFromHostSendsWhatWasWrittenFirst();
    void closeSendsWhatWasWrittenFirst();
    void anAbortedSocketDropsItsOutput();
    void aSocketDeletedBeforeTheFlushIsSkipped();

private:
    // Connects a client and returns the server's side of it.
    QTcpSocket *accept();
    QByteArray receive(qsizetype bytes, int timeoutMs = 10000);

    std::unique_ptr<OutputFlusher> m_flusher;
    std::unique_ptr<TlsTcpServer> m_server;
    std::unique_ptr<QTcpSocket> m_client;
    QByteArray m_received;
};

void TestCoalescingSocket::init()
{
    m_flusher = std::make_unique<OutputFlusher>();
    m_server = std::make_unique<TlsTcpServer>();
    m_server->setOutputFlusher(m_flusher.get());
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_received.clear();
}

void TestCoalescingSocket::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_flusher.reset();
}

QTcpSocket *TestCoalescingSocket::accept()
{
    m_client = std::make_unique<QTcpSocket>();
    connect(m_client.get(), &QTcpSocket::readyRead, this, [this] { m_received += m_client->readAll(); });
    m_client->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    if (!m_client->waitForConnected(5000) || !m_server->waitForNewConnection(5000))
        return nullptr;
    return m_server->nextPendingConnection();
}

QByteArray TestCoalescingSocket::receive(qsizetype bytes, int timeoutMs)
{
    if (!QTest::qWaitFor([&] { return m_received.size() >= bytes; }, timeoutMs))
        qWarning() << "received" << m_received.size() << "of" << bytes << "bytes";
    return m_received;
}

void TestCoalescingSocket::acceptedSocketsCoalesceOnlyWithAFlusher()
{
    QTcpSocket *coalescing = accept();
    QVERIFY(coalescing);
    QVERIFY(qobject_cast<CoalescingTcpSocket *>(coalescing));

    TlsTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, plain.serverPort());
    QVERIFY(client.waitForConnected(5000));
    QVERIFY(plain.waitForNewConnection(5000));
    QTcpSocket *accepted = plain.nextPendingConnection();
    QVERIFY(accepted);
    QVERIFY(!qobject_cast<CoalescingTcpSocket *>(accepted));
}

void TestCoalescingSocket::aTurnsWritesLeaveTogether()
{
    QTcpSocket *socket = accept();
    QVERIFY(socket);
    socket->write("first ");
    socket->write("second ");
    socket->write("third");
    QCOMPARE(m_flusher->isIdle(), false);
    QCOMPARE(receive(18), QByteArray("first second third"));
    QVERIFY(m_flusher->isIdle());
    QCOMPARE(socket->bytesToWrite(), 0);
}

void TestCoalescingSocket::pendingBytesCountAsBytesToWrite()
{
    // Session closes a client that does not read by what bytesToWrite() reports.
    QTcpSocket *socket = accept();
    QVERIFY(socket);
    socket->write(QByteArray(1000, 'x'));
    QCOMPARE(socket->bytesToWrite(), 1000);
    QCOMPARE(m_received.size(), 0); // nothing left before the turn ended
    QCOMPARE(receive(1000).size(), 1000);
    QCOMPARE(socket->bytesToWrite(), 0);
}

void TestCoalescingSocket::aLoopThatNeverBlocksStillSends()
{
    // processEvents() without WaitForMoreEvents never emits aboutToBlock; the posted flush covers it.
    QTcpSocket *socket = accept();
    QVERIFY(socket);
    socket->write("ping");
    QElapsedTimer waited;
    waited.start();
    while (m_received.size() < 4 && waited.elapsed() < 5000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        m_client->waitForReadyRead(10);
    }
    QCOMPARE(m_received, QByteArray("ping"));
}

void TestCoalescingSocket::largeTurnsSendBeforeTheTurnEnds()
{
    QTcpSocket *socket = accept();
    QVERIFY(socket);
    const QByteArray large(200 * 1024, 'L');
    socket->write(large);
    // Past the threshold the bytes went to the kernel (or QTcpSocket's buffer) at once; loopback takes
    // some of them straight away.
    QVERIFY2(socket->bytesToWrite() < large.size(), qPrintable(QString::number(socket->bytesToWrite())));
    QCOMPARE(receive(large.size()), large);
}

void TestCoalescingSocket::everyByteArrivesInOrder_data()
{
    QTest::addColumn<int>("chunk");
    QTest::addColumn<int>("chunks");
    QTest::addColumn<bool>("clientPausesReading");
    QTest::newRow("many small frames") << 100 << 5000 << false;
    QTest::newRow("frames around the threshold") << 40 * 1024 << 50 << false;
    QTest::newRow("16 MiB while the client does not read") << 64 * 1024 << 256 << true;
    QTest::newRow("small frames behind a full kernel buffer") << 300 << 60000 << true;
}

void TestCoalescingSocket::everyByteArrivesInOrder()
{
    QFETCH(int, chunk);
    QFETCH(int, chunks);
    QFETCH(bool, clientPausesReading);
    QTcpSocket *socket = accept();
    QVERIFY(socket);
    if (clientPausesReading)
        m_client->setReadBufferSize(1); // the kernel's buffers fill; QTcpSocket's buffer takes the rest
    QByteArray expected;
    expected.reserve(qsizetype(chunk) * chunks);
    for (int i = 0; i < chunks; ++i) {
        QByteArray piece(chunk, char('a' + i % 26));
        piece.replace(0, 4, QByteArray::number(i % 10000).rightJustified(4, '0'));
        expected += piece;
        socket->write(piece);
        if (i % 97 == 0)
            QCoreApplication::processEvents(); // some turns end between the writes
    }
    if (clientPausesReading) {
        QTest::qWait(50);
        QVERIFY(socket->bytesToWrite() > 0);
        m_client->setReadBufferSize(0);
        m_received += m_client->readAll();
    }
    QCOMPARE(receive(expected.size(), 30000).size(), expected.size());
    QVERIFY(m_received == expected);
}

void TestCoalescingSocket::disconnectFromHostSendsWhatWasWrittenFirst()
{
    QTcpSocket *socket = accept();
    QVERIFY(socket);
    socket->write("HTTP/1.1 403 Forbidden\r\n\r\n");
    socket->disconnectFromHost();
    QTRY_COMPARE(m_client->state(), QAbstractSocket::UnconnectedState);
    m_received += m_client->readAll();
    QCOMPARE(m_received, QByteArray("HTTP/1.1 403 Forbidden\r\n\r\n"));
}

void TestCoalescingSocket::closeSendsWhatWasWrittenFirst()
{
    QTcpSocket *socket = accept();
    QVERIFY(socket);
    socket->write("bye");
    socket->close();
    QTRY_COMPARE(m_client->state(), QAbstractSocket::UnconnectedState);
    m_received += m_client->readAll();
    QCOMPARE(m_received, QByteArray("bye"));
}

void TestCoalescingSocket::anAbortedSocketDropsItsOutput()
{
    QTcpSocket *socket = accept();
    QVERIFY(socket);
    socket->write("never sent");
    socket->abort();
    QCOMPARE(socket->state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(m_client->state(), QAbstractSocket::UnconnectedState);
    m_flusher->flushAll();
    QCOMPARE(socket->bytesToWrite(), 0);
    QCOMPARE(m_received, QByteArray());
}

void TestCoalescingSocket::aSocketDeletedBeforeTheFlushIsSkipped()
{
    QTcpSocket *socket = accept();
    QVERIFY(socket);
    socket->write("gone");
    delete socket;
    QVERIFY(!m_flusher->isIdle());
    m_flusher->flushAll(); // must not touch the deleted socket (ASan watches)
    QVERIFY(m_flusher->isIdle());
    QTRY_COMPARE(m_client->state(), QAbstractSocket::UnconnectedState);
}

BATON_GUILESS_TEST_MAIN(TestCoalescingSocket)
#include "tst_coalescing_socket.moc"
