// bench_engine_load (issue 12): batond under load from separate processes, each figure beside a raw
// QWebSocket echo floor measured in the same run. See docs/benchmarks.md.
//
//   bench_engine_load [--workers 2] [--seconds 10] [--transfers 300] [--only a|b]
//                     [--batond-dispatcher epoll|qt|glib] [--echo-dispatcher qt|epoll|glib]
//                     [--worker-dispatcher qt|epoll|glib] [--probe-agents 10]
//                     [--load-nice 10]
//   bench_engine_load --soak 600 [--soak-rate 1000]
//
// The same executable is started again as the echo server (--echo-server) and as the load
// processes (--worker SPEC); those modes are internal.
#include "coordinator.h"
#include "core/epolleventdispatcher.h"
#include "echoserver.h"
#include "loadworker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace baton::load;

int main(int argc, char *argv[])
{
    // The coordinator sets this for the echo server it starts (--echo-dispatcher epoll); it must
    // be installed before the application object exists.
    if (qgetenv("BATON_EVENT_DISPATCHER") == "epoll")
        QCoreApplication::setEventDispatcher(new baton::EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption batond(
        QStringLiteral("batond"),
        QStringLiteral("batond executable (default: the one built with this benchmark)."),
        QStringLiteral("PATH"), QStringLiteral(BATOND_PATH));
    const QCommandLineOption workers(QStringLiteral("workers"), QStringLiteral("Load processes."),
                                     QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption seconds(
        QStringLiteral("seconds"),
        QStringLiteral("Measuring window of (a); (b) rows last at least half of it."), QStringLiteral("S"),
        QStringLiteral("10"));
    const QCommandLineOption window(QStringLiteral("window"),
                                    QStringLiteral("(a): messages in flight per customer."),
                                    QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption transfers(QStringLiteral("transfers"), QStringLiteral("(b): transfers per row."),
                                       QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption batondDispatcher(
        QStringLiteral("batond-dispatcher"),
        QStringLiteral("batond's event dispatcher: epoll (its default), qt (Qt's Unix one) or glib."),
        QStringLiteral("NAME"), QStringLiteral("epoll"));
    const QCommandLineOption echoDispatcher(
        QStringLiteral("echo-dispatcher"),
        QStringLiteral("The echo floor's event dispatcher: qt (Qt's Unix one, the default), epoll or glib."),
        QStringLiteral("NAME"), QStringLiteral("qt"));
    const QCommandLineOption workerDispatcher(
        QStringLiteral("worker-dispatcher"),
        QStringLiteral(
            "The load processes' event dispatcher: qt (Qt's Unix one, the default), epoll or glib."),
        QStringLiteral("NAME"), QStringLiteral("qt"));
    const QCommandLineOption probeAgents(
        QStringLiteral("probe-agents"),
        QStringLiteral("(b): agents in a process of their own that times the transfers (0: the load "
                       "processes time them between their background sends)."),
        QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption loadNice(
        QStringLiteral("load-nice"),
        QStringLiteral("(b): niceness of the load processes (not the probe); (a) always runs them at 0."),
        QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Run only scenario a or b."),
                                  QStringLiteral("a|b"));
    const QCommandLineOption soak(
        QStringLiteral("soak"),
        QStringLiteral("Soak run instead: 1,000 agents, 5,000 customers, a line every 30 s."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption soakRate(QStringLiteral("soak-rate"),
                                      QStringLiteral("Background messages per second during the soak."),
                                      QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption echoServer(QStringLiteral("echo-server"),
                                        QStringLiteral("(internal) run the echo floor."));
    const QCommandLineOption worker(QStringLiteral("worker"),
                                    QStringLiteral("(internal) run a load process."), QStringLiteral("SPEC"));
    parser.addOptions({batond, workers, seconds, window, transfers, batondDispatcher, echoDispatcher,
                       workerDispatcher, probeAgents, loadNice, only, soak, soakRate, echoServer, worker});
    parser.process(app);
    const QStringList dispatchers = {QStringLiteral("epoll"), QStringLiteral("qt"), QStringLiteral("glib")};
    for (const QCommandLineOption *option : {&batondDispatcher, &echoDispatcher, &workerDispatcher}) {
        if (!dispatchers.contains(parser.value(*option))) {
            std::fprintf(stderr, "--%s expects epoll, qt or glib\n",
                         qPrintable(option->names().constFirst()));
            return 2;
        }
    }

    if (parser.isSet(echoServer)) {
        EchoServer server;
        QString error;
        if (!server.listen(&error)) {
            std::fprintf(stderr, "echo server: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("{\"port\":%d}\n", server.port());
        std::fflush(stdout);
        return app.exec();
    }
    if (parser.isSet(worker)) {
        const QJsonObject spec = QJsonDocument::fromJson(parser.value(worker).toUtf8()).object();
        LoadWorker::Options o;
        o.echo = spec.value(QStringLiteral("echo")).toBool();
        o.agentUrl = QUrl(spec.value(QStringLiteral("agentUrl")).toString());
        o.visitorUrl = QUrl(spec.value(QStringLiteral("visitorUrl")).toString());
        for (const QJsonValue &v : spec.value(QStringLiteral("agents")).toArray())
            o.agents.append(v.toString());
        o.password = spec.value(QStringLiteral("password")).toString();
        o.customers = spec.value(QStringLiteral("customers")).toInt();
        o.customerPrefix = spec.value(QStringLiteral("customerPrefix")).toString();
        LoadWorker load(o);
        return app.exec();
    }

    Coordinator::Options o;
    o.self = QCoreApplication::applicationFilePath();
    o.batond = parser.value(batond);
    o.workers = std::max(1, parser.value(workers).toInt());
    o.seconds = std::max(1.0, parser.value(seconds).toDouble());
    o.window = std::max(1, parser.value(window).toInt());
    o.transfers = std::max(1, parser.value(transfers).toInt());
    o.batondDispatcher = parser.value(batondDispatcher);
    o.echoDispatcher = parser.value(echoDispatcher);
    o.workerDispatcher = parser.value(workerDispatcher);
    o.only = parser.value(only);
    o.probeAgents = std::max(0, parser.value(probeAgents).toInt());
    o.loadNice = std::clamp(parser.value(loadNice).toInt(), 0, 19);
    o.soakSeconds = parser.value(soak).toDouble();
    o.soakRate = parser.value(soakRate).toDouble();
    return Coordinator(o).run();
}
