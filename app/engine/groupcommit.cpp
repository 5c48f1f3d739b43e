#include "engine/groupcommit.h"

#include "engine/database.h"
#include "engine/walsyncer.h"

#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcGroupCommit, "baton.engine.commit")

namespace baton {

namespace {
// WAL lengths in pages (4 KiB): from the first, WalSyncer copies frames into the file off the
// engine thread; from the second, the engine copies the few it has not reached yet, so that the
// next batch starts the WAL over. The WAL stays within about 64 MiB and is rewritten in place.
// Under load the same pages (each conversation's and each agent's newest leaf) are written again
// in every batch, and a checkpoint copies each page once however often the WAL holds it: with 4,096
// frames instead of 1,024 per checkpoint, bench_engine_load (a) gained 5-10 % (docs/benchmarks.md).
constexpr int checkpointFrames = 4096;
constexpr int restartFrames = 16384;
// When the checkpoint thread, starved of CPU, kept every PASSIVE checkpoint of the engine busy,
// the WAL grew without end (98 MB in tst_group_commit beside another test): from here the engine
// waits for it and copies everything, once, on its own thread (about 80 MiB: rare, and bounded).
constexpr int forceFrames = 20480;
} // namespace

GroupCommit::GroupCommit(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    // A zero timer fires after the sockets that are ready in this loop turn have been read.
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, [this] { commit(); });
}

GroupCommit::~GroupCommit()
{
    drain();
}

void GroupCommit::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    drain();
    m_enabled = enabled;
    if (!wantsSyncer())
        return;
    // The WAL is synced by m_syncer after each commit instead of inside COMMIT.
    m_db.execSql(enabled ? QStringLiteral("PRAGMA synchronous=NORMAL")
                         : QStringLiteral("PRAGMA synchronous=FULL"));
    // ... and checkpoints run beside it too (see WalSyncer and keepWalShort()).
    m_db.setWalFrameTracking(enabled);
    if (enabled)
        startSyncer();
    else
        m_syncer.reset();
}

bool GroupCommit::wantsSyncer() const
{
    // Only a file that should survive power loss needs the sync; NORMAL (tests) never syncs.
    return m_db.synchronousFull() && m_db.path() != QLatin1String(":memory:");
}

void GroupCommit::startSyncer()
{
    m_syncer = std::make_unique<WalSyncer>(m_db.path());
    connect(m_syncer.get(), &WalSyncer::synced, this, &GroupCommit::onSynced);
}

void GroupCommit::drain()
{
    commit();
    if (m_unsynced.empty())
        return;
    // Shutting down or switching modes: sync here and release everything in order.
    const quint64 last = m_unsynced.back().first;
    m_syncer.reset(); // its destructor syncs what was requested
    onSynced(last);
    if (m_enabled)
        startSyncer();
}

void GroupCommit::onSynced(quint64 generation)
{
    m_syncedGeneration = std::max(m_syncedGeneration, generation);
    while (!m_unsynced.empty() && m_unsynced.front().first <= m_syncedGeneration) {
        const std::vector<Action> actions = std::move(m_unsynced.front().second);
        m_unsynced.pop_front();
        run(actions, true);
    }
}

void GroupCommit::run(const std::vector<Action> &actions, bool durable)
{
    for (const Action &a : actions) {
        const auto &action = durable ? a.durable : a.lost;
        if (action)
            action();
    }
}

void GroupCommit::keepWalShort()
{
    const int frames = m_db.walFrames();
    if (frames >= forceFrames)
        m_db.checkpoint();
    else if (frames >= restartFrames)
        m_db.checkpointPassive(); // busy while WalSyncer copies: then after a later batch
    else if (frames >= checkpointFrames)
        m_syncer->requestCheckpoint();
}

bool GroupCommit::beginStep()
{
    if (!m_open) {
        if (!m_db.begin())
            return false;
        m_open = true;
        m_timer.start();
    }
    return m_db.savepoint();
}

void GroupCommit::endStep(bool keep)
{
    if (keep)
        m_db.releaseSavepoint();
    else
        m_db.rollbackToSavepoint();
}

void GroupCommit::afterCommit(std::function<void()> durable, std::function<void()> lost)
{
    if (m_open)
        m_actions.push_back({std::move(durable), std::move(lost)});
    else if (!m_unsynced.empty()) // behind the newest batch still being synced
        m_unsynced.back().second.push_back({std::move(durable), std::move(lost)});
    else if (durable)
        durable();
}

bool GroupCommit::commit()
{
    if (!m_open)
        return true;
    m_timer.stop();
    m_open = false;
    const bool ok = m_db.commit();
    if (!ok) {
        qCCritical(lcGroupCommit) << "batch commit failed:" << m_db.error();
        // A failed COMMIT may leave the transaction open (SQLITE_BUSY); end it. Harmless otherwise.
        QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
    }
    // Actions may queue more (a reply that starts a write opens the next batch): take these first.
    std::vector<Action> actions = std::exchange(m_actions, {});
    if (ok && m_syncer) {
        m_unsynced.emplace_back(++m_generation, std::move(actions));
        m_syncer->request(m_generation);
        keepWalShort();
    } else if (ok && !m_unsynced.empty()) {
        m_unsynced.back().second.insert(m_unsynced.back().second.end(), actions.begin(), actions.end());
    } else {
        run(actions, ok);
    }
    emit committed(ok);
    return ok;
}

} // namespace baton
