#pragma once

#include <QObject>
#include <QTimer>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace baton {

class Database;
class WalSyncer;

// Issue 12: many requests, one transaction, one fsync. While enabled, the engine's writes join an
// open batch (each under its own savepoint, so a refused request undoes only itself) and the batch
// commits on the next turn of the event loop — by then everything that arrived in this turn has
// joined it. Whatever must not be seen before its change is durable (events, replies, which are
// then sent in the order they were queued) waits in afterCommit() until the commit succeeded;
// if the commit fails, the `lost` actions run instead. Disabled, every write commits at once
// (unit tests drive the engine synchronously that way).
//
// On a file, enabled group commit also takes the fsync off the engine thread: COMMIT runs with
// synchronous=NORMAL and a WalSyncer thread fdatasyncs the WAL; the batch's actions run when that
// sync reports back. Meanwhile the engine goes on with the next batch, whose actions queue behind.
// Acknowledged still means on disk, as with synchronous=FULL.
class GroupCommit : public QObject {
    Q_OBJECT
public:
    explicit GroupCommit(Database &db, QObject *parent = nullptr);
    ~GroupCommit() override;

    void setEnabled(bool enabled);
    bool enabled() const { return m_enabled; }
    // A batch is open or not yet synced: what is queued now leaves only after it is durable.
    bool pending() const { return m_open || !m_unsynced.empty(); }

    // Opens the batch if needed and a savepoint for one request. False: the store is not available.
    bool beginStep();
    // Keeps the step's writes (true) or undoes them (false).
    void endStep(bool keep);

    void afterCommit(std::function<void()> durable, std::function<void()> lost = {});
    // Commits now and runs the queued actions (with a WalSyncer: once it synced); false if the
    // commit failed (then nothing of the batch is stored and the `lost` actions ran).
    bool commit();
    // Commits and waits for the sync: everything queued has run when this returns.
    void drain();

signals:
    // Emitted by commit() after the queued actions ran, for the owner's own bookkeeping.
    void committed(bool ok);

private:
    struct Action {
        std::function<void()> durable;
        std::function<void()> lost;
    };

    bool wantsSyncer() const;
    void startSyncer();
    void keepWalShort();
    void onSynced(quint64 generation);
    void run(const std::vector<Action> &actions, bool durable);

    Database &m_db;
    QTimer m_timer;
    std::vector<Action> m_actions;
    // Committed batches waiting for their sync, oldest first, by generation.
    std::deque<std::pair<quint64, std::vector<Action>>> m_unsynced;
    quint64 m_generation = 0;
    quint64 m_syncedGeneration = 0;
    std::unique_ptr<WalSyncer> m_syncer;
    bool m_enabled = false;
    bool m_open = false;
};

} // namespace baton
