#include "epolleventdispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimerEvent>
#include <QVarLengthArray>

#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <ctime>

namespace baton {

namespace {
constexpr uint64_t kWakeUpTag = ~uint64_t(0);
constexpr qint64 kNsPerMs = 1000000;
constexpr int kMaxEventsPerTurn = 256; // more wait for the next turn: epoll is level-triggered

constexpr uint32_t kArmedFor[3] = {EPOLLIN, EPOLLOUT, EPOLLPRI}; // QSocketNotifier::Read, Write, Exception
// A hang-up or error wakes readers and writers alike, as poll() does, so a socket whose reader is
// paused still learns that its peer went away.
constexpr uint32_t kActivatedBy[3] = {EPOLLIN | EPOLLHUP | EPOLLERR, EPOLLOUT | EPOLLHUP | EPOLLERR,
                                      EPOLLPRI};

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

uint64_t tag(int fd, uint32_t generation)
{
    return uint64_t(uint32_t(fd)) | (uint64_t(generation) << 32);
}

const char *typeName(int type)
{
    static const char *const names[3] = {"Read", "Write", "Exception"};
    return names[type];
}
} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent) : QAbstractEventDispatcher(parent)
{
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    m_wakeOnlyEpoll = epoll_create1(EPOLL_CLOEXEC);
    m_wakeUpFd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (m_epoll < 0 || m_wakeOnlyEpoll < 0 || m_wakeUpFd < 0)
        qFatal("EpollEventDispatcher: cannot create epoll or eventfd descriptors: %s", std::strerror(errno));
    epoll_event wake{};
    wake.events = EPOLLIN;
    wake.data.u64 = kWakeUpTag;
    if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeUpFd, &wake) != 0 ||
        epoll_ctl(m_wakeOnlyEpoll, EPOLL_CTL_ADD, m_wakeUpFd, &wake) != 0)
        qFatal("EpollEventDispatcher: cannot watch the wake-up descriptor: %s", std::strerror(errno));
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    ::close(m_wakeUpFd);
    ::close(m_wakeOnlyEpoll);
    ::close(m_epoll);
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false, std::memory_order_relaxed);
    emit awake();
    // Posted events are sent below: a wake-up that only announced them needs no turn of its own.
    if (m_wakeUpPending.load(std::memory_order_acquire))
        drainWakeUp();
    QCoreApplication::sendPostedEvents();

    const bool includeTimers = !(flags & QEventLoop::X11ExcludeTimers);
    const bool includeNotifiers = !(flags & QEventLoop::ExcludeSocketNotifiers);
    const bool mayBlock =
        (flags & QEventLoop::WaitForMoreEvents) && !m_interrupted.load(std::memory_order_relaxed);
    if (mayBlock)
        emit aboutToBlock();
    if (m_interrupted.load(std::memory_order_relaxed))
        return false;

    applyPendingChanges();
    qint64 timeoutNs = 0;
    if (mayBlock && !(includeNotifiers && m_alwaysReady > 0))
        timeoutNs = includeTimers ? waitTimeoutNs() : -1;
    // On the stack, as the due timers below: a handler may run a nested event loop.
    epoll_event ready[kMaxEventsPerTurn];
    const int readyCount =
        wait(includeNotifiers ? m_epoll : m_wakeOnlyEpoll, ready, kMaxEventsPerTurn, timeoutNs);

    int handled = activateSocketNotifiers(ready, readyCount, includeNotifiers);
    if (includeTimers)
        handled += activateTimers();
    return handled > 0;
}

int EpollEventDispatcher::wait(int epoll, epoll_event *ready, int capacity, qint64 timeoutNs)
{
    ++m_waits;
    int count = -1;
    if (m_havePwait2) {
        timespec timeout{};
        timeout.tv_sec = time_t(timeoutNs / 1000000000);
        timeout.tv_nsec = long(timeoutNs % 1000000000);
        count = epoll_pwait2(epoll, ready, capacity, timeoutNs < 0 ? nullptr : &timeout, nullptr);
        if (count < 0 && errno == ENOSYS)
            m_havePwait2 = false; // kernels before 5.11: millisecond waits below
    }
    if (!m_havePwait2) {
        const qint64 ms =
            timeoutNs < 0 ? -1 : std::min<qint64>((timeoutNs + kNsPerMs - 1) / kNsPerMs, INT_MAX);
        count = epoll_wait(epoll, ready, capacity, int(ms));
    }
    if (count >= 0)
        return count;
    // A signal cut the wait short: the caller's loop turns again with fresh timeouts.
    if (errno != EINTR)
        qWarning("EpollEventDispatcher: epoll_wait failed: %s", std::strerror(errno));
    return 0;
}

