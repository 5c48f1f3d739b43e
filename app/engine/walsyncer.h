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
// Checkpoints run beside it, on a second thread with its own connection, once a second and whenever
// requestCheckpoint() asks: SQLite's automatic checkpoint ran inside the engine's COMMIT, copying
// pages and syncing the database file on the engine thread (5 % of its time under load, and a
// stall of one fsync for everyone). A PASSIVE checkpoint here copies the frames committed before
// it began; under continuous load it never catches up with the last commit, and the WAL only
// starts over once every frame is copied — so GroupCommit copies the rest on its own connection
// when the WAL grows long (without that the WAL grew by 140 MB/s under bench_engine_load).
class WalSyncer : public QObject {
    Q_OBJECT
public:
    explicit WalSyncer(const QString &databasePath, QObject *parent = nullptr);
    ~WalSyncer() override; // syncs what was requested, then stops

    // Thread-safe; called after the commit of `generation` returned.
    void request(quint64 generation);
    // Thread-safe: copy the WAL into the database file soon.
    void requestCheckpoint();

signals:
    // On the thread of this object (queued): everything up to `generation` is on disk.
    void synced(quint64 generation);

private:
    void run();
    bool syncOnce();
    void runCheckpoints();
    void checkpointOnce();

    QString m_databasePath;
    QString m_path; // the WAL
    int m_fd = -1;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    quint64 m_requested = 0;
    bool m_stop = false;
    QString m_connectionName;
    std::condition_variable m_checkpointWake;
    bool m_checkpointRequested = false;
    std::thread m_thread;
    std::thread m_checkpointThread;
};

} // namespace baton
