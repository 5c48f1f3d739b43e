#pragma once

#include "core/customer.h"
#include "engine/agentrecord.h"
#include "engine/engineconfig.h"

#include <QList>
#include <optional>

namespace baton {

// The configuration file of batond (JSON, documented in docs/configuration.md): engine settings,
// departments, agents with skills and rights, known customers.
class TeamConfig {
public:
    QString listen; // "HOST:PORT"; empty: the command line or the default decides
    // PEM files for wss:// and https:// ("tls": {"certificate","key"}); empty: plain ws:// and http://
    QString tlsCertificate;
    QString tlsKey;
    EngineConfig engine;
    QList<Department> departments;
    QList<AgentRecord> agents;
    QList<Customer> customers;

    // Parses and validates; on failure returns nullopt and says which entry is wrong.
    static std::optional<TeamConfig> parse(const QByteArray &json, QString *error);
    static std::optional<TeamConfig> load(const QString &path, QString *error);
};

} // namespace baton