int EpollEventDispatcher::activateSocketNotifiers(const epoll_event *ready, int readyCount,
                                                  bool includeNotifiers)
{
    // A handler that ran a nested loop made the rest of this list stale (as Qt's dispatchers drop
    // their pending notifiers): what is still ready is reported again by the next wait.
    const quint64 turn = m_waits;
    int handled = 0;
    for (int i = 0; i < readyCount && m_waits == turn; ++i) {
        const uint64_t data = ready[i].data.u64;
        if (data == kWakeUpTag) {
            drainWakeUp();
            ++handled;
            continue;
        }
        handled += activate(int(uint32_t(data)), uint32_t(data >> 32), ready[i].events);
    }
    if (includeNotifiers && m_alwaysReady > 0) {
        // Descriptors epoll refuses (regular files) are always ready, as poll() reports them.
        std::vector<int> files;
        for (auto it = m_watches.cbegin(); it != m_watches.cend(); ++it) {
            if (it->alwaysReady)
                files.push_back(it.key());
        }
        for (const int fd : files) {
            if (m_waits != turn)
                break;
            if (const auto it = m_watches.constFind(fd); it != m_watches.cend())
                handled += activate(fd, it->generation, EPOLLIN | EPOLLOUT);
        }
    }
    return handled;
}

int EpollEventDispatcher::activate(int fd, uint32_t generation, uint32_t events)
{
    const quint64 turn = m_waits;
    int handled = 0;
    for (int type = 0; type < 3 && m_waits == turn; ++type) {
        if (!(events & kActivatedBy[type]))
            continue;
        // Looked up afresh for every notifier: the previous one's handler may have removed this
        // one, or closed the socket and let a new one take the descriptor (a new generation).
        const auto it = m_watches.constFind(fd);
        if (it == m_watches.cend() || it->generation != generation)
            break;
        QSocketNotifier *notifier = it->notifiers[type];
        if (!notifier)
            continue;
        QEvent activation(QEvent::SockAct);
        QCoreApplication::sendEvent(notifier, &activation);
        ++handled;
    }
    return handled;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const int type = int(notifier->type());
    if (fd < 0 || type < 0 || type > 2)
        return;
    auto it = m_watches.find(fd);
    if (it == m_watches.end()) {
        it = m_watches.insert(fd, Watch{});
        it->generation = m_nextGeneration++;
        if (m_nextGeneration == 0)
            m_nextGeneration = 1;
    }
    if (it->notifiers[type] && it->notifiers[type] != notifier)
        qWarning("QSocketNotifier: Multiple socket notifiers for same socket %d and type %s", fd,
                 typeName(type));
    it->notifiers[type] = notifier;
    if (it->armedEvents == 0 && !it->alwaysReady)
        arm(fd, *it); // a new descriptor is watched at once
    else
        markDirty(fd, *it);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const int type = int(notifier->type());
    const auto it = m_watches.find(fd);
    if (it == m_watches.end() || type < 0 || type > 2 || it->notifiers[type] != notifier)
        return;
    it->notifiers[type] = nullptr;
    if (wantedEvents(*it) != 0) {
        // Sockets pause and resume their write notifier around every write; epoll hears of the
        // net change once, before the next wait.
        markDirty(fd, *it);
        return;
    }
    // The last notifier of a descriptor leaves epoll at once: its owner is about to close it, and
    // the number may come back as a different socket.
    if (it->alwaysReady)
        --m_alwaysReady;
    else if (it->armedEvents != 0)
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr); // fails harmlessly if already closed
    m_watches.erase(it);
}

uint32_t EpollEventDispatcher::wantedEvents(const Watch &watch)
{
    uint32_t events = 0;
    for (int type = 0; type < 3; ++type) {
        if (watch.notifiers[type])
            events |= kArmedFor[type];
    }
    return events;
}

void EpollEventDispatcher::markDirty(int fd, Watch &watch)
{
    if (watch.dirty)
        return;
    watch.dirty = true;
    m_dirtyFds.push_back(fd);
}

