#include "engine/walsyncer.h"

#include <QFile>
#include <QMetaObject>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace baton {

WalSyncer::WalSyncer(const QString &walPath, QObject *parent)
    : QObject(parent), m_path(walPath), m_thread([this] { run(); })
{
}

WalSyncer::~WalSyncer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
    if (m_fd >= 0)
        ::close(m_fd);
}

void WalSyncer::request(quint64 generation)
{
    {
        std::lock_guard lock(m_mutex);
        m_requested = std::max(m_requested, generation);
    }
    m_wake.notify_one();
}

bool WalSyncer::syncOnce()
{
    // fdatasync flushes the file, whichever descriptor names it; SQLite keeps the WAL (same inode)
    // while its connection is open, truncating rather than deleting it.
    if (m_fd < 0)
        m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC);
    return m_fd >= 0 && ::fdatasync(m_fd) == 0;
}

void WalSyncer::run()
{
    quint64 done = 0;
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [&] { return m_stop || m_requested > done; });
        if (m_requested <= done)
            return; // stopping, nothing left to sync
        const quint64 generation = m_requested;
        lock.unlock();
        if (!syncOnce()) {
            // After a failed fsync the kernel may have dropped the dirty pages: what was committed
            // is of unknown durability. Stop, as PostgreSQL does; a restart recovers from the file
            // and clients resend what was never acknowledged.
            qFatal("cannot sync %s: %s; stopping so that nothing unsynced is acknowledged",
                   qPrintable(m_path), std::strerror(errno));
        }
        done = generation;
        QMetaObject::invokeMethod(
            this, [this, generation] { emit synced(generation); }, Qt::QueuedConnection);
        lock.lock();
    }
}

} // namespace baton
