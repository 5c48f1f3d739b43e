// Workstation figures (issue 3): cold start to an interactive window over a cache of 5,000
// conversations and 500,000 messages, opening a 10,000-message conversation, resident memory.
// Prints figures; it is not a test. The parent seeds the cache once, then starts itself as a fresh
// child process per run, so every start pays for loading Qt, opening SQLite and building the window.

#include "client/conversationlistmodel.h"
#include "client/localcache.h"
#include "client/workstationsettings.h"
#include "ui/mainwindow.h"
#include "workstation/workstationsession.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace baton;

namespace {
constexpr int conversations = 5000;
constexpr int messagesPerConversation = 100; // 500,000 in all
constexpr int bigConversation = 10000;       // one more conversation with this many messages
const QString engineName = QStringLiteral("bench-engine");

double rssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

bool seed(const QString &folder)
{
    LocalCache cache(LocalCache::pathFor(folder, engineName, QStringLiteral("alice")));
    QString error;
    if (!cache.open(&error)) {
        QTextStream(stderr) << error << Qt::endl;
        return false;
    }
    const QString line = QStringLiteral("您好，我的订单 %1 还没有发货，请帮我查一下物流，谢谢！");
    cache.begin();
    for (int id = 1; id <= conversations + 1; ++id) {
        const bool big = id == conversations + 1;
        const int count = big ? bigConversation : messagesPerConversation;
        const qint64 start = 1'700'000'000'000LL + qint64(id) * 60'000;
        cache.upsertConversation(ConversationView::fromJson({{QStringLiteral("id"), id},
                                  {QStringLiteral("owner"), QStringLiteral("alice")},
                                  {QStringLiteral("state"), id % 5 ? QStringLiteral("closed") : QStringLiteral("active")},
                                  {QStringLiteral("priority"), id % 17 == 0 ? 2 : 0},
                                  {QStringLiteral("createdMs"), start},
                                  {QStringLiteral("lastSeq"), count},
                                  {QStringLiteral("customer"), QJsonObject{{QStringLiteral("name"), QStringLiteral("客户%1").arg(id)},
                                                                           {QStringLiteral("vipLevel"), id % 7 == 0 ? 2 : 0}}}}),
                                 QStringLiteral("alice"));
        if (id % 3 == 0) { // transferred away since: kept as read-only history
            cache.upsertConversation(ConversationView::fromJson({{QStringLiteral("id"), id}, {QStringLiteral("owner"), QStringLiteral("bob")},
                                      {QStringLiteral("state"), QStringLiteral("active")}, {QStringLiteral("createdMs"), start},
                                      {QStringLiteral("customer"), QJsonObject{{QStringLiteral("name"), QStringLiteral("客户%1").arg(id)}}}}),
                                     QStringLiteral("alice"));
        }
        for (int seq = 1; seq <= count; ++seq) {
            const bool customer = seq % 2;
            cache.addMessage({id, seq, customer ? SenderKind::Customer : SenderKind::Agent,
                              customer ? QStringLiteral("c") : QStringLiteral("alice"), line.arg(seq), start + seq * 1000},
                             false);
        }
    }
    return cache.commit();
}

int child(const QString &folder)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    WorkstationSettings settings(QDir(folder).filePath(QStringLiteral("settings.ini")));
    settings.setSoundEnabled(false);
    // No engine answers (a closed port): the window must come up from the cache alone.
    WorkstationSession session({QUrl(QStringLiteral("ws://127.0.0.1:9/agent")), QStringLiteral("alice"), QStringLiteral("x")},
                               engineName, folder, settings);
    QString error;
    if (!session.open(&error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    session.window().show();
    QApplication::processEvents();
    (void)session.window().grab(); // painted once: what the agent sees
    const qint64 interactiveMs = sinceMain.elapsed();

    QElapsedTimer open;
    open.start();
    session.window().selectConversation(conversations + 1);
    QApplication::processEvents();
    (void)session.window().grab();
    const double openMs = double(open.nsecsElapsed()) / 1e6;
    QTextStream(stdout) << "rows=" << session.conversations().rowCount() << " inprocess_ms=" << interactiveMs
                        << " open_ms=" << openMs << " rss_mib=" << rssMiB() << Qt::endl;
    return 0;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double field(const QString &line, const QString &name)
{
    for (const QString &part : line.split(QLatin1Char(' '))) {
        if (part.startsWith(name + QLatin1Char('=')))
            return part.mid(name.size() + 1).toDouble();
    }
    return -1;
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--child") == 0) {
        QApplication app(argc, argv);
        return child(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    QElapsedTimer seeding;
    seeding.start();
    if (!seed(dir.path()))
        return 1;
    out << "seeded " << conversations + 1 << " conversations, " << conversations * messagesPerConversation + bigConversation
        << " messages in " << seeding.elapsed() << " ms" << Qt::endl;

    constexpr int runs = 5;
    std::vector<double> cold, inProcess, open, rss;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")) && !env.contains(QStringLiteral("DISPLAY")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false"));
        process.setProcessEnvironment(env);
        QElapsedTimer wall;
        wall.start();
        process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), dir.path()});
        if (!process.waitForReadyRead(60'000)) {
            out << "child failed: " << process.readAllStandardError() << Qt::endl;
            return 1;
        }
        const double coldMs = double(wall.nsecsElapsed()) / 1e6;
        process.waitForFinished(60'000);
        const QString line = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        out << "run " << i + 1 << ": cold_start_ms=" << coldMs << ' ' << line << Qt::endl;
        cold.push_back(coldMs);
        inProcess.push_back(field(line, QStringLiteral("inprocess_ms")));
        open.push_back(field(line, QStringLiteral("open_ms")));
        rss.push_back(field(line, QStringLiteral("rss_mib")));
    }
    out << "median of " << runs << ": cold start to painted window " << median(cold) << " ms (target <= 1000), "
        << "of which after main() " << median(inProcess) << " ms; open 10,000-message conversation " << median(open)
        << " ms (target <= 50); resident memory " << median(rss) << " MiB (target <= 250)" << Qt::endl;
    return 0;
}
