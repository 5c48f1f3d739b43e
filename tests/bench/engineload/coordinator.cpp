#include "coordinator.h"

#include "loadstats.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <unistd.h>

namespace baton::load {

namespace {
QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : 1);
}
QString ratio(double engine, double floor)
{
    return floor > 0 ? QString::number(engine / floor, 'f', engine / floor < 10 ? 2 : 0) + QStringLiteral("×")
                     : QStringLiteral("–");
}
QString pad(const QString &s, int width)
{
    return s.leftJustified(width);
}

// The disk's floor: one 4 KiB write + fdatasync, as a commit with synchronous=FULL costs at least.
Percentiles syncLatency()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("sync")));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    const QByteArray page(4096, 'x');
    std::vector<double> samples;
    for (int i = 0; i < 50; ++i) {
        const qint64 start = monotonicNs();
        file.write(page);
        file.flush();
        ::fdatasync(file.handle());
        samples.push_back(double(monotonicNs() - start) / 1e6);
    }
    return percentiles(samples);
}
} // namespace

Coordinator::Coordinator(const Options &options) : m_options(options) {}

LoadCluster::Settings Coordinator::clusterSettings() const
{
    return {m_options.self,           m_options.batond,
            m_options.workers,        m_options.batondDispatcher,
            m_options.echoDispatcher, m_options.workerDispatcher};
}

void Coordinator::printLoadNote(const Window &w, const char *who)
{
    // Two cores for everything: a load process near a full core cannot offer more, and the figure
    // is then a floor of what the server could do.
    if (w.maxWorkerCpu > 0.9)
        out(QStringLiteral(
                "  note: the load generator was the bottleneck for %1 (a load process used %2 % of a core)")
                .arg(QLatin1String(who))
                .arg(int(w.maxWorkerCpu * 100)));
}

int Coordinator::run()
{
    double load[3] = {0, 0, 0};
    if (QFile f(QStringLiteral("/proc/loadavg")); f.open(QIODevice::ReadOnly))
        std::sscanf(f.readAll().constData(), "%lf %lf %lf", &load[0], &load[1], &load[2]);
    const auto dispatcherName = [](const QString &name) {
        if (name == QLatin1String("epoll"))
            return QStringLiteral("epoll (EpollEventDispatcher)");
        return name == QLatin1String("glib") ? QStringLiteral("glib")
                                             : QStringLiteral("Qt's Unix one (ppoll)");
    };
    out(QStringLiteral("bench_engine_load — %1, %2 cores, %3 UTC, load average %4; %5 load processes; event "
                       "dispatcher: batond %6, echo floor %7, load processes %8")
            .arg(QSysInfo::prettyProductName())
            .arg(QThread::idealThreadCount())
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd hh:mm")))
            .arg(load[0], 0, 'f', 2)
            .arg(m_options.workers)
            .arg(dispatcherName(m_options.batondDispatcher), dispatcherName(m_options.echoDispatcher),
                 dispatcherName(m_options.workerDispatcher)));
    out(QStringLiteral("batond: %1 (on-disk SQLite, synchronous=FULL); floor: raw QWebSocket echo server")
            .arg(m_options.batond));
    const Percentiles sync = syncLatency();
    out(QStringLiteral(
            "disk: 4 KiB write + fdatasync p50 %1 ms, p99 %2 ms (one commit at a time: at most %3 commits/s)")
            .arg(ms(sync.p50), ms(sync.p99))
            .arg(sync.p50 > 0 ? int(1000 / sync.p50) : 0));
    if (m_options.soakSeconds > 0)
        return soak();
    if (m_options.only.isEmpty() || m_options.only == QLatin1String("a"))
        scenarioA();
    if (m_options.only.isEmpty() || m_options.only == QLatin1String("b"))
        scenarioB();
    return 0;
}

void Coordinator::scenarioA()
{
    out(QString());
    out(QStringLiteral("(a) customers → 100 agents, %1 message(s) in flight per customer, %2 s; msgs/s = "
                       "durable (acknowledged to the sender)")
            .arg(m_options.window)
            .arg(m_options.seconds));
    out(QStringLiteral("    floor: the same customer sockets (+100 idle agent sockets) echoing; its delivery "
                       "is the round trip"));
    for (int customers : {100, 600}) {
        Window result[2];
        for (int engine = 0; engine < 2; ++engine) {
            LoadCluster c(clusterSettings(), engine == 0);
            if (!c.start(100, customers))
                return;
            result[engine] = c.measure({{QStringLiteral("cmd"), QStringLiteral("closed")},
                                        {QStringLiteral("seconds"), m_options.seconds},
                                        {QStringLiteral("window"), m_options.window}},
                                       int(m_options.seconds * 1000) + 60000);
        }
        const Window &e = result[0], &b = result[1];
        const double er = double(e.acks) / e.seconds, br = double(b.acks) / b.seconds;
        const Percentiles ed = percentiles(e.delivery), bd = percentiles(b.delivery);
        out(QStringLiteral("  %1 customers: msgs/s  echo %2  batond %3  ratio %4   |  delivery p50/p99  echo "
                           "%5/%6 ms  batond %7/%8 ms  ratio %9/%10   (batond CPU %11 %)")
                .arg(customers, 3)
                .arg(pad(rate(er), 6), pad(rate(br), 6), pad(ratio(br, er), 6))
                .arg(ms(ed.p50), ms(ed.p99), ms(bd.p50), ms(bd.p99), ratio(bd.p50, ed.p50),
                     ratio(bd.p99, ed.p99))
                .arg(int(b.serverCpu * 100)));
        printLoadNote(e, "the echo floor");
        printLoadNote(b, "batond");
    }
}

