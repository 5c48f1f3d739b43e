#pragma once

#include "core/agent.h"

namespace baton {

// An agent as configured and persisted: the public profile plus its credentials.
struct AgentRecord {
    Agent agent;
    QString passwordHash;
};

struct Department {
    QString id;
    QString name;
    qint64 transferTimeoutMs = 0; // 0: the engine default
};

// Raw history figures per agent, as aggregated from closed conversations.
struct HistoryFigures {
    int handled = 0;
    int resolved = 0;
    int rated = 0;
    int ratingSum = 0;
};

struct StoredEvent {
    qint64 seq = 0;
    QString type;
    QJsonObject payload;
};

} // namespace baton
