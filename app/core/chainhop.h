#pragma once

#include "core/transfer.h"

#include <QList>
#include <QMetaType>

namespace baton {

// One hop of a conversation's transfer chain (F1.10): the engine's first routing, or a transfer
// with its note, times and outcome.
struct ChainHop {
    enum class Kind { Assigned, Transfer, Reassigned };
    Kind kind = Kind::Assigned;
    Transfer transfer;  // Transfer: the whole record; Assigned: `toAgent`, `toDepartment`, `createdMs`
    QString fromName;
    QString toName;

    qint64 timeMs() const { return transfer.createdMs; }
    QJsonObject toJson() const;
    static ChainHop fromJson(const QJsonObject &object);
    static QList<ChainHop> listFromJson(const QJsonArray &array);
};

} // namespace baton

Q_DECLARE_METATYPE(baton::ChainHop)
