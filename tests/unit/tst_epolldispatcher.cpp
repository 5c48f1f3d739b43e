#include "core/epolleventdispatcher.h"
#include "protocol/messagetypes.h"
#include "support/serverfixture.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>

#include <sys/socket.h>
#include <unistd.h>

#include <thread>

using namespace baton;

namespace {
// Both ends of a connected AF_UNIX stream pair, closed on destruction.
struct SocketPair {
    int fds[2] = {-1, -1};
    SocketPair()
    {
        QVERIFY2(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fds) == 0,
                 "socketpair");
    }
    ~SocketPair() { closeBoth(); }
    void closeBoth()
    {
        for (int &fd : fds) {
            if (fd >= 0)
                ::close(fd);
            fd = -1;
        }
    }
    void send(const char *text) const
    {
        QCOMPARE(::write(fds[1], text, qstrlen(text)), ssize_t(qstrlen(text)));
    }
    QByteArray drain() const
    {
        char buffer[4096];
        const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
        return n > 0 ? QByteArray(buffer, int(n)) : QByteArray();
    }
};

// Records the timer events it receives and can kill another timer from inside one.
class TimerCounter : public QObject {
public:
    QList<int> fired;
    int killOnFire = 0;

protected:
    void timerEvent(QTimerEvent *event) override
    {
        fired.append(event->timerId());
        if (killOnFire) {
            killTimer(killOnFire);
            killOnFire = 0;
        }
    }
};

// Turns the loop without waiting, a few times: enough for anything ready to be delivered.
void turn(int times = 5)
{
    for (int i = 0; i < times; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}
} // namespace

class TestEpollDispatcher : public QObject {
    Q_OBJECT
private slots:
    void isInstalled();
    void singleShotTimer_data();
    void singleShotTimer();
    void repeatingTimerKeepsItsPace();
    void timerKilledByAnEarlierHandlerDoesNotFire();
    void remainingTimeAndRegisteredTimers();
    void readNotifierFiresOnDataOnly();
    void writeNotifierStopsWhenDisabled();
    void readerLearnsOfHangUp();
    void notifierDeletedByAnotherOnTheSameSocket();
    void reusedDescriptorGetsOnlyItsOwnEvents();
    void regularFileIsAlwaysReady();
    void excludeSocketNotifiersStillRunsTimers();
    void zeroTimerDoesNotStarveSockets();
    void nestedLoopInsideAHandler();
    void postFromAnotherThreadWakesTheLoop();
    void exitFromAnotherThreadInterruptsTheWait();
    void deferredDeleteRuns();
    void tcpEchoOfOneMegabyte();
    void engineServesAConversation();
};

void TestEpollDispatcher::isInstalled()
{
    QVERIFY(qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance()));
}

void TestEpollDispatcher::singleShotTimer_data()
{
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<Qt::TimerType>("type");
    QTest::newRow("zero") << 0 << Qt::PreciseTimer;
    QTest::newRow("1 ms precise") << 1 << Qt::PreciseTimer;
    QTest::newRow("20 ms coarse") << 20 << Qt::CoarseTimer;
    QTest::newRow("30 ms very coarse") << 30 << Qt::VeryCoarseTimer;
}

void TestEpollDispatcher::singleShotTimer()
{
    QFETCH(int, intervalMs);
    QFETCH(Qt::TimerType, type);
    int fired = 0;
    qint64 firedAfterMs = -1;
    QElapsedTimer clock;
    clock.start();
    QTimer::singleShot(intervalMs, type, this, [&] {
        ++fired;
        firedAfterMs = clock.elapsed();
    });
    QTRY_COMPARE_WITH_TIMEOUT(fired, 1, 2000);
    QVERIFY2(firedAfterMs >= intervalMs, qPrintable(QString::number(firedAfterMs)));
    QTest::qWait(intervalMs + 20);
    QCOMPARE(fired, 1);
}

