#include "outputflusher.h"

#include "server/coalescingtcpsocket.h"

#include <QAbstractEventDispatcher>
#include <QThread>
#include <QWebSocket>

namespace baton {

OutputFlusher::OutputFlusher(QObject *parent) : QObject(parent) {}

void OutputFlusher::schedule(QWebSocket *socket)
{
    if (isIdle())
        arm();
    m_pending.insert(socket, socket);
}

void OutputFlusher::schedule(CoalescingTcpSocket *socket)
{
    if (isIdle())
        arm();
    m_pendingTcp.insert(socket, socket);
}

void OutputFlusher::flushAll()
{
    // Flushing can close a socket whose peer went away, and that can queue more output elsewhere.
    const auto pending = std::exchange(m_pending, {});
    for (const QPointer<QWebSocket> &socket : pending) {
        if (socket)
            socket->flush();
    }
    // After the WebSockets: their flush() reaches QTcpSocket's buffer only, never the coalesced bytes.
    const auto pendingTcp = std::exchange(m_pendingTcp, {});
    for (const QPointer<CoalescingTcpSocket> &socket : pendingTcp) {
        if (socket)
            socket->flushPending();
    }
}

void OutputFlusher::arm()
{
    hookCurrentThread();
    if (m_flushPosted)
        return;
    m_flushPosted = true;
    // Runs after the events already queued, i.e. within this busy spell even if the loop never
    // blocks; when it does block first, aboutToBlock has flushed and this finds nothing to do.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_flushPosted = false;
            flushAll();
        },
        Qt::QueuedConnection);
}

void OutputFlusher::hookCurrentThread()
{
    // The embedded engine moves the server to its own thread after construction: hook the
    // dispatcher of the thread that writes.
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance(QThread::currentThread());
    if (dispatcher == m_hooked)
        return;
    disconnect(m_hook);
    m_hooked = dispatcher;
    if (dispatcher)
        m_hook = connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this, &OutputFlusher::flushAll);
}

} // namespace baton
