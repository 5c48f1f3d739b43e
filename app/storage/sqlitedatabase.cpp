#include "storage/sqlitedatabase.h"

#include "storage/sqlitestatementrunner.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStore, "baton.storage.sqlite")

namespace baton {

namespace {
QStringList migrationFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
}

int versionOf(const QString &fileName)
{
    return fileName.section(QLatin1Char('_'), 0, 0).toInt();
}

// Splits a migration file into statements. Migrations are plain DDL/DML without semicolons in
// literals or triggers, which keeps this simple; a migration that needs more must say so here.
QStringList statementsOf(const QString &sql)
{
    QString withoutComments = sql;
    withoutComments.remove(QRegularExpression(QStringLiteral("--[^\n]*")));
    QStringList statements;
    for (const QString &part : withoutComments.split(QLatin1Char(';'))) {
        if (!part.trimmed().isEmpty())
            statements.append(part.trimmed());
    }
    return statements;
}
} // namespace

SqliteDatabase::SqliteDatabase(const Options &options)
    : m_options(options),
      m_connectionName(QStringLiteral("baton-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SqliteDatabase::~SqliteDatabase()
{
    m_runner.reset();
    m_statements.clear();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int SqliteDatabase::latestSchemaVersion(const QString &migrationsFolder)
{
    const QStringList files = migrationFiles(migrationsFolder);
    return files.isEmpty() ? 0 : versionOf(files.last());
}

int SqliteDatabase::latestSchemaVersion() const
{
    return latestSchemaVersion(m_options.migrationsFolder);
}

bool SqliteDatabase::open()
{
    if (!openConnection())
        return false;
    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (current > latest) {
        m_error =
            QStringLiteral("%1 has schema version %2, newer than this program's %3; refusing to open it")
                .arg(m_options.path)
                .arg(current)
                .arg(latest);
        return false;
    }
    return migrateTo(latest);
}

bool SqliteDatabase::openConnection()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_options.path);
    if (!m_db.open()) {
        m_error = QStringLiteral("cannot open %1: %2").arg(m_options.path, m_db.lastError().text());
        return false;
    }
    if (const QVariant handle = m_db.driver()->handle(); qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
        m_runner = std::make_unique<SqliteStatementRunner>(m_handle);
    }
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        m_options.synchronousFull ? QStringLiteral("PRAGMA synchronous=FULL")
                                  : QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA busy_timeout=5000"),
        // Deleted and rewritten text (masked numbers, pruned events) is zeroed, not left in free pages.
        QStringLiteral("PRAGMA secure_delete=ON"),
        // The default 2 MiB page cache made the engine re-read index pages for every message under
        // load (pread per message; docs/benchmarks.md, issue 12).
        QStringLiteral("PRAGMA cache_size=-16384"),
    };
    for (const QString &pragma : pragmas) {
        if (!execSql(pragma)) {
            m_error = QStringLiteral("cannot configure %1").arg(m_options.path);
            return false;
        }
    }
    return true;
}

int SqliteDatabase::schemaVersion()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool SqliteDatabase::migrateTo(int target)
{
    const int current = schemaVersion();
    for (const QString &file : migrationFiles(m_options.migrationsFolder)) {
        const int version = versionOf(file);
        if (version <= current || version > target)
            continue;
        QFile f(m_options.migrationsFolder + QLatin1Char('/') + file);
        if (!f.open(QIODevice::ReadOnly) || !applyMigration(version, QString::fromUtf8(f.readAll()))) {
            if (m_error.isEmpty())
                m_error = QStringLiteral("migration %1 failed").arg(file);
            return false;
        }
        qCInfo(lcStore) << "applied migration" << file;
    }
    return true;
}

bool SqliteDatabase::applyMigration(int version, const QString &sql)
{
    if (!begin())
        return false;
    for (const QString &statement : statementsOf(sql)) {
        if (!execSql(statement)) {
            rollback();
            return false;
        }
    }
    if (!execSql(QStringLiteral("PRAGMA user_version=%1").arg(version))) {
        rollback();
        return false;
    }
    return commit();
}

