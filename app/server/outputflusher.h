#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QAbstractEventDispatcher;
class QWebSocket;

namespace baton {

// Frames written to a socket during a loop turn leave together when the turn ends (the dispatcher's
// aboutToBlock), one write per socket. Left alone, each socket would wait for its write notifier on
// the next turn: a turn later, and on epoll two epoll_ctl calls per socket written to. Sockets not
// flushed here (a turn that does not block) still drain through their notifiers.
class OutputFlusher : public QObject {
    Q_OBJECT
public:
    explicit OutputFlusher(QObject *parent = nullptr);

    void schedule(QWebSocket *socket);
    void flushAll();

private:
    void hookCurrentThread();

    QHash<QWebSocket *, QPointer<QWebSocket>> m_pending;
    QAbstractEventDispatcher *m_hooked = nullptr;
    QMetaObject::Connection m_hook;
};

} // namespace baton
