#include "server/coalescingtcpsocket.h"

#include "server/outputflusher.h"

#include <cerrno>
#include <sys/socket.h>

namespace {
// A turn that writes more than this (a history page, a large report) sends as it goes, so the
// buffer never grows without bound before the turn ends.
constexpr qsizetype flushThreshold = 64 * 1024;
} // namespace

namespace baton {

CoalescingTcpSocket::CoalescingTcpSocket(OutputFlusher *flusher, QObject *parent)
    : QTcpSocket(parent), m_flusher(flusher)
{
}

CoalescingTcpSocket::~CoalescingTcpSocket() = default;

qint64 CoalescingTcpSocket::writeData(const char *data, qint64 length)
{
    if (!m_flusher || state() != QAbstractSocket::ConnectedState)
        return QTcpSocket::writeData(data, length);
    const bool wasEmpty = m_pending.isEmpty();
    m_pending.append(data, length);
    if (m_pending.size() >= flushThreshold)
        flushPending();
    else if (wasEmpty)
        m_flusher->schedule(this);
    return length;
}

void CoalescingTcpSocket::flushPending()
{
    if (m_pending.isEmpty())
        return;
    const QByteArray pending = std::exchange(m_pending, {});
    if (state() == QAbstractSocket::UnconnectedState)
        return; // aborted or reset: QTcpSocket dropped its own unsent bytes too
    qint64 sent = 0;
    // Only with nothing older still in QTcpSocket's buffer may bytes bypass it.
    if (QTcpSocket::bytesToWrite() == 0 && state() == QAbstractSocket::ConnectedState) {
        while (sent < pending.size()) {
            const ssize_t n = ::send(int(socketDescriptor()), pending.constData() + sent,
                                     size_t(pending.size() - sent), MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n > 0) {
                sent += n;
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            // EAGAIN: the kernel is full; anything else (a reset): QTcpSocket's own write reports it.
            break;
        }
    }
    if (sent < pending.size())
        QTcpSocket::writeData(pending.constData() + sent, pending.size() - sent);
}

qint64 CoalescingTcpSocket::bytesToWrite() const
{
    return QTcpSocket::bytesToWrite() + m_pending.size();
}

void CoalescingTcpSocket::close()
{
    // abort() reaches here with its write channels already gone: it discards, as QTcpSocket does.
    if (writeChannelCount() == 0)
        m_pending.clear();
    flushPending();
    QTcpSocket::close();
}

void CoalescingTcpSocket::disconnectFromHost()
{
    flushPending();
    QTcpSocket::disconnectFromHost();
}

bool CoalescingTcpSocket::waitForBytesWritten(int msecs)
{
    flushPending();
    if (QTcpSocket::bytesToWrite() == 0)
        return false; // as QAbstractSocket: nothing is waiting to be written
    return QTcpSocket::waitForBytesWritten(msecs);
}

} // namespace baton
