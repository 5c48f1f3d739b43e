#pragma once

#include <QHostAddress>
#include <QObject>
#include <memory>

namespace baton {

class BatonServer;
class Database;
class DemoRunner;
class Engine;
class Store;
class SystemClock;

// Everything batond runs. Members are declared in dependency order, so the implicit reverse
// destruction closes sessions before the engine and the engine before the database.
class Daemon : public QObject {
    Q_OBJECT
public:
    struct Options {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 8700;
        bool listenFromCommandLine = false;
        QString databasePath;
        QString configPath;
        QString robotPath; // the robot tier's FAQ and words; empty: the copy built in
        bool demo = false;
    };

    Daemon();
    ~Daemon() override;
    bool start(const Options &options, QString *error);
    QString summary() const;

private:
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<BatonServer> m_server;
    std::unique_ptr<DemoRunner> m_demo;
};

} // namespace baton
