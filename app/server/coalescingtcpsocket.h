#pragma once

#include <QByteArray>
#include <QPointer>
#include <QTcpSocket>

namespace baton {

class OutputFlusher;

// An accepted plain-TCP connection whose writes wait in one buffer until the loop turn ends, then
// leave in one send(). QAbstractSocket keeps a 32 KiB ring-buffer chunk per socket once anything was
// written (4,000 idle sockets held 131 MB of them, issue 12) and sends a turn's frames one write
// notifier later; here the buffer is released as soon as the kernel took it. What the kernel does not
// take goes to QTcpSocket's own buffer, whose notifier then drains it in order.
class CoalescingTcpSocket : public QTcpSocket {
    Q_OBJECT
public:
    explicit CoalescingTcpSocket(OutputFlusher *flusher, QObject *parent = nullptr);
    ~CoalescingTcpSocket() override;

    // Hands what this turn wrote to the kernel (or to QTcpSocket's buffer, if the kernel is full or
    // older output still waits there).
    void flushPending();

    qint64 bytesToWrite() const override;
    void close() override;
    void disconnectFromHost() override;
    bool waitForBytesWritten(int msecs = 30000) override;

protected:
    qint64 writeData(const char *data, qint64 length) override;

private:
    QPointer<OutputFlusher> m_flusher;
    QByteArray m_pending;
};

} // namespace baton
