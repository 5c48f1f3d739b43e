#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <memory>
#include <unordered_map>

struct sqlite3;

namespace baton {

class SqliteStatementRunner;

// One SQLite connection owned by the thread that opened it: pragmas, numbered migrations from a
// resource folder ("NNN_name.sql"), write transactions (BEGIN IMMEDIATE, nestable by depth) and a
// cache of prepared statements. The engine's store and the workstation's cache both build on it.
class SqliteDatabase {
public:
    struct Options {
        QString path;                 // file path, or ":memory:"
        bool synchronousFull = true;  // FULL: an acknowledged write survives power loss too
        QString migrationsFolder;     // e.g. ":/baton/sql"
    };

    explicit SqliteDatabase(const Options &options);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    // Opens the file and runs the migrations newer than the file's version. False with error() on failure,
    // including a file written by a newer Baton (never downgraded silently).
    bool open();
    // Opens and configures the file without migrating; tests step through migrateTo() from here.
    bool openConnection();
    QString error() const { return m_error; }
    QString path() const { return m_options.path; }
    bool synchronousFull() const { return m_options.synchronousFull; }
    int schemaVersion();
    int latestSchemaVersion() const;
    static int latestSchemaVersion(const QString &migrationsFolder);
    // Runs migrations up to `target` only; tests use it to build each older version.
    bool migrateTo(int target);

    bool begin();
    bool commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }
    // Group commit (engine/GroupCommit): one step of a batch inside the open transaction. A step
    // that failed is undone alone — its statements, and the failure that would otherwise make
    // commit() roll back the whole batch; the other steps stay.
    bool savepoint();
    void releaseSavepoint();
    void rollbackToSavepoint();
    // A statement failed since the transaction (or the current savepoint) began.
    bool failed() const { return m_failed; }
    // Copies the WAL into the file and truncates it, so rewritten text leaves no old page image on
    // disk (with secure_delete, freed space is zeroed as well). Outside transactions only.
    bool checkpoint();
    // While on, SQLite's automatic checkpoint is off and walFrames() is the WAL's length after the
    // last commit: the owner checkpoints (GroupCommit). Off restores the automatic checkpoint.
    void setWalFrameTracking(bool on);
    int walFrames() const { return m_walFrames; }
    // A PASSIVE checkpoint on this connection, outside transactions; false if another connection
    // was checkpointing. Once every frame is copied, the next write starts the WAL from its start.
    bool checkpointPassive();

    // Prepared once per distinct SQL text, reused afterwards.
    QSqlQuery &prepare(const QString &sql);
    // Binds positional values, executes and reports failures to the log. Returns false on error.
    bool exec(QSqlQuery &query, const QVariantList &values = {});
    // For statements that return no rows; runs on the SQLite handle directly (SqliteStatementRunner).
    bool execSql(const QString &sql, const QVariantList &values = {});

    QSqlDatabase &connection() { return m_db; }

private:
    bool applyMigration(int version, const QString &sql);

    Options m_options;
    QString m_connectionName;
    QSqlDatabase m_db;
    // Node-based on purpose: prepare() hands out references, and callers hold two or more at once
    // (a read and a write statement); a QHash moves its entries when it grows, which left the first
    // reference dangling (a crash in bindValue once the cache crossed a growth step).
    std::unordered_map<QString, QSqlQuery> m_statements;
    std::unique_ptr<SqliteStatementRunner> m_runner; // execSql()
    sqlite3 *m_handle = nullptr;
    int m_walFrames = 0;
    QString m_error;
    int m_depth = 0;
    bool m_failed = false;
};

} // namespace baton
