#pragma once

#include "storage/sqlitedatabase.h"

namespace baton {

// The engine's SQLite file: the shared connection logic with the engine's own migrations
// (resources/sql).
class Database : public SqliteDatabase {
public:
    struct Options {
        QString path;                 // file path, or ":memory:"
        bool synchronousFull = true;  // FULL: an acknowledged write survives power loss too
    };

    explicit Database(const Options &options);
    static QString migrationsFolder();
    static int latestSchemaVersion() { return SqliteDatabase::latestSchemaVersion(migrationsFolder()); }
};

} // namespace baton
