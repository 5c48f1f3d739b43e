#pragma once

#include <QString>
#include <QVariantList>

#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace baton {

// Runs statements that return no rows (inserts, updates, transaction control) straight on the
// SQLite handle under Qt's connection, with values bound through the C API. Qt's binding path
// (QSqlResult::bindValue and its bookkeeping) cost a fifth of each write under load (issue 12); the
// rows, types and errors are the same. Owned by SqliteDatabase, on its thread.
class SqliteStatementRunner {
public:
    explicit SqliteStatementRunner(sqlite3 *handle) : m_handle(handle) {}
    ~SqliteStatementRunner();
    SqliteStatementRunner(const SqliteStatementRunner &) = delete;
    SqliteStatementRunner &operator=(const SqliteStatementRunner &) = delete;

    // Binds positional values as SqliteDatabase::exec does (a null QVariant is SQL NULL, a null
    // QString empty text), steps to the end and resets. False with *error set on failure.
    bool run(const QString &sql, const QVariantList &values, QString *error);

private:
    sqlite3_stmt *statement(const QString &sql, QString *error);
    static bool bind(sqlite3_stmt *statement, int index, const QVariant &value);

    sqlite3 *m_handle;
    std::unordered_map<QString, sqlite3_stmt *> m_statements;
};

} // namespace baton
