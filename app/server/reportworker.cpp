#include "server/reportworker.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcReports, "baton.server.reports")

namespace baton {

ReportWorker::ReportWorker(const QString &path)
    : m_path(path)
    , m_name(QStringLiteral("baton-reports-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ReportWorker::~ReportWorker()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
}

QSqlDatabase *ReportWorker::connection()
{
    if (m_db.isOpen())
        return &m_db;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        qCWarning(lcReports) << "cannot open the report connection:" << m_db.lastError().text();
        return nullptr;
    }
    QSqlQuery pragma(m_db);
    // Reports sort and group in memory; a larger page cache keeps repeated 90-day reads warm.
    pragma.exec(QStringLiteral("PRAGMA cache_size=-65536"));
    pragma.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    return &m_db;
}

} // namespace baton
