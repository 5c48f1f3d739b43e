#include "core/epolleventdispatcher.h"
#include "core/passwordhasher.h"
#include "host/enginehost.h"
#include "unixsignalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

using namespace baton;

int main(int argc, char *argv[])
{
    // Issue 12: with thousands of sockets, ppoll() over every socket on every loop turn was half of
    // batond's CPU; epoll keeps the set in the kernel (docs/benchmarks.md). BATON_EVENT_DISPATCHER=qt
    // selects Qt's own dispatcher instead: the Unix one, or glib if QT_NO_GLIB is set but empty.
    // Threads other than the main one use Qt's: they hold few sockets.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    if (qgetenv("BATON_EVENT_DISPATCHER") != "qt")
        QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("batond"));
    QCoreApplication::setOrganizationName(QStringLiteral("baton"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BATON_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Baton routing engine: agents, queues and transfers over WebSockets."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address and port to listen on (default 127.0.0.1:8700; port 0 picks a free one)."), QStringLiteral("HOST:PORT"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("SQLite database file (created if missing)."), QStringLiteral("PATH"));
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("Team configuration file (JSON, see docs/configuration.md)."), QStringLiteral("PATH"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Run the demo team: simulated colleagues and customers. Log in as demo/demo."));
    const QCommandLineOption hash(QStringLiteral("hash-password"), QStringLiteral("Print a passwordHash for the configuration file and exit."), QStringLiteral("PASSWORD"));
    const QCommandLineOption robot(QStringLiteral("robot"), QStringLiteral("Robot FAQ and escalation words (JSON; default: the built-in copy of resources/robot/robot.json)."), QStringLiteral("PATH"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (chain) for wss:// and https:// (with --tls-key)."), QStringLiteral("PATH"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), QStringLiteral("PEM private key of --tls-cert (unencrypted)."), QStringLiteral("PATH"));
    parser.addOptions({listen, db, config, demo, hash, robot, tlsCert, tlsKey});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.isSet(hash)) {
        out << PasswordHasher::hash(parser.value(hash)) << Qt::endl;
        return 0;
    }

    EngineHost::Options options;
    options.demo = parser.isSet(demo);
    options.configPath = parser.value(config);
    if (parser.isSet(config) && options.configPath.isEmpty()) {
        // An empty value would otherwise start an engine with no team at all.
        err << "batond: --config expects the path of the team configuration file" << Qt::endl;
        return 2;
    }
    options.robotPath = parser.value(robot);
    options.tlsCertificate = parser.value(tlsCert);
    options.tlsKey = parser.value(tlsKey);
    if (options.tlsCertificate.isEmpty() != options.tlsKey.isEmpty()) {
        err << "batond: --tls-cert and --tls-key go together" << Qt::endl;
        return 2;
    }
    if (parser.isSet(listen)) {
        const QString value = parser.value(listen);
        const int colon = int(value.lastIndexOf(QLatin1Char(':')));
        bool portOk = false;
        const uint port = value.mid(colon + 1).toUInt(&portOk);
        options.address = QHostAddress(value.left(colon));
        if (colon <= 0 || !portOk || port > 65535 || options.address.isNull()) {
            err << "batond: --listen expects HOST:PORT, e.g. 127.0.0.1:8700" << Qt::endl;
            return 2;
        }
        options.port = quint16(port);
        options.listenFromCommandLine = true;
    }
    options.databasePath = parser.value(db);
    if (options.databasePath.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        options.databasePath = dir + (options.demo ? QStringLiteral("/demo.db") : QStringLiteral("/batond.db"));
    }

    EngineHost daemon;
    QString error;
    if (!daemon.start(options, &error)) {
        err << "batond: " << error << Qt::endl;
        return 1;
    }
    out << daemon.summary() << Qt::endl;
    if (options.demo)
        out << "demo: log in as user \"demo\" with password \"demo\"" << Qt::endl;

    UnixSignalWatcher signals_;
    QObject::connect(&signals_, &UnixSignalWatcher::terminationRequested, &app, [&](int number) {
        out << "batond: signal " << number << ", shutting down" << Qt::endl;
        QCoreApplication::quit();
    });
    return app.exec();
}
