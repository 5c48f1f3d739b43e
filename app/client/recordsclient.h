#pragma once

#include "client/agentclient.h"
#include "protocol/reportreplies.h"
#include "protocol/reportrequests.h"

namespace baton {

// The supervisor's reports over the signed-in agent's connection: transfer records page by page,
// transfer and service metrics, and the read-only history of any conversation the engine lets the
// reader see. Replies are typed; a reply that arrives after `context` is gone is dropped.
class RecordsClient {
public:
    template <typename T>
    using Callback = AgentClient::Callback<T>;

    explicit RecordsClient(AgentClient &client);

    void listTransfers(const request::ReportQuery &query, const QString &before, int limit, QObject *context,
                       Callback<reply::TransferRecordPage> done);
    void transferMetrics(const request::ReportQuery &query, const QString &groupBy, QObject *context,
                         Callback<reply::TransferMetrics> done);
    void serviceMetrics(const request::ReportQuery &query, const QString &groupBy, QObject *context,
                        Callback<reply::ServiceMetrics> done);
    // Ratings at or below `maxRating`, newest first.
    void listRatings(const request::ReportQuery &query, int maxRating, const QString &before, int limit,
                     QObject *context, Callback<reply::RatingPage> done);
    void history(qint64 conversationId, QObject *context, Callback<reply::History> done);
    void chain(qint64 conversationId, QObject *context, Callback<reply::Chain> done);

    AgentClient &agentClient() { return m_client; }

private:
    template <typename T>
    void send(const QString &type, const QJsonObject &payload, QObject *context, Callback<T> done);

    AgentClient &m_client;
};

} // namespace baton