void TestEpollDispatcher::repeatingTimerKeepsItsPace()
{
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    int ticks = 0;
    connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
    QElapsedTimer clock;
    clock.start();
    timer.start(10);
    QEventLoop loop;
    QTimer::singleShot(205, &loop, &QEventLoop::quit);
    loop.exec();
    const qint64 elapsed = clock.elapsed();
    // Never more ticks than intervals elapsed; a loaded machine may deliver fewer, not many fewer.
    QVERIFY2(ticks <= elapsed / 10, qPrintable(QString::number(ticks)));
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
}

void TestEpollDispatcher::timerKilledByAnEarlierHandlerDoesNotFire()
{
    TimerCounter counter;
    const int first = counter.startTimer(5, Qt::PreciseTimer);
    const int second = counter.startTimer(5, Qt::PreciseTimer);
    counter.killOnFire = second;
    ::usleep(20000); // both due before the next turn
    QCoreApplication::processEvents();
    QCOMPARE(counter.fired, QList<int>{first});
    QVERIFY(QAbstractEventDispatcher::instance()->remainingTime(second) == -1);
    counter.killTimer(first);
}

void TestEpollDispatcher::remainingTimeAndRegisteredTimers()
{
    QObject owner;
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    const int id = owner.startTimer(1000, Qt::CoarseTimer);
    const int remaining = dispatcher->remainingTime(id);
    QVERIFY2(remaining > 900 && remaining <= 1000, qPrintable(QString::number(remaining)));
    const auto timers = dispatcher->registeredTimers(&owner);
    QCOMPARE(timers.size(), 1);
    QCOMPARE(timers.first().timerId, id);
    QCOMPARE(timers.first().interval, 1000);
    QCOMPARE(timers.first().timerType, Qt::CoarseTimer);
    owner.killTimer(id);
    QCOMPARE(dispatcher->remainingTime(id), -1);
    QVERIFY(dispatcher->registeredTimers(&owner).isEmpty());
    const int other = owner.startTimer(50);
    QVERIFY(dispatcher->unregisterTimers(&owner));
    QCOMPARE(dispatcher->remainingTime(other), -1);
}

void TestEpollDispatcher::readNotifierFiresOnDataOnly()
{
    SocketPair pair;
    QSocketNotifier reader(pair.fds[0], QSocketNotifier::Read);
    int activations = 0;
    QByteArray received;
    connect(&reader, &QSocketNotifier::activated, this, [&] {
        ++activations;
        received += pair.drain();
    });
    turn();
    QCOMPARE(activations, 0);
    pair.send("你好");
    QTRY_COMPARE(received, QByteArray("你好"));
    const int afterData = activations;
    turn();
    QCOMPARE(activations, afterData); // drained: level-triggered, nothing more to say
}

void TestEpollDispatcher::writeNotifierStopsWhenDisabled()
{
    SocketPair pair;
    QSocketNotifier writer(pair.fds[0], QSocketNotifier::Write);
    QSocketNotifier reader(pair.fds[0], QSocketNotifier::Read);
    int writable = 0;
    int readable = 0;
    connect(&writer, &QSocketNotifier::activated, this, [&] { ++writable; });
    connect(&reader, &QSocketNotifier::activated, this, [&] {
        ++readable;
        pair.drain();
    });
    turn();
    QVERIFY(writable > 0);
    writer.setEnabled(false);
    turn(); // the turn that still had it armed may report it once more
    const int whileDisabled = writable;
    turn();
    QCOMPARE(writable, whileDisabled);
    // The reader on the same descriptor keeps working while the writer is paused, and after.
    pair.send("x");
    QTRY_VERIFY(readable > 0);
    writer.setEnabled(true);
    turn();
    QVERIFY(writable > whileDisabled);
}

void TestEpollDispatcher::readerLearnsOfHangUp()
{
    SocketPair pair;
    QSocketNotifier reader(pair.fds[0], QSocketNotifier::Read);
    bool sawEof = false;
    connect(&reader, &QSocketNotifier::activated, this, [&] {
        char byte;
        if (::read(pair.fds[0], &byte, 1) == 0) {
            sawEof = true;
            reader.setEnabled(false);
        }
    });
    ::close(pair.fds[1]);
    pair.fds[1] = -1;
    QTRY_VERIFY(sawEof);
}

