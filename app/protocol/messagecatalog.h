#pragma once

#include "protocol/envelope.h"
#include "protocol/messagespec.h"

#include <QHash>
#include <optional>

namespace baton {

// The table of every message type, built once from data. Immutable after construction, so one
// instance can be shared by all sessions of a server.
class MessageCatalog {
public:
    MessageCatalog();

    const MessageSpec *find(const QString &type, Direction direction) const;
    const QList<MessageSpec> &all() const { return m_specs; }

    // Checks a client request for the given endpoint: known type, and every field as specified.
    std::optional<ProtocolError> validateRequest(const Envelope &envelope, Endpoint endpoint) const;

private:
    QList<MessageSpec> m_specs;
    QHash<QString, qsizetype> m_requestIndex;
    QHash<QString, qsizetype> m_eventIndex;
};

} // namespace baton
