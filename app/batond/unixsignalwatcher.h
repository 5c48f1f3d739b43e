#pragma once

#include <QObject>

class QSocketNotifier;

namespace baton {

// Turns SIGTERM and SIGINT into a Qt signal through a self-pipe: the handler only writes a byte,
// which is all a signal handler may safely do.
class UnixSignalWatcher : public QObject {
    Q_OBJECT
public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace baton
