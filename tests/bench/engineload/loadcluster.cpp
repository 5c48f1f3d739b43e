#include "loadcluster.h"

#include "loadstats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>
#include <csignal>
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
} // namespace

LoadCluster::LoadCluster(const Settings &settings, bool echo) : m_settings(settings), m_echo(echo) {}

LoadCluster::~LoadCluster()
{
    stop();
}

void LoadCluster::readLines(Process &p)
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

QByteArray LoadCluster::teamJson(int agents) const
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

bool LoadCluster::startServer(QUrl *agentUrl, QUrl *visitorUrl)
{
    m_server = std::make_unique<Process>();
    m_server->process = std::make_unique<QProcess>();
    endsWithCoordinator(*m_server->process);
    QProcess &p = *m_server->process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // BATON_EVENT_DISPATCHER=qt: Qt's own, where an empty QT_NO_GLIB keeps glib (see batond's main).
    const QString dispatcher = m_echo ? m_settings.echoDispatcher : m_settings.batondDispatcher;
    env.insert(QStringLiteral("BATON_EVENT_DISPATCHER"),
               dispatcher == QLatin1String("epoll") ? QStringLiteral("epoll") : QStringLiteral("qt"));
    env.insert(QStringLiteral("QT_NO_GLIB"),
               dispatcher == QLatin1String("glib") ? QString() : QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.setStandardErrorFile(
        m_dir->filePath(m_echo ? QStringLiteral("echo.log") : QStringLiteral("batond.log")));
    QObject::connect(&p, &QProcess::readyReadStandardOutput, &p,
                     [this, s = m_server.get()] { readLines(*s); });
    if (m_echo) {
        p.start(m_settings.self, {QStringLiteral("--echo-server")});
    } else {
        const QString config = m_dir->filePath(QStringLiteral("team.json"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly) || file.write(teamJson(m_agents)) < 0)
            return false;
        file.close();
        // On disk in the temporary folder, synchronous=FULL as batond ships.
        p.start(m_settings.batond,
                {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                 m_dir->filePath(QStringLiteral("bench.db")), QStringLiteral("--config"), config});
    }
    const QRegularExpression listening(
        QStringLiteral("listening on (ws://\\S+/agent) \\(customers: (ws://\\S+/visitor)"));
    const bool up = waitUntil(
        [&] {
            for (const QJsonObject &line : m_server->lines) {
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
        out(QStringLiteral("server did not start; see %1").arg(m_dir->path()));
        m_dir->setAutoRemove(false);
        return false;
    }
    return true;
}

bool LoadCluster::start(int agents, int customers, int probeAgents, int loadNice)
{
    m_loadNice = loadNice;
    m_agents = agents;
    m_customers = customers;
    m_dir = std::make_unique<QTemporaryDir>();
    QUrl agentUrl, visitorUrl;
    if (!startServer(&agentUrl, &visitorUrl))
        return false;
    const qint64 pid = m_server->process->processId();
    QThread::msleep(300); // settle after start-up
    m_rssStart = rssKiB(pid);
    const auto spec = [&](const QJsonArray &ids, int customerShare, int index) {
        return QJsonObject{{QStringLiteral("echo"), m_echo},
                           {QStringLiteral("agentUrl"), agentUrl.toString()},
                           {QStringLiteral("visitorUrl"), visitorUrl.toString()},
                           {QStringLiteral("agents"), ids},
                           {QStringLiteral("password"), QStringLiteral("pw")},
                           {QStringLiteral("customers"), customerShare},
                           {QStringLiteral("customerPrefix"), QStringLiteral("客户%1-").arg(index)}};
    };
    const int k = m_settings.workers;
    // Every load process keeps an agent (one without any never reports ready) and a probe needs two
    // to transfer between.
    probeAgents = probeAgents <= 0 ? 0 : std::clamp(probeAgents, 2, std::max(2, agents - k));
    for (int w = 0; w < k; ++w) {
        QJsonArray ids;
        for (int i = probeAgents + w; i < agents; i += k)
            ids.append(QStringLiteral("a%1").arg(i));
        const int share = customers / k + (w < customers % k ? 1 : 0);
        if (!startWorker(spec(ids, share, w), false))
            return false;
    }
    if (probeAgents > 0) {
        QJsonArray ids;
        for (int i = 0; i < probeAgents; ++i)
            ids.append(QStringLiteral("a%1").arg(i));
        if (!startWorker(spec(ids, 0, k), true))
            return false;
    }
    send({{QStringLiteral("cmd"), QStringLiteral("agents")}});
    QList<QJsonObject> ready = collect(QStringLiteral("ready"), 180000);
    if (ready.isEmpty())
        return false;
    QThread::msleep(300);
    m_rssAgents = rssKiB(pid);
    send({{QStringLiteral("cmd"), QStringLiteral("customers")}});
    ready = collect(QStringLiteral("ready"), 300000);
    if (ready.isEmpty())
        return false;
    int failures = 0;
    for (const QJsonObject &r : ready)
        failures += r.value(QStringLiteral("failures")).toInt();
    if (failures > 0)
        out(QStringLiteral("  warning: %1 connections failed during setup").arg(failures));
    QThread::msleep(300);
    m_rssCustomers = rssKiB(pid);
    return true;
}

bool LoadCluster::startWorker(const QJsonObject &spec, bool probe)
{
    auto worker = std::make_unique<Process>();
    worker->probe = probe;
    worker->process = std::make_unique<QProcess>();
    endsWithCoordinator(*worker->process, probe ? 0 : m_loadNice);
    QProcess &p = *worker->process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The load side polls thousands of sockets too: never glib unless asked for.
    env.insert(QStringLiteral("BATON_EVENT_DISPATCHER"), m_settings.workerDispatcher == QLatin1String("epoll")
                                                             ? QStringLiteral("epoll")
                                                             : QStringLiteral("qt"));
    env.insert(QStringLiteral("QT_NO_GLIB"),
               m_settings.workerDispatcher == QLatin1String("glib") ? QString() : QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QObject::connect(&p, &QProcess::readyReadStandardOutput, &p, [this, s = worker.get()] { readLines(*s); });
    p.start(m_settings.self, {QStringLiteral("--worker"),
                              QString::fromUtf8(QJsonDocument(spec).toJson(QJsonDocument::Compact))});
    if (!p.waitForStarted(10000)) {
        out(QStringLiteral("load process did not start: %1").arg(p.errorString()));
        return false;
    }
    m_workers.push_back(std::move(worker));
    return true;
}

double LoadCluster::dropEveryone(double seconds)
{
    const qint64 pid = m_server->process->processId();
    send({{QStringLiteral("cmd"), QStringLiteral("quit")}});
    for (auto &w : m_workers) {
        if (!w->process->waitForFinished(10000))
            w->process->kill();
    }
    m_workers.clear();
    const double before = cpuSeconds(pid);
    QElapsedTimer clock;
    clock.start();
    (void)waitUntil([&] { return clock.elapsed() >= qint64(seconds * 1000); }, int(seconds * 1000) + 1000);
    return cpuSeconds(pid) - before;
}

void LoadCluster::stop()
{
    send({{QStringLiteral("cmd"), QStringLiteral("quit")}});
    for (auto &w : m_workers) {
        if (!w->process->waitForFinished(10000))
            w->process->kill();
    }
    if (m_server) {
        m_server->process->terminate();
        if (!m_server->process->waitForFinished(10000))
            m_server->process->kill();
    }
    m_workers.clear();
    m_server.reset();
}

void LoadCluster::send(const QJsonObject &command, const QJsonObject &probeCommand)
{
    const QByteArray line = QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n';
    const QByteArray probeLine =
        probeCommand.isEmpty() ? line : QJsonDocument(probeCommand).toJson(QJsonDocument::Compact) + '\n';
    for (auto &w : m_workers)
        w->process->write(w->probe ? probeLine : line);
}

QList<QJsonObject> LoadCluster::collect(const QString &event, int timeoutMs)
{
    QList<QJsonObject> found;
    const auto take = [&] {
        for (auto &w : m_workers) {
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
            return found.size() >= qsizetype(m_workers.size());
        },
        timeoutMs);
    if (!all) {
        out(QStringLiteral("  timed out waiting for %1 from the load processes (%2 of %3)")
                .arg(event)
                .arg(found.size())
                .arg(m_workers.size()));
        return {};
    }
    return found;
}

LoadCluster::Window LoadCluster::merge(const QList<QJsonObject> &lines)
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

LoadCluster::Window LoadCluster::measure(const QJsonObject &command, int timeoutMs,
                                         const QJsonObject &probeCommand)
{
    const qint64 serverPid = m_server->process->processId();
    std::vector<double> before;
    for (auto &w : m_workers)
        before.push_back(cpuSeconds(w->process->processId()));
    const double serverBefore = cpuSeconds(serverPid);
    QElapsedTimer wall;
    wall.start();
    send(command, probeCommand);
    Window w = merge(collect(QStringLiteral("result"), timeoutMs));
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    w.serverCpu = (cpuSeconds(serverPid) - serverBefore) / seconds;
    for (size_t i = 0; i < m_workers.size(); ++i)
        w.maxWorkerCpu =
            std::max(w.maxWorkerCpu, (cpuSeconds(m_workers[i]->process->processId()) - before[i]) / seconds);
    return w;
}

} // namespace baton::load
