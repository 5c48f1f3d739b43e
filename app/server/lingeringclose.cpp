#include "server/lingeringclose.h"

#include <QSocketNotifier>
#include <QTcpSocket>

#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>

namespace baton {

void LingeringClose::start(QTcpSocket &socket, int timeoutMs, QObject *owner)
{
    const qintptr descriptor = socket.socketDescriptor();
    if (descriptor < 0)
        return;
    const int copy = ::dup(int(descriptor));
    if (copy < 0)
        return;
    auto *lingering = new LingeringClose(copy, timeoutMs, owner);
    // Qt flushes what it still has to write (the close frame) before it lets go of its descriptor;
    // only then may the peer learn that nothing more comes.
    connect(&socket, &QAbstractSocket::disconnected, lingering, &LingeringClose::halfClose);
    connect(&socket, &QObject::destroyed, lingering, &LingeringClose::halfClose);
}

LingeringClose::LingeringClose(int descriptor, int timeoutMs, QObject *owner)
    : QObject(owner)
    , m_descriptor(descriptor)
    , m_reader(new QSocketNotifier(descriptor, QSocketNotifier::Read, this))
{
    connect(m_reader, &QSocketNotifier::activated, this, &LingeringClose::discardInput);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &QObject::deleteLater);
    m_deadline.start(timeoutMs);
}

LingeringClose::~LingeringClose()
{
    m_reader->setEnabled(false);
    ::close(m_descriptor);
}

void LingeringClose::halfClose()
{
    ::shutdown(m_descriptor, SHUT_WR);
}

void LingeringClose::discardInput()
{
    char buffer[64 * 1024];
    const ssize_t n = ::recv(m_descriptor, buffer, sizeof buffer, MSG_DONTWAIT);
    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
        m_reader->setEnabled(false);
        deleteLater(); // the peer closed too (or the connection is gone): nothing left to protect
    }
}

} // namespace baton
