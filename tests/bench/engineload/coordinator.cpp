#include "coordinator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSysInfo>
#include <QThread>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <unistd.h>

namespace baton::load {

namespace {
// Wakes on every event (QTest::qWaitFor would sleep 10 ms between polls). The overload of
// processEvents() with a maximum time drops WaitForMoreEvents and spins; a repeating timer bounds
// the wait instead, so the coordinator sleeps while the workers and batond run.
template <typename Predicate> bool waitUntil(Predicate done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QTimer tick;
    tick.start(20);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// A killed or crashed benchmark leaves no server or load process behind to skew the next run.
void endsWithCoordinator(QProcess &process, int niceness = 0)
{
    process.setChildProcessModifier([niceness] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (niceness > 0)
            (void)::nice(niceness);
    });
}

void out(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

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

void Coordinator::readLines(Process &p)
{
    p.buffer.append(p.process->readAllStandardOutput());
    qsizetype end = 0;
    while ((end = p.buffer.indexOf('\n')) >= 0) {
        const QByteArray line = p.buffer.left(end);
        p.buffer.remove(0, end + 1);
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            p.lines.append(doc.object());
        else
            p.lines.append(QJsonObject{{QStringLiteral("text"), QString::fromUtf8(line)}});
    }
}

QByteArray Coordinator::teamJson(int agents) const
{
    // A demo-style team of `agents` colleagues in one department: all may take 10 conversations,
    // all may transfer to each other. Limits are lifted: the clients are load generators, not people.
    QJsonArray list;
    for (int i = 0; i < agents; ++i)
        list.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("a%1").arg(i)},
                                {QStringLiteral("name"), QStringLiteral("坐席%1").arg(i)},
                                {QStringLiteral("department"), QStringLiteral("sales")},
                                {QStringLiteral("level"), 2},
                                {QStringLiteral("maxSessions"), 10},
                                {QStringLiteral("password"), QStringLiteral("pw")},
                                {QStringLiteral("skills"),
                                 QJsonObject{{QStringLiteral("pre_sales"), QStringLiteral("primary")}}}});
    const QJsonObject engine{
        {QStringLiteral("passwordIterations"), 1000},
        {QStringLiteral("transferTimeoutMs"), 60000},
        {QStringLiteral("limits"),
         QJsonObject{{QStringLiteral("requestsPerSecond"), 100000}, {QStringLiteral("burst"), 1000000}}}};
    return QJsonDocument(
               QJsonObject{{QStringLiteral("engine"), engine},
                           {QStringLiteral("departments"),
                            QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("sales")},
                                                   {QStringLiteral("name"), QStringLiteral("销售部")}}}},
                           {QStringLiteral("agents"), list}})
        .toJson();
}

