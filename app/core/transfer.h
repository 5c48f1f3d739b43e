#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace baton {

// F1.5: pending → accepted | rejected | timeout | cancelled. Only pending is not final.
enum class TransferState { Pending, Accepted, Rejected, Timeout, Cancelled };
enum class Urgency { Low, Medium, High };

QString transferStateName(TransferState s);
TransferState transferStateFromName(const QString &name, bool *ok = nullptr);
QString urgencyName(Urgency u);
Urgency urgencyFromName(const QString &name, bool *ok = nullptr);

// F1.4: the structured note of 004's templates.
struct TransferNote {
    QString templateId; // technical, complaint, vip, after_sales or a user-defined id
    QString problem;
    QString stepsTaken;
    QString customerSituation;
    Urgency urgency = Urgency::Medium;
    QString remarks;

    QJsonObject toJson() const;
    static TransferNote fromJson(const QJsonObject &object);
};

struct Transfer {
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 attemptId = 0; // consecutive transfers by one initiator until one is accepted or cancelled
    QString fromAgent;
    QString toAgent;
    QString fromDepartment;
    QString toDepartment;
    TransferNote note;
    TransferState state = TransferState::Pending;
    QString reason; // rejection reason, "offline", or empty
    qint64 createdMs = 0;
    qint64 deadlineMs = 0;
    qint64 resolvedMs = 0;

    bool isFinal() const { return state != TransferState::Pending; }
    QJsonObject toJson() const;
    static Transfer fromJson(const QJsonObject &object);
};

} // namespace baton

Q_DECLARE_METATYPE(baton::TransferState)
