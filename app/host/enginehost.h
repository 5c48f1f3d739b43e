#pragma once

#include <QHostAddress>
#include <QObject>
#include <QUrl>
#include <memory>

namespace baton {

class BatonServer;
class Database;
class DemoRunner;
class Engine;
class Store;
class SystemClock;
class TeamConfig;

// Everything an engine process runs: the engine over its SQLite file, the WebSocket/HTTP server and,
// for the demo, simulated colleagues and customers. batond hosts one on its main thread, the
// workstation one on its embedded-engine thread. Members are declared in dependency order, so the
// implicit reverse destruction closes sessions before the engine and the engine before the database.
class EngineHost : public QObject {
    Q_OBJECT
public:
    struct Options {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 8700;
        bool listenFromCommandLine = false;
        QString databasePath;
        QString configPath;
        QString robotPath; // the robot tier's FAQ and words; empty: the copy built in
        QString tlsCertificate; // PEM; with tlsKey, overrides the configuration's "tls"
        QString tlsKey;
        bool demo = false;        // the demo team, with simulated colleagues and customers
        bool demoRunsAtStart = true; // false: the caller starts them with startDemo()
        int demoCustomerIntervalMs = 20'000;
        int demoInitialCustomers = 4;
        QString demoHumanUser = QStringLiteral("demo"); // the demo login a person uses: not simulated
    };

    EngineHost();
    ~EngineHost() override;
    bool start(const Options &options, QString *error);
    QString summary() const;
    QUrl agentUrl() const;
    QUrl visitorUrl() const;
    void startDemo(int customerIntervalMs, int initialCustomers);

private:
    // Before the engine loads its state, so the demo colleagues' figures start from their history.
    bool seedDemoHistory(const TeamConfig &team, QString *error);

    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<BatonServer> m_server;
    std::unique_ptr<TeamConfig> m_team;
    std::unique_ptr<DemoRunner> m_demo;
    QString m_demoHumanUser;
};

} // namespace baton