void TestEpollDispatcher::notifierDeletedByAnotherOnTheSameSocket()
{
    SocketPair pair;
    pair.send("ready");
    auto *reader = new QSocketNotifier(pair.fds[0], QSocketNotifier::Read);
    auto *writer = new QSocketNotifier(pair.fds[0], QSocketNotifier::Write);
    QPointer<QSocketNotifier> watchedWriter(writer);
    int writerActivations = 0;
    connect(writer, &QSocketNotifier::activated, this, [&] { ++writerActivations; });
    connect(reader, &QSocketNotifier::activated, this, [&] {
        delete watchedWriter.data(); // read and write are ready in the same turn; write must not run
        pair.drain();
    });
    QTRY_VERIFY(watchedWriter.isNull());
    QCOMPARE(writerActivations, 0);
    delete reader;
    turn();
}

void TestEpollDispatcher::reusedDescriptorGetsOnlyItsOwnEvents()
{
    auto first = std::make_unique<SocketPair>();
    const int number = first->fds[0];
    auto oldReader = std::make_unique<QSocketNotifier>(number, QSocketNotifier::Read);
    int oldActivations = 0;
    connect(oldReader.get(), &QSocketNotifier::activated, this, [&] { ++oldActivations; });
    oldReader.reset();
    first.reset();
    SocketPair second; // the kernel hands out the lowest free numbers again
    QSocketNotifier newReader(second.fds[0], QSocketNotifier::Read);
    int newActivations = 0;
    connect(&newReader, &QSocketNotifier::activated, this, [&] {
        ++newActivations;
        second.drain();
    });
    turn();
    QCOMPARE(newActivations, 0);
    second.send("ping");
    QTRY_VERIFY(newActivations > 0);
    QCOMPARE(oldActivations, 0);
    if (second.fds[0] != number && second.fds[1] != number)
        qInfo("descriptor %d was not reused; the generation check went untested this run", number);
}

void TestEpollDispatcher::regularFileIsAlwaysReady()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("data");
    file.flush();
    QSocketNotifier reader(file.handle(), QSocketNotifier::Read);
    int activations = 0;
    connect(&reader, &QSocketNotifier::activated, this, [&] {
        if (++activations == 3)
            reader.setEnabled(false);
    });
    QTRY_COMPARE(activations, 3);
    turn();
    QCOMPARE(activations, 3);
}

void TestEpollDispatcher::excludeSocketNotifiersStillRunsTimers()
{
    SocketPair pair;
    pair.send("pending");
    QSocketNotifier reader(pair.fds[0], QSocketNotifier::Read);
    int activations = 0;
    connect(&reader, &QSocketNotifier::activated, this, [&] { ++activations; });
    bool timerFired = false;
    QTimer::singleShot(30, this, [&] { timerFired = true; });
    QElapsedTimer clock;
    clock.start();
    while (!timerFired && clock.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents | QEventLoop::ExcludeSocketNotifiers);
    QVERIFY(timerFired);
    QCOMPARE(activations, 0);
    QTRY_VERIFY(activations > 0); // and it is delivered once notifiers are back
    pair.drain();
}

void TestEpollDispatcher::zeroTimerDoesNotStarveSockets()
{
    SocketPair pair;
    QSocketNotifier reader(pair.fds[0], QSocketNotifier::Read);
    QByteArray received;
    connect(&reader, &QSocketNotifier::activated, this, [&] { received += pair.drain(); });
    QTimer busy;
    int busyTicks = 0;
    connect(&busy, &QTimer::timeout, this, [&] { ++busyTicks; });
    busy.start(0);
    pair.send("through");
    QTRY_COMPARE(received, QByteArray("through"));
    QVERIFY(busyTicks > 0);
}