void Coordinator::scenarioB()
{
    constexpr int agents = 1000, customers = 3000;
    out(QString());
    out(QStringLiteral("(b) %1 agents, %2 open conversations: TRANSFER → offer at the target, ≥ %3 transfers "
                       "per row; background customer messages, open loop")
            .arg(agents)
            .arg(customers)
            .arg(m_options.transfers));
    out(QStringLiteral("    floor: echo round trip on the same %1 sockets with the same background echo rate")
            .arg(agents + customers));
    const int probeAgents = m_options.probeAgents;
    if (probeAgents > 0)
        out(QStringLiteral(
                "    transfers between %1 agents of a process that sends no background (the probe); "
                "the load processes hold the other agents and every customer")
                .arg(probeAgents));
    else
        out(QStringLiteral(
            "    transfers between agents of the load processes, between their background sends"));
    if (m_options.loadNice > 0)
        out(QStringLiteral(
                "    load processes at nice %1: the background they send at a fixed rate does not take "
                "the CPU from the server or the probe (2 cores for everything)")
                .arg(m_options.loadNice));
    // The probe transfers back to back for the whole background window, so every offer it times
    // has the background behind it.
    const int perWorker =
        probeAgents > 0 ? 0 : (m_options.transfers + m_options.workers - 1) / m_options.workers;
    const double backgrounds[] = {0.0, 1000.0, 2000.0};
    // Back to back: the floor with all its sockets, then batond with the same sockets and load.
    Window results[2][3];
    std::unique_ptr<LoadCluster> clusters[2];
    constexpr double dropSeconds = 20; // the agents' offline grace (5 s) and what it sets off
    double dropCpu = 0;
    for (int engine = 0; engine < 2; ++engine) {
        clusters[engine] = std::make_unique<LoadCluster>(clusterSettings(), engine == 0);
        if (!clusters[engine]->start(agents, customers, probeAgents, m_options.loadNice))
            return;
        for (int i = 0; i < 3; ++i)
            results[engine][i] =
                clusters[engine]->measure({{QStringLiteral("cmd"), QStringLiteral("open")},
                                           {QStringLiteral("seconds"), m_options.seconds / 2},
                                           {QStringLiteral("rate"), backgrounds[i] / m_options.workers},
                                           {QStringLiteral("transfers"), perWorker}},
                                          600000,
                                          {{QStringLiteral("cmd"), QStringLiteral("open")},
                                           {QStringLiteral("seconds"), m_options.seconds / 2},
                                           {QStringLiteral("rate"), 0},
                                           {QStringLiteral("transfers"), -1}});
        if (engine == 1)
            dropCpu = clusters[engine]->dropEveryone(dropSeconds);
        clusters[engine]->stop();
    }
    const LoadCluster &echo = *clusters[0], &engine = *clusters[1];
    for (int i = 0; i < 3; ++i) {
        const double background = backgrounds[i];
        const Window &e = results[0][i], &b = results[1][i];
        const Percentiles eo = percentiles(e.offers), bo = percentiles(b.offers),
                          bd = percentiles(b.delivery);
        const double achieved = double(b.acks) / b.seconds;
        const bool sustained = background == 0 || (b.skipped == 0 && achieved >= 0.95 * background);
        out(QStringLiteral(
                "  background %1 msgs/s: offer p50/p99 batond %2/%3 ms (n=%4)  echo RTT %5/%6 ms  ratio "
                "%7/%8 | batond background %9 msgs/s%10, delivery p50/p99 %11/%12 ms (CPU %13 %)")
                .arg(background, 4, 'f', 0)
                .arg(ms(bo.p50), ms(bo.p99))
                .arg(bo.count)
                .arg(ms(eo.p50), ms(eo.p99))
                .arg(ratio(bo.p50, eo.p50), ratio(bo.p99, eo.p99))
                .arg(rate(achieved))
                .arg(sustained ? QString() : QStringLiteral(" (NOT sustained: %1 not sent)").arg(b.skipped))
                .arg(ms(bd.p50), ms(bd.p99))
                .arg(int(b.serverCpu * 100)));
        if (b.transferErrors > 0)
            out(QStringLiteral("  note: %1 transfers or cancels were refused").arg(b.transferErrors));
        if (bo.count < m_options.transfers || eo.count < m_options.transfers)
            out(QStringLiteral(
                    "  note: fewer than %1 transfers timed in this row; lengthen it with --seconds")
                    .arg(m_options.transfers));
        printLoadNote(e, "the echo floor");
        printLoadNote(b, "batond");
    }
    out(QString());
    const double echoPerSocket = double(echo.rssCustomers() - echo.rssStart()) / (agents + customers);
    const double perAgent = double(engine.rssAgents() - engine.rssStart()) / agents;
    const double perConversation = double(engine.rssCustomers() - engine.rssAgents()) / customers;
    out(QStringLiteral("(c) RSS: batond %1 MiB at start, %2 MiB with %3 agents, %4 MiB with %5 conversations")
            .arg(engine.rssStart() / 1024.0, 0, 'f', 1)
            .arg(engine.rssAgents() / 1024.0, 0, 'f', 1)
            .arg(agents)
            .arg(engine.rssCustomers() / 1024.0, 0, 'f', 1)
            .arg(customers));
    out(QStringLiteral("    per agent %1 KiB (ratio %2), per conversation %3 KiB (ratio %4); floor: echo "
                       "server %5 KiB per socket")
            .arg(perAgent, 0, 'f', 1)
            .arg(ratio(perAgent, echoPerSocket))
            .arg(perConversation, 0, 'f', 1)
            .arg(ratio(perConversation, echoPerSocket))
            .arg(echoPerSocket, 0, 'f', 1));
    out(QStringLiteral(
            "(d) mass disconnect: all %1 load sockets closed at once; batond CPU in the next %2 s: "
            "%3 s (a stall would show as ≈ %2 s)")
            .arg(agents + customers)
            .arg(dropSeconds, 0, 'f', 0)
            .arg(dropCpu, 0, 'f', 1));
}

