#include "server/reportservice.h"

#include "engine/database.h"
#include "server/reportworker.h"
#include "engine/ratingquery.h"
#include "engine/servicemetricsquery.h"
#include "engine/transfermetricsquery.h"
#include "engine/transferrecordquery.h"
#include "protocol/messagetypes.h"

#include <QPointer>

namespace baton {

ReportService::ReportService(Database &engineDatabase, QObject *parent)
    : QObject(parent)
    , m_engineDatabase(engineDatabase)
{
    const QString path = engineDatabase.connection().databaseName();
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return;
    m_worker = new ReportWorker(path);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("baton-reports"));
    m_thread.start(QThread::LowPriority);
}

ReportService::~ReportService()
{
    m_thread.quit();
    m_thread.wait();
}

void ReportService::submit(const QString &type, const QJsonObject &payload, const ReportScope &scope,
                           QObject *context, Done done)
{
    if (!m_worker) {
        done(run(m_engineDatabase.connection(), type, payload, scope));
        return;
    }
    // The answer comes back through this object, on its thread, which alone looks at `receiver`.
    QPointer<QObject> receiver(context);
    ReportWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [this, worker, type, payload, scope, receiver, done = std::move(done)] {
        QSqlDatabase *db = worker->connection();
        const EngineResult result =
            db ? run(*db, type, payload, scope)
               : EngineResult::fail(EngineError::Internal, QStringLiteral("reports are not available"));
        QMetaObject::invokeMethod(this, [receiver, done, result] {
            if (receiver)
                done(result);
        });
    });
}

EngineResult ReportService::run(QSqlDatabase &db, const QString &type, const QJsonObject &payload,
                                const ReportScope &scope)
{
    QString error;
    auto filter = ReportFilter::fromJson(payload, &error);
    if (!filter)
        return EngineResult::fail(EngineError::InvalidArgument, error);
    filter->scope = scope;
    if (type == msg::ListTransfers)
        return TransferRecordQuery::run(db, *filter, payload.value(QStringLiteral("before")).toString(),
                                        payload.value(QStringLiteral("limit")).toInt(100));
    if (type == msg::ListRatings)
        return RatingQuery::run(db, *filter, payload.value(QStringLiteral("maxRating")).toInt(2),
                                payload.value(QStringLiteral("before")).toString(),
                                payload.value(QStringLiteral("limit")).toInt(100));
    const QString groupName = payload.value(QStringLiteral("groupBy")).toString(QStringLiteral("day"));
    const auto groupBy = ReportGrouping::fromName(groupName);
    if (!groupBy)
        return EngineResult::fail(EngineError::InvalidArgument,
                                  QStringLiteral("\"groupBy\" must be hour, day, week, month, agent, department, "
                                                 "crossDepartment, reason or skill"));
    if (type == msg::TransferMetrics)
        return TransferMetricsQuery::run(db, *filter, *groupBy);
    if (type == msg::ServiceMetrics)
        return ServiceMetricsQuery::run(db, *filter, *groupBy);
    return EngineResult::fail(EngineError::InvalidArgument, QStringLiteral("%1 is not a report").arg(type));
}

} // namespace baton
