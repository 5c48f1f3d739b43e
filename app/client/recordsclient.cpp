#include "client/recordsclient.h"

#include "client/engineconnection.h"
#include "protocol/messagetypes.h"

#include <QPointer>

namespace baton {

RecordsClient::RecordsClient(AgentClient &client)
    : m_client(client)
{
}

template <typename T>
void RecordsClient::send(const QString &type, const QJsonObject &payload, QObject *context, Callback<T> done)
{
    if (!m_client.isConnected()) {
        done(RequestError::local(RequestError::Kind::NotConnected));
        return;
    }
    QPointer<QObject> guard(context);
    m_client.connection().submit(type, payload, [guard, done = std::move(done)](const Result<QJsonObject> &result) {
        if (!guard)
            return;
        if (result.ok())
            done(T::fromPayload(result.value()));
        else
            done(result.error());
    });
}

void RecordsClient::listTransfers(const request::ReportQuery &query, const QString &before, int limit,
                                  QObject *context, Callback<reply::TransferRecordPage> done)
{
    QJsonObject payload = query.toPayload();
    if (!before.isEmpty())
        payload.insert(QStringLiteral("before"), before);
    payload.insert(QStringLiteral("limit"), limit);
    send(msg::ListTransfers, payload, context, std::move(done));
}

void RecordsClient::transferMetrics(const request::ReportQuery &query, const QString &groupBy, QObject *context,
                                    Callback<reply::TransferMetrics> done)
{
    QJsonObject payload = query.toPayload();
    payload.insert(QStringLiteral("groupBy"), groupBy);
    send(msg::TransferMetrics, payload, context, std::move(done));
}

void RecordsClient::serviceMetrics(const request::ReportQuery &query, const QString &groupBy, QObject *context,
                                   Callback<reply::ServiceMetrics> done)
{
    QJsonObject payload = query.toPayload();
    payload.insert(QStringLiteral("groupBy"), groupBy);
    send(msg::ServiceMetrics, payload, context, std::move(done));
}

void RecordsClient::listRatings(const request::ReportQuery &query, int maxRating, const QString &before, int limit,
                                QObject *context, Callback<reply::RatingPage> done)
{
    QJsonObject payload = query.toPayload();
    payload.insert(QStringLiteral("maxRating"), maxRating);
    if (!before.isEmpty())
        payload.insert(QStringLiteral("before"), before);
    payload.insert(QStringLiteral("limit"), limit);
    send(msg::ListRatings, payload, context, std::move(done));
}

void RecordsClient::history(qint64 conversationId, QObject *context, Callback<reply::History> done)
{
    send(msg::GetHistory, {{QStringLiteral("conversationId"), conversationId}, {QStringLiteral("limit"), 1000}},
         context, std::move(done));
}

void RecordsClient::chain(qint64 conversationId, QObject *context, Callback<reply::Chain> done)
{
    send(msg::GetChain, {{QStringLiteral("conversationId"), conversationId}}, context, std::move(done));
}

} // namespace baton
