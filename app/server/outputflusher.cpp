#include "outputflusher.h"

#include <QAbstractEventDispatcher>
#include <QThread>
#include <QWebSocket>

namespace baton {

OutputFlusher::OutputFlusher(QObject *parent) : QObject(parent) {}

void OutputFlusher::schedule(QWebSocket *socket)
{
    if (m_pending.isEmpty())
        hookCurrentThread();
    m_pending.insert(socket, socket);
}

void OutputFlusher::flushAll()
{
    // Flushing can close a socket whose peer went away, and that can queue more output elsewhere.
    const auto pending = std::exchange(m_pending, {});
    for (const QPointer<QWebSocket> &socket : pending) {
        if (socket)
            socket->flush();
    }
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
