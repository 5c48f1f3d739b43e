#pragma once

#include "engine/engineerror.h"
#include "engine/reportfilter.h"

#include <QObject>
#include <QThread>
#include <functional>
#include <memory>

class QSqlDatabase;

namespace baton {

class Database;
class ReportWorker;


// Runs LIST_TRANSFERS, TRANSFER_METRICS, SERVICE_METRICS and LIST_RATINGS on a thread of their own with a read-only
// connection to the engine's file, so a 90-day report never delays an offer: SQLite's WAL lets that
// connection read while the engine writes. A database in memory cannot be opened twice; then reports
// run on the engine's own connection (tests only).
class ReportService : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const EngineResult &)>;

    explicit ReportService(Database &engineDatabase, QObject *parent = nullptr);
    ~ReportService() override;

    // `type` is the message type; `done` runs on `context`'s thread, and not at all once `context` is gone.
    void submit(const QString &type, const QJsonObject &payload, const ReportScope &scope, QObject *context,
                Done done);
    bool runsOnItsOwnThread() const { return m_thread.isRunning(); }

    // One report on a given connection; the worker and the in-memory fallback both call it.
    static EngineResult run(QSqlDatabase &db, const QString &type, const QJsonObject &payload, const ReportScope &scope);

private:
    Database &m_engineDatabase;
    QThread m_thread;
    ReportWorker *m_worker = nullptr; // lives on m_thread
};

} // namespace baton