void TestEpollDispatcher::nestedLoopInsideAHandler()
{
    // A handler that runs a nested loop (a modal wait, QTest::qWait) must not leave the outer
    // turn working on the nested turn's ready list or due timers.
    SocketPair first;
    SocketPair second;
    QSocketNotifier firstReader(first.fds[0], QSocketNotifier::Read);
    QSocketNotifier secondReader(second.fds[0], QSocketNotifier::Read);
    int firstActivations = 0;
    int secondActivations = 0;
    bool nestedTimerFired = false;
    connect(&secondReader, &QSocketNotifier::activated, this, [&] {
        ++secondActivations;
        second.drain();
    });
    connect(&firstReader, &QSocketNotifier::activated, this, [&] {
        ++firstActivations;
        first.drain();
        QTimer::singleShot(1, this, [&] { nestedTimerFired = true; });
        QElapsedTimer clock;
        clock.start();
        while ((secondActivations == 0 || !nestedTimerFired) && clock.elapsed() < 2000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    });
    first.send("a");
    second.send("b");
    QTRY_VERIFY(firstActivations > 0);
    turn();
    QCOMPARE(firstActivations, 1);
    QCOMPARE(secondActivations, 1);
    QVERIFY(nestedTimerFired);
}

void TestEpollDispatcher::postFromAnotherThreadWakesTheLoop()
{
    QEventLoop loop;
    bool ran = false;
    QElapsedTimer clock;
    clock.start();
    std::thread poster([&] {
        ::usleep(50000);
        QMetaObject::invokeMethod(
            &loop,
            [&] {
                ran = true;
                loop.quit();
            },
            Qt::QueuedConnection);
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit); // the failure case, not the pace
    loop.exec();
    poster.join();
    QVERIFY(ran);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
}

void TestEpollDispatcher::exitFromAnotherThreadInterruptsTheWait()
{
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    std::thread quitter([&] {
        ::usleep(50000);
        loop.exit(7);
    });
    QTimer::singleShot(5000, &loop, [&] { loop.exit(1); });
    const int code = loop.exec();
    quitter.join();
    QCOMPARE(code, 7);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
}

void TestEpollDispatcher::deferredDeleteRuns()
{
    QPointer<QObject> doomed(new QObject);
    doomed->deleteLater();
    QTRY_VERIFY(doomed.isNull());
}

void TestEpollDispatcher::tcpEchoOfOneMegabyte()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QTcpSocket *served = nullptr;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        served = server.nextPendingConnection();
        connect(served, &QTcpSocket::readyRead, served, [served] { served->write(served->readAll()); });
    });
    QTcpSocket client;
    client.connectToHost(server.serverAddress(), server.serverPort());
    QVERIFY(client.waitForConnected(5000));
    QByteArray payload(1 << 20, '\0');
    for (int i = 0; i < payload.size(); ++i)
        payload[i] = char(i * 31 + i / 4096);
    client.write(payload);
    QByteArray echoed;
    connect(&client, &QTcpSocket::readyRead, this, [&] { echoed += client.readAll(); });
    QTRY_COMPARE_WITH_TIMEOUT(echoed.size(), payload.size(), 20000);
    QVERIFY(echoed == payload);
    client.disconnectFromHost();
    QTRY_VERIFY(!served || served->state() == QAbstractSocket::UnconnectedState);
}

void TestEpollDispatcher::engineServesAConversation()
{
    // The real engine and WebSocket server, in this process, on this dispatcher.
    test::ServerFixture fx;
    const auto alice = fx.agent(QStringLiteral("alice"));
    QVERIFY(alice && alice->isReady());
    qint64 conversation = 0;
    const auto customer =
        fx.visitor(QStringLiteral("pre_sales"), QStringLiteral("你们的会员多少钱？"), &conversation);
    QVERIFY(conversation > 0);
    QVERIFY(alice->waitEvent(msg::ConversationAssigned));
    QVERIFY(customer->call(msg::CustomerMessage, {{QStringLiteral("text"), QStringLiteral("在吗")}}).ok);
    QString lastText;
    while (const auto message = alice->waitEvent(msg::Message)) {
        lastText = message->payload[QStringLiteral("message")][QStringLiteral("text")].toString();
        if (lastText == QStringLiteral("在吗"))
            break;
    }
    QCOMPARE(lastText, QStringLiteral("在吗"));
}

int main(int argc, char *argv[])
{
    QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    TestEpollDispatcher test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_epolldispatcher.moc"
