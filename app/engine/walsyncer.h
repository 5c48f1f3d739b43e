#pragma once

#include <QObject>
#include <QString>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace baton {

// Issue 12: the fsync of group commit, off the engine thread. The engine commits with
// synchronous=NORMAL (the WAL is written, not yet synced) and asks for a sync of generation N; this
// thread runs fdatasync on the WAL and then reports N — and every later generation whose commit
// had finished before that fdatasync began, so one sync covers all batches that queued up meanwhile.
// Checkpoints run here too, on a connection of this thread, at most once a second: SQLite's
// automatic checkpoint ran inside the engine's COMMIT, copying pages and syncing the database file
// on the engine thread (5 % of its time under load, and a stall of one fsync for everyone). The
// engine's connection therefore has wal_autocheckpoint=0 while a WalSyncer runs.
class WalSyncer : public QObject {
    Q_OBJECT
public:
    explicit WalSyncer(const QString &databasePath, QObject *parent = nullptr);
    ~WalSyncer() override; // syncs what was requested, then stops

    // Thread-safe; called after the commit of `generation` returned.
    void request(quint64 generation);

signals:
    // On the thread of this object (queued): everything up to `generation` is on disk.
    void synced(quint64 generation);

private:
    void run();
    bool syncOnce();
    void checkpointIfDue();

    QString m_databasePath;
    QString m_path; // the WAL
    int m_fd = -1;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    quint64 m_requested = 0;
    bool m_stop = false;
    QString m_connectionName;
    std::chrono::steady_clock::time_point m_lastCheckpoint;
    std::thread m_thread;
};

} // namespace baton
