#include "engine/walsyncer.h"

#include <QFile>
#include <QMetaObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace baton {

namespace {
constexpr auto checkpointInterval = std::chrono::seconds(1);
}

WalSyncer::WalSyncer(const QString &databasePath, QObject *parent)
    : QObject(parent), m_databasePath(databasePath), m_path(databasePath + QStringLiteral("-wal")),
      m_connectionName(QStringLiteral("baton-walsyncer-%1").arg(quintptr(this), 0, 16)),
      m_thread([this] { run(); }), m_checkpointThread([this] { runCheckpoints(); })
{
}

WalSyncer::~WalSyncer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_checkpointWake.notify_one();
    m_thread.join();
    m_checkpointThread.join();
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

void WalSyncer::requestCheckpoint()
{
    {
        std::lock_guard lock(m_mutex);
        m_checkpointRequested = true;
    }
    m_checkpointWake.notify_one();
}

bool WalSyncer::syncOnce()
{
    // fdatasync flushes the file, whichever descriptor names it; SQLite keeps the WAL (same inode)
    // while its connection is open, truncating rather than deleting it.
    if (m_fd < 0)
        m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC);
    return m_fd >= 0 && ::fdatasync(m_fd) == 0;
}

void WalSyncer::runCheckpoints()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        m_checkpointWake.wait_for(lock, checkpointInterval, [&] { return m_stop || m_checkpointRequested; });
        if (m_stop)
            break;
        m_checkpointRequested = false;
        lock.unlock();
        checkpointOnce();
        lock.lock();
    }
    lock.unlock();
    // A connection is closed by the thread that used it.
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void WalSyncer::checkpointOnce()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isValid()) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_databasePath);
    }
    if (!db.isOpen() && !db.open()) {
        qWarning("cannot open %s for checkpoints: %s", qPrintable(m_databasePath),
                 qPrintable(db.lastError().text()));
        return;
    }
    // PASSIVE never waits for the engine: what a writer or reader holds is copied next time.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        qWarning("checkpoint of %s failed: %s", qPrintable(m_databasePath),
                 qPrintable(query.lastError().text()));
}

void WalSyncer::run()
{
    quint64 done = 0;
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [&] { return m_stop || m_requested > done; });
        if (m_requested <= done)
            break; // stopping, nothing left to sync
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
