#pragma once

#include <QJsonObject>
#include <QString>

namespace baton {

// robot: the customer-facing robot tier (F5.2); its turns stay in the history agents see.
enum class SenderKind { Customer, Agent, System, Robot };

QString senderKindName(SenderKind k);
SenderKind senderKindFromName(const QString &name);

struct Message {
    qint64 conversationId = 0;
    qint64 seq = 0; // contiguous per conversation, assigned by the engine
    SenderKind senderKind = SenderKind::Customer;
    QString senderId;
    QString text;
    qint64 timeMs = 0;

    QJsonObject toJson() const;
    // The bytes QJsonDocument(toJson()).toJson(Compact) gives, written directly (issue 12).
    QByteArray toCompactJson() const;
    static Message fromJson(const QJsonObject &object);
};

} // namespace baton
