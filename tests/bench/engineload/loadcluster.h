#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>
#include <vector>

namespace baton::load {

// One server under test — the echo floor or batond — and the load processes speaking to it: starts
// them, logs the agents in and opens the conversations, sends the processes their commands (JSON
// lines on stdin) and gathers what they report (JSON lines on stdout).
class LoadCluster {
public:
    struct Settings {
        QString self; // bench_engine_load, started again as --echo-server and --worker
        QString batond;
        int workers = 2;
        // Event dispatchers: "epoll", "qt" (Qt's Unix one) or "glib".
        QString batondDispatcher;
        QString echoDispatcher;
        QString workerDispatcher;
    };
    // What the load processes measured over one command, merged.
    struct Window {
        double seconds = 0;
        qint64 acks = 0;
        qint64 sent = 0;
        qint64 skipped = 0;
        std::vector<double> delivery;
        std::vector<double> offers;
        int transferErrors = 0;
        double serverCpu = 0;    // cores
        double maxWorkerCpu = 0; // of one core
    };

    LoadCluster(const Settings &settings, bool echo);
    ~LoadCluster();
    LoadCluster(const LoadCluster &) = delete;
    LoadCluster &operator=(const LoadCluster &) = delete;

    // `probeAgents` > 0: those agents log in from one more process that carries no background;
    // `loadNice`: the other load processes' niceness.
    bool start(int agents, int customers, int probeAgents = 0, int loadNice = 0);
    void stop();
    // Closes every load socket at once; the server's CPU seconds over the next `seconds`.
    double dropEveryone(double seconds);
    // The probe process gets `probeCommand` when one is given.
    void send(const QJsonObject &command, const QJsonObject &probeCommand = {});
    // Waits for one line with "event": `event` from every load process; empty on timeout.
    QList<QJsonObject> collect(const QString &event, int timeoutMs);
    // Sends `command` and merges the "result" each process answers with, with CPU use beside it.
    Window measure(const QJsonObject &command, int timeoutMs, const QJsonObject &probeCommand = {});
    static Window merge(const QList<QJsonObject> &lines);

    qint64 serverPid() const { return m_server ? m_server->process->processId() : 0; }
    // The server's RSS in KiB at start, with the agents logged in, with the conversations open.
    qint64 rssStart() const { return m_rssStart; }
    qint64 rssAgents() const { return m_rssAgents; }
    qint64 rssCustomers() const { return m_rssCustomers; }

private:
    struct Process {
        std::unique_ptr<QProcess> process;
        QByteArray buffer;
        QList<QJsonObject> lines;
        bool probe = false;
    };

    bool startServer(QUrl *agentUrl, QUrl *visitorUrl);
    bool startWorker(const QJsonObject &spec, bool probe);
    QByteArray teamJson(int agents) const;
    void readLines(Process &p);

    Settings m_settings;
    bool m_echo = false;
    int m_loadNice = 0;
    int m_agents = 0;
    int m_customers = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Process> m_server;
    std::vector<std::unique_ptr<Process>> m_workers;
    qint64 m_rssStart = 0;
    qint64 m_rssAgents = 0;
    qint64 m_rssCustomers = 0;
};

} // namespace baton::load