void EpollEventDispatcher::applyPendingChanges()
{
    for (const int fd : m_dirtyFds) {
        const auto it = m_watches.find(fd);
        if (it == m_watches.end() || !it->dirty)
            continue;
        it->dirty = false;
        arm(fd, *it);
    }
    m_dirtyFds.clear();
}

void EpollEventDispatcher::arm(int fd, Watch &watch)
{
    const uint32_t wanted = wantedEvents(watch);
    if (watch.alwaysReady || wanted == watch.armedEvents)
        return;
    epoll_event event{};
    event.events = wanted;
    event.data.u64 = tag(fd, watch.generation);
    int result = epoll_ctl(m_epoll, watch.armedEvents == 0 ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, fd, &event);
    if (result != 0 && errno == ENOENT) // closed and reopened behind the notifier's back
        result = epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event);
    else if (result != 0 && errno == EEXIST)
        result = epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event);
    if (result == 0) {
        watch.armedEvents = wanted;
    } else if (errno == EPERM) {
        watch.alwaysReady = true;
        ++m_alwaysReady;
    } else {
        qWarning("EpollEventDispatcher: cannot watch descriptor %d: %s", fd, std::strerror(errno));
    }
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                         QObject *object)
{
    if (timerId < 1 || interval < 0 || !object)
        return;
    Timer timer;
    timer.intervalMs = interval;
    timer.type = timerType;
    timer.object = object;
    timer.deadlineNs = monotonicNs() + interval * kNsPerMs;
    m_timers.insert(timerId, timer);
    m_deadlines.emplace(timer.deadlineNs, timerId);
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return false;
    m_deadlines.erase({it->deadlineNs, timerId});
    m_timers.erase(it);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    bool found = false;
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        if (it->object == object) {
            m_deadlines.erase({it->deadlineNs, it.key()});
            it = m_timers.erase(it);
            found = true;
        } else {
            ++it;
        }
    }
    return found;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> timers;
    for (auto it = m_timers.cbegin(); it != m_timers.cend(); ++it) {
        if (it->object == object)
            timers.append(TimerInfo(it.key(), int(it->intervalMs), it->type));
    }
    return timers;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.constFind(timerId);
    if (it == m_timers.cend())
        return -1;
    return int(std::max<qint64>(0, it->deadlineNs - monotonicNs()) / kNsPerMs);
}

qint64 EpollEventDispatcher::waitTimeoutNs() const
{
    if (m_deadlines.empty())
        return -1;
    return std::max<qint64>(0, m_deadlines.begin()->first - monotonicNs());
}

int EpollEventDispatcher::activateTimers()
{
    if (m_deadlines.empty())
        return 0;
    const qint64 now = monotonicNs();
    QVarLengthArray<int, 64> due;
    for (auto it = m_deadlines.cbegin(); it != m_deadlines.cend() && it->first <= now; ++it)
        due.append(it->second);
    int fired = 0;
    for (const int id : due) {
        const auto it = m_timers.find(id);
        // Killed by an earlier handler, or killed and started again under the same id.
        if (it == m_timers.end() || it->deadlineNs > now)
            continue;
        m_deadlines.erase({it->deadlineNs, id});
        qint64 next = it->deadlineNs + it->intervalMs * kNsPerMs;
        if (next <= now) // fell behind: skip the missed ticks rather than fire them in a burst
            next = now + it->intervalMs * kNsPerMs;
        it->deadlineNs = next;
        m_deadlines.emplace(next, id);
        QObject *receiver = it->object;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(receiver, &event);
        ++fired;
    }
    return fired;
}

void EpollEventDispatcher::wakeUp()
{
    if (m_wakeUpPending.exchange(true, std::memory_order_acq_rel))
        return;
    const uint64_t one = 1;
    while (::write(m_wakeUpFd, &one, sizeof one) < 0 && errno == EINTR) {
    }
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.store(true, std::memory_order_relaxed);
    wakeUp();
}

void EpollEventDispatcher::drainWakeUp()
{
    // Read before clearing the flag: a wakeUp() in between finds it still set and writes nothing,
    // and what it announced is sent by the next sendPostedEvents().
    uint64_t count = 0;
    while (::read(m_wakeUpFd, &count, sizeof count) < 0 && errno == EINTR) {
    }
    m_wakeUpPending.store(false, std::memory_order_release);
}

} // namespace baton
