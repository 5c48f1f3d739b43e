#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QAbstractEventDispatcher;
class QWebSocket;

namespace baton {

class CoalescingTcpSocket;

// Frames written to a socket during a loop turn leave together when the turn ends (the dispatcher's
// aboutToBlock), one write per socket. Left alone, each socket would wait for its write notifier on
// the next turn: a turn later, and on epoll two epoll_ctl calls per socket written to. A loop that
// never blocks (a busy turn after turn, QTest::qWaitFor) gets one posted flush per busy spell, so
// coalesced output (CoalescingTcpSocket has no notifier of its own for it) always leaves.
class OutputFlusher : public QObject {
    Q_OBJECT
public:
    explicit OutputFlusher(QObject *parent = nullptr);

    void schedule(QWebSocket *socket);
    void schedule(CoalescingTcpSocket *socket);
    void flushAll();
    bool isIdle() const { return m_pending.isEmpty() && m_pendingTcp.isEmpty(); }

private:
    void arm();
    void hookCurrentThread();

    QHash<QWebSocket *, QPointer<QWebSocket>> m_pending;
    QHash<CoalescingTcpSocket *, QPointer<CoalescingTcpSocket>> m_pendingTcp;
    QAbstractEventDispatcher *m_hooked = nullptr;
    QMetaObject::Connection m_hook;
    bool m_flushPosted = false;
};

} // namespace baton
