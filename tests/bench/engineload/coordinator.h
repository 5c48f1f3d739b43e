#pragma once

#include "loadcluster.h"

#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>
#include <vector>

namespace baton::load {

// Runs bench_engine_load: for each scenario the echo floor, then batond, with the same socket counts
// and the same load processes; prints every figure beside the floor's and their ratio.
class Coordinator {
public:
    struct Options {
        QString self; // this executable, started again as --echo-server and --worker
        QString batond;
        int workers = 2;
        double seconds = 10;
        int window = 1;
        int transfers = 300;
        double soakSeconds = 0; // > 0: the soak run only
        double soakRate = 1000;
        // Event dispatchers: "epoll" (batond's own, its default), "qt" (Qt's Unix one) or "glib".
        QString batondDispatcher = QStringLiteral("epoll");
        QString echoDispatcher = QStringLiteral("qt"); // the floor as issue 12 defines it
        // The load processes' own loop: Qt's Unix one, as in the issue's floor ("a raw QWebSocket
        // echo server and client") and every recorded run; epoll takes the client side's polling of
        // 2,000 sockets per process out of both the floor's and batond's figures.
        QString workerDispatcher = QStringLiteral("qt");
        QString only; // "a", "b" or empty for both
        // (b): agents in a separate process that only times transfers; 0 = the load processes
        // time them between their background sends (the first six passes).
        int probeAgents = 10;
        // (b): the load processes' niceness. Their background is open loop at a fixed rate, so a
        // lower priority costs them nothing they need, while at 0 the scheduler's preemption of the
        // server and the probe by the load generators on 2 cores is measured as latency. (a) is a
        // closed loop where the clients are part of what is measured: always 0.
        int loadNice = 10;
    };
    explicit Coordinator(const Options &options);
    int run();

private:
    using Window = LoadCluster::Window;

    LoadCluster::Settings clusterSettings() const;
    void scenarioA();
    void scenarioB();
    int soak();
    void printLoadNote(const Window &w, const char *who);

    Options m_options;
};

} // namespace baton::load