bool Coordinator::startServer(Cluster &c, QUrl *agentUrl, QUrl *visitorUrl)
{
    c.server = std::make_unique<Process>();
    c.server->process = std::make_unique<QProcess>();
    endsWithCoordinator(*c.server->process);
    QProcess &p = *c.server->process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // BATON_EVENT_DISPATCHER=qt: Qt's own, where an empty QT_NO_GLIB keeps glib (see batond's main).
    const QString dispatcher = c.echo ? m_options.echoDispatcher : m_options.batondDispatcher;
    env.insert(QStringLiteral("BATON_EVENT_DISPATCHER"),
               dispatcher == QLatin1String("epoll") ? QStringLiteral("epoll") : QStringLiteral("qt"));
    env.insert(QStringLiteral("QT_NO_GLIB"),
               dispatcher == QLatin1String("glib") ? QString() : QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.setStandardErrorFile(
        c.dir->filePath(c.echo ? QStringLiteral("echo.log") : QStringLiteral("batond.log")));
    QObject::connect(&p, &QProcess::readyReadStandardOutput, &p,
                     [this, s = c.server.get()] { readLines(*s); });
    if (c.echo) {
        p.start(m_options.self, {QStringLiteral("--echo-server")});
    } else {
        const QString config = c.dir->filePath(QStringLiteral("team.json"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly) || file.write(teamJson(c.agents)) < 0)
            return false;
        file.close();
        // On disk in the temporary folder, synchronous=FULL as batond ships.
        p.start(m_options.batond,
                {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                 c.dir->filePath(QStringLiteral("bench.db")), QStringLiteral("--config"), config});
    }
    const QRegularExpression listening(
        QStringLiteral("listening on (ws://\\S+/agent) \\(customers: (ws://\\S+/visitor)"));
    const bool up = waitUntil(
        [&] {
            for (const QJsonObject &line : c.server->lines) {
                if (line.contains(QStringLiteral("port"))) {
                    *agentUrl = *visitorUrl = QUrl(
                        QStringLiteral("ws://127.0.0.1:%1/").arg(line.value(QStringLiteral("port")).toInt()));
                    return true;
                }
                if (const auto m = listening.match(line.value(QStringLiteral("text")).toString());
                    m.hasMatch()) {
                    *agentUrl = QUrl(m.captured(1));
                    *visitorUrl = QUrl(m.captured(2));
                    return true;
                }
            }
            return p.state() == QProcess::NotRunning;
        },
        60000);
    if (!up || p.state() != QProcess::Running) {
        out(QStringLiteral("server did not start; see %1").arg(c.dir->path()));
        c.dir->setAutoRemove(false);
        return false;
    }
    return true;
}

bool Coordinator::start(Cluster &c, bool echo, int agents, int customers, int probeAgents, int loadNice)
{
    c.echo = echo;
    c.loadNice = loadNice;
    c.agents = agents;
    c.customers = customers;
    c.dir = std::make_unique<QTemporaryDir>();
    QUrl agentUrl, visitorUrl;
    if (!startServer(c, &agentUrl, &visitorUrl))
        return false;
    const qint64 pid = c.server->process->processId();
    QThread::msleep(300); // settle after start-up
    c.rssStart = rssKiB(pid);
    const auto spec = [&](const QJsonArray &ids, int customerShare, int index) {
        return QJsonObject{{QStringLiteral("echo"), echo},
                           {QStringLiteral("agentUrl"), agentUrl.toString()},
                           {QStringLiteral("visitorUrl"), visitorUrl.toString()},
                           {QStringLiteral("agents"), ids},
                           {QStringLiteral("password"), QStringLiteral("pw")},
                           {QStringLiteral("customers"), customerShare},
                           {QStringLiteral("customerPrefix"), QStringLiteral("客户%1-").arg(index)}};
    };
    const int k = m_options.workers;
    // Every load process keeps an agent (one without any never reports ready) and a probe needs two
    // to transfer between.
    probeAgents = probeAgents <= 0 ? 0 : std::clamp(probeAgents, 2, std::max(2, agents - k));
    for (int w = 0; w < k; ++w) {
        QJsonArray ids;
        for (int i = probeAgents + w; i < agents; i += k)
            ids.append(QStringLiteral("a%1").arg(i));
        const int share = customers / k + (w < customers % k ? 1 : 0);
        if (!startWorker(c, spec(ids, share, w), false))
            return false;
    }
    if (probeAgents > 0) {
        QJsonArray ids;
        for (int i = 0; i < probeAgents; ++i)
            ids.append(QStringLiteral("a%1").arg(i));
        if (!startWorker(c, spec(ids, 0, k), true))
            return false;
    }
    send(c, {{QStringLiteral("cmd"), QStringLiteral("agents")}});
    QList<QJsonObject> ready = collect(c, QStringLiteral("ready"), 180000);
    if (ready.isEmpty())
        return false;
    QThread::msleep(300);
    c.rssAgents = rssKiB(pid);
    send(c, {{QStringLiteral("cmd"), QStringLiteral("customers")}});
    ready = collect(c, QStringLiteral("ready"), 300000);
    if (ready.isEmpty())
        return false;
    int failures = 0;
    for (const QJsonObject &r : ready)
        failures += r.value(QStringLiteral("failures")).toInt();
    if (failures > 0)
        out(QStringLiteral("  warning: %1 connections failed during setup").arg(failures));
    QThread::msleep(300);
    c.rssCustomers = rssKiB(pid);
    return true;
}

bool Coordinator::startWorker(Cluster &c, const QJsonObject &spec, bool probe)
{
    auto worker = std::make_unique<Process>();
    worker->probe = probe;
    worker->process = std::make_unique<QProcess>();
    endsWithCoordinator(*worker->process, probe ? 0 : c.loadNice);
    QProcess &p = *worker->process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The load side polls thousands of sockets too: never glib unless asked for.
    env.insert(QStringLiteral("BATON_EVENT_DISPATCHER"), m_options.workerDispatcher == QLatin1String("epoll")
                                                             ? QStringLiteral("epoll")
                                                             : QStringLiteral("qt"));
    env.insert(QStringLiteral("QT_NO_GLIB"),
               m_options.workerDispatcher == QLatin1String("glib") ? QString() : QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QObject::connect(&p, &QProcess::readyReadStandardOutput, &p, [this, s = worker.get()] { readLines(*s); });
    p.start(m_options.self, {QStringLiteral("--worker"),
                             QString::fromUtf8(QJsonDocument(spec).toJson(QJsonDocument::Compact))});
    if (!p.waitForStarted(10000)) {
        out(QStringLiteral("load process did not start: %1").arg(p.errorString()));
        return false;
    }
    c.workers.push_back(std::move(worker));
    return true;
}

double Coordinator::dropEveryone(Cluster &c, double seconds)
{
    const qint64 pid = c.server->process->processId();
    send(c, {{QStringLiteral("cmd"), QStringLiteral("quit")}});
    for (auto &w : c.workers) {
        if (!w->process->waitForFinished(10000))
            w->process->kill();
    }
    c.workers.clear();
    const double before = cpuSeconds(pid);
    QElapsedTimer clock;
    clock.start();
    (void)waitUntil([&] { return clock.elapsed() >= qint64(seconds * 1000); }, int(seconds * 1000) + 1000);
    return cpuSeconds(pid) - before;
}

void Coordinator::stop(Cluster &c)
{
    send(c, {{QStringLiteral("cmd"), QStringLiteral("quit")}});
    for (auto &w : c.workers) {
        if (!w->process->waitForFinished(10000))
            w->process->kill();
    }
    if (c.server) {
        c.server->process->terminate();
        if (!c.server->process->waitForFinished(10000))
            c.server->process->kill();
    }
    c.workers.clear();
    c.server.reset();
}

void Coordinator::send(Cluster &c, const QJsonObject &command, const QJsonObject &probeCommand)
{
    const QByteArray line = QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n';
    const QByteArray probeLine =
        probeCommand.isEmpty() ? line : QJsonDocument(probeCommand).toJson(QJsonDocument::Compact) + '\n';
    for (auto &w : c.workers)
        w->process->write(w->probe ? probeLine : line);
}

QList<QJsonObject> Coordinator::collect(Cluster &c, const QString &event, int timeoutMs)
{
    QList<QJsonObject> found;
    const auto take = [&] {
        for (auto &w : c.workers) {
            for (qsizetype i = 0; i < w->lines.size(); ++i) {
                if (w->lines.at(i).value(QStringLiteral("event")).toString() == event) {
                    found.append(w->lines.takeAt(i));
                    break;
                }
            }
        }
    };
    const bool all = waitUntil(
        [&] {
            take();
            return found.size() >= qsizetype(c.workers.size());
        },
        timeoutMs);
    if (!all) {
        out(QStringLiteral("  timed out waiting for %1 from the load processes (%2 of %3)")
                .arg(event)
                .arg(found.size())
                .arg(c.workers.size()));
        return {};
    }
    return found;
}

Coordinator::Window Coordinator::merge(const QList<QJsonObject> &lines)
{
    Window w;
    for (const QJsonObject &l : lines) {
        w.seconds = std::max(w.seconds, l.value(QStringLiteral("seconds")).toDouble());
        w.acks += qint64(l.value(QStringLiteral("acks")).toDouble());
        w.sent += qint64(l.value(QStringLiteral("sent")).toDouble());
        w.skipped += qint64(l.value(QStringLiteral("skipped")).toDouble());
        w.transferErrors += l.value(QStringLiteral("transferErrors")).toInt();
        for (const QJsonValue &v : l.value(QStringLiteral("delivery")).toArray())
            w.delivery.push_back(v.toDouble());
        for (const QJsonValue &v : l.value(QStringLiteral("offers")).toArray())
            w.offers.push_back(v.toDouble());
    }
    return w;
}

Coordinator::Window Coordinator::measure(Cluster &c, const QJsonObject &command, int timeoutMs,
                                         const QJsonObject &probeCommand)
{
    const qint64 serverPid = c.server->process->processId();
    std::vector<double> before;
    for (auto &w : c.workers)
        before.push_back(cpuSeconds(w->process->processId()));
    const double serverBefore = cpuSeconds(serverPid);
    QElapsedTimer wall;
    wall.start();
    send(c, command, probeCommand);
    Window w = merge(collect(c, QStringLiteral("result"), timeoutMs));
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    w.serverCpu = (cpuSeconds(serverPid) - serverBefore) / seconds;
    for (size_t i = 0; i < c.workers.size(); ++i)
        w.maxWorkerCpu =
            std::max(w.maxWorkerCpu, (cpuSeconds(c.workers[i]->process->processId()) - before[i]) / seconds);
    return w;
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
            Cluster c;
            if (!start(c, engine == 0, 100, customers)) {
                stop(c);
                return;
            }
            result[engine] = measure(c,
                                     {{QStringLiteral("cmd"), QStringLiteral("closed")},
                                      {QStringLiteral("seconds"), m_options.seconds},
                                      {QStringLiteral("window"), m_options.window}},
                                     int(m_options.seconds * 1000) + 60000);
            stop(c);
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
    Cluster clusters[2];
    constexpr double dropSeconds = 20; // the agents' offline grace (5 s) and what it sets off
    double dropCpu = 0;
    for (int engine = 0; engine < 2; ++engine) {
        if (!start(clusters[engine], engine == 0, agents, customers, probeAgents, m_options.loadNice)) {
            stop(clusters[engine]);
            return;
        }
        for (int i = 0; i < 3; ++i)
            results[engine][i] = measure(clusters[engine],
                                         {{QStringLiteral("cmd"), QStringLiteral("open")},
                                          {QStringLiteral("seconds"), m_options.seconds / 2},
                                          {QStringLiteral("rate"), backgrounds[i] / m_options.workers},
                                          {QStringLiteral("transfers"), perWorker}},
                                         600000,
                                         {{QStringLiteral("cmd"), QStringLiteral("open")},
                                          {QStringLiteral("seconds"), m_options.seconds / 2},
                                          {QStringLiteral("rate"), 0},
                                          {QStringLiteral("transfers"), -1}});
        if (engine == 1)
            dropCpu = dropEveryone(clusters[engine], dropSeconds);
        stop(clusters[engine]);
    }
    const Cluster &echo = clusters[0], &engine = clusters[1];
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
    const double echoPerSocket = double(echo.rssCustomers - echo.rssStart) / (agents + customers);
    const double perAgent = double(engine.rssAgents - engine.rssStart) / agents;
    const double perConversation = double(engine.rssCustomers - engine.rssAgents) / customers;
    out(QStringLiteral("(c) RSS: batond %1 MiB at start, %2 MiB with %3 agents, %4 MiB with %5 conversations")
            .arg(engine.rssStart / 1024.0, 0, 'f', 1)
            .arg(engine.rssAgents / 1024.0, 0, 'f', 1)
            .arg(agents)
            .arg(engine.rssCustomers / 1024.0, 0, 'f', 1)
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
    Cluster c;
    if (!start(c, false, agents, customers)) {
        stop(c);
        return 1;
    }
    const qint64 pid = c.server->process->processId();
    out(QStringLiteral("  RSS after setup %1 MiB").arg(rssKiB(pid) / 1024.0, 0, 'f', 1));
    // The load processes' window outlasts the last interval line this loop waits for; "stop" ends it.
    // Ending both at the same second left the last line to chance (the window's end stops the lines).
    send(c, {{QStringLiteral("cmd"), QStringLiteral("open")},
             {QStringLiteral("seconds"), m_options.soakSeconds + 2 * interval},
             {QStringLiteral("rate"), m_options.soakRate / m_options.workers},
             {QStringLiteral("transfers"), -1},
             {QStringLiteral("interval"), interval}});
    QElapsedTimer clock;
    clock.start();
    int failures = 0;
    const int lines = std::max(1, int(m_options.soakSeconds / interval));
    for (int line = 0; line < lines; ++line) {
        const QList<QJsonObject> found = collect(c, QStringLiteral("interval"), interval * 1000 + 30000);
        if (found.isEmpty()) {
            failures = 1;
            break;
        }
        const Window w = merge(found);
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
    send(c, {{QStringLiteral("cmd"), QStringLiteral("stop")}});
    (void)collect(c, QStringLiteral("result"), 30000);
    stop(c);
    return failures;
}

} // namespace baton::load
