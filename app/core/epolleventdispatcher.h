#pragma once

#include <QAbstractEventDispatcher>
#include <QHash>
#include <QList>

#include <sys/epoll.h>

#include <atomic>
#include <cstdint>
#include <set>
#include <utility>
#include <vector>

class QSocketNotifier;

namespace baton {

// An event dispatcher for Linux on epoll: the kernel keeps the set of watched sockets, so a loop turn
// costs what is ready, not what is open. Qt's Unix dispatcher hands every socket to ppoll() on every
// turn; with 4,000 connections that was half of batond's CPU (docs/benchmarks.md, issue 12).
//
// Semantics follow Qt's dispatchers: posted events first, then ready socket notifiers (read on
// IN/HUP/ERR, write on OUT/HUP/ERR, exception on PRI), then due timers, each timer at most once a turn.
// All timer types are kept to the millisecond. Install it before the QCoreApplication exists:
// QCoreApplication::setEventDispatcher(new EpollEventDispatcher).
class EpollEventDispatcher : public QAbstractEventDispatcher {
    Q_OBJECT
public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

private:
    struct Watch {
        QSocketNotifier *notifiers[3] = {nullptr, nullptr, nullptr}; // indexed by QSocketNotifier::Type
        uint32_t generation = 0;  // tells a reused descriptor number from the socket it was before
        uint32_t armedEvents = 0; // what epoll watches now
        bool dirty = false;       // armedEvents may differ from the notifiers
        bool alwaysReady = false; // a regular file, which epoll refuses and poll() reports ready
    };
    struct Timer {
        qint64 deadlineNs = 0;
        qint64 intervalMs = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        QObject *object = nullptr;
    };

    static uint32_t wantedEvents(const Watch &watch);
    void markDirty(int fd, Watch &watch);
    void applyPendingChanges();
    void arm(int fd, Watch &watch);
    qint64 waitTimeoutNs() const; // -1: no timer, wait for ever
    int wait(int epoll, epoll_event *ready, int capacity, qint64 timeoutNs);
    int activateSocketNotifiers(const epoll_event *ready, int readyCount, bool includeNotifiers);
    int activate(int fd, uint32_t generation, uint32_t events);
    int activateTimers();
    void drainWakeUp();

    int m_epoll = -1;
    int m_wakeOnlyEpoll = -1; // the wake-up descriptor alone, for ExcludeSocketNotifiers
    int m_wakeUpFd = -1;
    bool m_havePwait2 = true;
    quint64 m_waits = 0; // tells a turn's handlers whether one of them ran a nested loop
    std::atomic<bool> m_wakeUpPending{false};
    std::atomic<bool> m_interrupted{false};

    QHash<int, Watch> m_watches;
    std::vector<int> m_dirtyFds;
    uint32_t m_nextGeneration = 1;
    int m_alwaysReady = 0;

    QHash<int, Timer> m_timers;
    std::set<std::pair<qint64, int>> m_deadlines; // (deadline, timer id), soonest first
};

} // namespace baton
