#pragma once

#include <QObject>
#include <QTimer>

class QSocketNotifier;
class QTcpSocket;

namespace baton {

// Closing a TCP socket whose peer is still sending makes the kernel answer with a reset, and the
// reset can overtake the WebSocket close frame written just before it: a client sending a
// too-large frame then sees 1006 (connection lost) instead of 1009. So the connection outlives the
// socket object for a moment: a duplicate of its descriptor half-closes after the last byte is out,
// discards what the peer still sends, and closes when the peer does or when the time is up.
class LingeringClose : public QObject {
    Q_OBJECT
public:
    // Call while `socket` is still open (from its aboutToClose). The lingering copy is a child of
    // `owner` and removes itself when done.
    static void start(QTcpSocket &socket, int timeoutMs, QObject *owner);
    ~LingeringClose() override;

private:
    LingeringClose(int descriptor, int timeoutMs, QObject *owner);
    void halfClose();
    void discardInput();

    int m_descriptor;
    QSocketNotifier *m_reader;
    QTimer m_deadline;
};

} // namespace baton
