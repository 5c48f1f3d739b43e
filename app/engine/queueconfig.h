#pragma once

#include "engine/agentrecord.h"
#include "engine/queuedefinition.h"

#include <QJsonArray>
#include <QList>
#include <QSet>
#include <optional>

namespace baton {

// The `queues` section of the team configuration, and the queues a team gets without one.
class QueueConfig {
public:
    // Validates every entry (unique ids, known departments and overflow targets, no overflow cycle).
    static std::optional<QList<QueueDefinition>> parse(const QJsonArray &array,
                                                       const QSet<QString> &departments, QString *error);
    // urgent (priority), vip (priority), one per department for its agents' primary and secondary
    // skills (skill-first, overflowing after a minute), normal (FIFO) and overflow (FIFO, everyone).
    static QList<QueueDefinition> defaults(const QList<Department> &departments, const QList<Agent> &agents);
};

} // namespace baton