bool SqliteDatabase::begin()
{
    if (m_depth++ > 0)
        return true;
    m_failed = false;
    if (!execSql(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_depth = 0;
        return false;
    }
    return true;
}

bool SqliteDatabase::commit()
{
    Q_ASSERT(m_depth > 0);
    if (--m_depth > 0)
        return true;
    if (m_failed) {
        execSql(QStringLiteral("ROLLBACK"));
        return false;
    }
    return execSql(QStringLiteral("COMMIT"));
}

bool SqliteDatabase::savepoint()
{
    Q_ASSERT(m_depth > 0);
    return execSql(QStringLiteral("SAVEPOINT step"));
}

void SqliteDatabase::releaseSavepoint()
{
    execSql(QStringLiteral("RELEASE step"));
}

void SqliteDatabase::rollbackToSavepoint()
{
    m_failed = false;
    // ROLLBACK TO keeps the savepoint open; RELEASE then ends it.
    if (!execSql(QStringLiteral("ROLLBACK TO step")) || !execSql(QStringLiteral("RELEASE step")))
        m_failed = true; // the transaction is in an unknown state: commit() must roll all of it back
}

bool SqliteDatabase::checkpoint()
{
    Q_ASSERT(m_depth == 0);
    QSqlQuery query(m_db);
    // The pragma answers a row (busy, log frames, checkpointed frames); busy means readers held it.
    const bool ok = query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && query.next() &&
                    query.value(0).toInt() == 0;
    query.finish();
    return ok;
}

void SqliteDatabase::setWalFrameTracking(bool on)
{
    if (!m_handle)
        return;
    m_walFrames = 0;
    if (!on) {
        sqlite3_wal_autocheckpoint(m_handle, 1000); // SQLite's default hook again
        return;
    }
    // Replaces the automatic checkpoint, which is itself a WAL hook.
    sqlite3_wal_hook(
        m_handle,
        [](void *self, sqlite3 *, const char *, int frames) {
            static_cast<SqliteDatabase *>(self)->m_walFrames = frames;
            return SQLITE_OK;
        },
        this);
}

bool SqliteDatabase::checkpointPassive()
{
    Q_ASSERT(m_depth == 0);
    if (!m_handle)
        return false;
    int logFrames = 0, copied = 0;
    const int rc =
        sqlite3_wal_checkpoint_v2(m_handle, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copied);
    if (rc != SQLITE_OK && rc != SQLITE_BUSY)
        qCWarning(lcStore) << "checkpoint of" << m_options.path << "failed:" << sqlite3_errmsg(m_handle);
    return rc == SQLITE_OK && copied == logFrames;
}

void SqliteDatabase::rollback()
{
    Q_ASSERT(m_depth > 0);
    m_failed = true;
    if (--m_depth > 0)
        return;
    execSql(QStringLiteral("ROLLBACK"));
}

QSqlQuery &SqliteDatabase::prepare(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            qCCritical(lcStore) << "prepare failed:" << sql << query.lastError().text();
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    return it->second;
}

bool SqliteDatabase::exec(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // SQL NULL is spelled QVariant(); a null QString is just empty text.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else
            query.bindValue(i, v);
    }
    if (!query.exec()) {
        qCCritical(lcStore) << "query failed:" << query.lastQuery() << query.lastError().text();
        m_error = query.lastError().text();
        if (m_depth > 0)
            m_failed = true;
        return false;
    }
    return true;
}

bool SqliteDatabase::execSql(const QString &sql, const QVariantList &values)
{
    if (m_runner) {
        QString error;
        if (m_runner->run(sql, values, &error))
            return true;
        qCCritical(lcStore) << "query failed:" << sql << error;
        m_error = error;
        if (m_depth > 0)
            m_failed = true;
        return false;
    }
    QSqlQuery &query = prepare(sql);
    const bool ok = exec(query, values);
    query.finish();
    return ok;
}

} // namespace baton
