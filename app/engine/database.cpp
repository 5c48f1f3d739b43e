#include "engine/database.h"

static void initEngineMigrations()
{
    Q_INIT_RESOURCE(engine_sql);
}

namespace baton {

Database::Database(const Options &options)
    : SqliteDatabase({options.path, options.synchronousFull, migrationsFolder()})
{
}

QString Database::migrationsFolder()
{
    initEngineMigrations();
    return QStringLiteral(":/baton/sql");
}

} // namespace baton