int Coordinator::soak()
{
    constexpr int agents = 1000, customers = 5000, interval = 30;
    out(QStringLiteral("soak: %1 agents, %2 customers, %3 msgs/s background, transfers back to back, %4 s; a "
                       "line every %5 s")
            .arg(agents)
            .arg(customers)
            .arg(m_options.soakRate)
            .arg(m_options.soakSeconds)
            .arg(interval));
    LoadCluster c(clusterSettings(), false);
    if (!c.start(agents, customers))
        return 1;
    const qint64 pid = c.serverPid();
    out(QStringLiteral("  RSS after setup %1 MiB").arg(rssKiB(pid) / 1024.0, 0, 'f', 1));
    // The load processes' window outlasts the last interval line this loop waits for; "stop" ends it.
    // Ending both at the same second left the last line to chance (the window's end stops the lines).
    c.send({{QStringLiteral("cmd"), QStringLiteral("open")},
            {QStringLiteral("seconds"), m_options.soakSeconds + 2 * interval},
            {QStringLiteral("rate"), m_options.soakRate / m_options.workers},
            {QStringLiteral("transfers"), -1},
            {QStringLiteral("interval"), interval}});
    QElapsedTimer clock;
    clock.start();
    int failures = 0;
    const int lines = std::max(1, int(m_options.soakSeconds / interval));
    for (int line = 0; line < lines; ++line) {
        const QList<QJsonObject> found = c.collect(QStringLiteral("interval"), interval * 1000 + 30000);
        if (found.isEmpty()) {
            failures = 1;
            break;
        }
        const Window w = LoadCluster::merge(found);
        const Percentiles o = percentiles(w.offers), d = percentiles(w.delivery);
        out(QStringLiteral("  t=%1 s  RSS %2 MiB  background %3 msgs/s%4  delivery p50/p99 %5/%6 ms  offer "
                           "p50/p99 %7/%8 ms (n=%9)")
                .arg(clock.elapsed() / 1000, 4)
                .arg(rssKiB(pid) / 1024.0, 0, 'f', 1)
                .arg(rate(double(w.acks) / w.seconds))
                .arg(w.skipped > 0 ? QStringLiteral(" (%1 not sent)").arg(w.skipped) : QString())
                .arg(ms(d.p50), ms(d.p99), ms(o.p50), ms(o.p99))
                .arg(o.count));
    }
    c.send({{QStringLiteral("cmd"), QStringLiteral("stop")}});
    (void)c.collect(QStringLiteral("result"), 30000);
    c.stop();
    return failures;
}

} // namespace baton::load
