#pragma once

#include "core/transfer.h"

#include <QList>
#include <optional>

// Typed replies of LIST_TRANSFERS, TRANSFER_METRICS and SERVICE_METRICS (docs/protocol.md).
namespace baton::reply {

struct TransferRecord {
    qint64 id = 0;
    qint64 conversationId = 0;
    TransferState state = TransferState::Pending;
    QString fromAgent, fromName, fromDepartment;
    QString toAgent, toName, toDepartment;
    bool crossDepartment = false;
    TransferNote note;
    QString reason;
    qint64 createdMs = 0;
    std::optional<qint64> resolvedMs;
    std::optional<qint64> responseMs;
    QString customerId, customerName, skill;
    std::optional<int> rating;
    static TransferRecord fromJson(const QJsonObject &object);
};

struct TransferRecordPage {
    QList<TransferRecord> transfers;
    QString next; // empty: this was the last page
    static TransferRecordPage fromPayload(const QJsonObject &payload);
};

struct TransferMetricRow {
    QString key;
    QString label; // display name for agent and department keys, else empty
    int count = 0, accepted = 0, rejected = 0, timeout = 0, cancelled = 0;
    double successRate = 0, rejectionRate = 0;
    qint64 avgResponseMs = 0, p90ResponseMs = 0;
    int rated = 0;
    std::optional<double> csatAfterTransfer;
};

struct TransferMetrics {
    QList<TransferMetricRow> rows;
    QList<qint64> histogramUpToMs; // bucket bounds; counts has one more (slower than the last)
    QList<int> histogramCounts;
    static TransferMetrics fromPayload(const QJsonObject &payload);
};

struct ServiceMetricRow {
    QString key;
    QString label;
    int conversations = 0, responded = 0;
    qint64 avgFirstResponseMs = 0;
    double firstResponseWithinTarget = 0;
    int closed = 0, resolved = 0;
    double resolutionRate = 0;
    int rated = 0;
    std::optional<double> satisfactionAvg;
    QList<int> ratings; // counts of 1…5
    int leftWhileWaiting = 0, metRobot = 0, handedOver = 0;
    double handoverRate = 0;
};

struct Handover {
    QString reason;
    int count = 0;
    double rate = 0;
};

struct ServiceMetrics {
    QList<ServiceMetricRow> rows;
    QList<Handover> handover;
    qint64 firstResponseTargetMs = 20'000;
    double resolutionTarget = 0.75;
    double satisfactionTarget = 4.5;
    static ServiceMetrics fromPayload(const QJsonObject &payload);
};

struct RatingRecord {
    qint64 conversationId = 0;
    int rating = 0;
    QString comment;
    qint64 closedMs = 0;
    QString agent, agentName, department;
    QString customerId, customerName, subject;
    std::optional<bool> resolved;
    int transfers = 0;
};

struct RatingPage {
    QList<RatingRecord> ratings;
    QString next;
    static RatingPage fromPayload(const QJsonObject &payload);
};

} // namespace baton::reply
