#pragma once

#include "engine/database.h"
#include "engine/engine.h"
#include "engine/manualclock.h"
#include "engine/store.h"

#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace baton::test {

// A real engine on a real SQLite file in a temporary folder, driven by a ManualClock. restart()
// tears the engine down and brings it back on the same file, as a crash-and-restart would.
class EngineFixture {
public:
    explicit EngineFixture(int transferTimeoutMs = 30000, int techTimeoutMs = 0);
    // Another team than the shared test team (queues, roles).
    explicit EngineFixture(const QByteArray &teamJson);
    ~EngineFixture();

    Engine &engine() { return *m_engine; }
    Store &store() { return *m_store; }
    ManualClock &clock() { return m_clock; }
    QString databasePath() const;

    // `downtimeMs` passes while no engine runs, as when the process is down.
    void restart(qint64 downtimeMs = 0);
    // Marks agents as connected (online) the way a login would.
    void connect(std::initializer_list<const char *> agents);
    // Starts a visitor conversation and returns its id.
    qint64 startConversation(const QString &skill, const QString &text, const QString &customerId = {});
    qint64 pendingTransferId(qint64 conversationId) const;
    // Runs on every engine restart() brings up before it starts, e.g. to see the events it sends
    // while starting (deadlines that passed while it was down).
    void setBeforeStart(std::function<void(Engine &)> hook) { m_beforeStart = std::move(hook); }

private:
    void open();

    QTemporaryDir m_dir;
    ManualClock m_clock;
    int m_timeoutMs;
    int m_techTimeoutMs;
    QByteArray m_teamJson;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Engine> m_engine;
    std::function<void(Engine &)> m_beforeStart;
};

} // namespace baton::test
