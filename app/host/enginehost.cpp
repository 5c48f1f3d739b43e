#include "host/enginehost.h"

#include "demo/demohistory.h"
#include "demo/demorunner.h"
#include "demo/demoscript.h"
#include "engine/database.h"
#include "engine/engine.h"
#include "engine/store.h"
#include "engine/systemclock.h"
#include "engine/robotscript.h"
#include "engine/teamconfig.h"
#include "server/batonserver.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHost, "baton.host")

namespace baton {

EngineHost::EngineHost() = default;
EngineHost::~EngineHost() = default;

bool EngineHost::start(const Options &options, QString *error)
{
    m_demoHumanUser = options.demoHumanUser;
    std::optional<TeamConfig> team;
    if (!options.configPath.isEmpty())
        team = TeamConfig::load(options.configPath, error);
    else if (options.demo)
        team = TeamConfig::parse(DemoScript::teamJson(), error);
    else
        team = TeamConfig{};
    if (!team)
        return false;
    if (!options.robotPath.isEmpty()) {
        auto robot = RobotScript::fromFile(options.robotPath, error);
        if (!robot)
            return false;
        team->engine.robot = *robot;
    }

    QHostAddress address = options.address;
    quint16 port = options.port;
    if (!options.listenFromCommandLine && !team->listen.isEmpty()) {
        address = QHostAddress(team->listen.section(QLatin1Char(':'), 0, 0));
        port = quint16(team->listen.section(QLatin1Char(':'), 1, 1).toUInt());
    }

    m_clock = std::make_unique<SystemClock>();
    m_database = std::make_unique<Database>(Database::Options{options.databasePath, true});
    if (!m_database->open()) {
        *error = m_database->error();
        return false;
    }
    m_store = std::make_unique<Store>(*m_database);
    m_engine = std::make_unique<Engine>(*m_store, *m_clock, team->engine);
    m_engine->setGroupCommit(true);
    if (!m_engine->importTeam(*team, error))
        return false;
    if (options.demo && !seedDemoHistory(*team, error))
        return false;
    if (!m_engine->start(error))
        return false;
    m_server = std::make_unique<BatonServer>(*m_engine);
    const bool tlsFromCommandLine = !options.tlsCertificate.isEmpty();
    const QString certificate = tlsFromCommandLine ? options.tlsCertificate : team->tlsCertificate;
    const QString key = tlsFromCommandLine ? options.tlsKey : team->tlsKey;
    if (!certificate.isEmpty() && !m_server->enableTls(certificate, key, error))
        return false;
    if (!m_server->listen(address, port, error))
        return false;
    m_team = std::make_unique<TeamConfig>(*team);
    if (options.demo && options.demoRunsAtStart)
        startDemo(options.demoCustomerIntervalMs, options.demoInitialCustomers);
    return true;
}

bool EngineHost::seedDemoHistory(const TeamConfig &team, QString *error)
{
    DemoHistory::Options history;
    history.endMs = m_clock->nowMs() - 60 * 60 * 1000; // the live demo starts after it
    DemoHistory::Summary written;
    if (!DemoHistory::seedOnce(*m_database, team, history, &written, error))
        return false;
    if (!written.alreadyThere)
        qCInfo(lcHost) << "demo history:" << written.conversations << "conversations," << written.transfers
                       << "transfers over" << history.days << "days";
    return true;
}

QString EngineHost::summary() const
{
    return QStringLiteral("batond listening on %1 (customers: %2; customer chat page: %3)")
        .arg(m_server->agentUrl().toString(), m_server->visitorUrl().toString(), m_server->pageUrl().toString());
}

void EngineHost::startDemo(int customerIntervalMs, int initialCustomers)
{
    DemoRunner::Options demo;
    demo.customerIntervalMs = customerIntervalMs;
    demo.initialCustomers = initialCustomers;
    demo.humanUser = m_demoHumanUser;
    m_demo = std::make_unique<DemoRunner>(m_server->agentUrl(), m_server->visitorUrl(), *m_team, demo);
}

QUrl EngineHost::visitorUrl() const
{
    return m_server ? m_server->visitorUrl() : QUrl();
}

QUrl EngineHost::agentUrl() const
{
    return m_server ? m_server->agentUrl() : QUrl();
}

} // namespace baton
