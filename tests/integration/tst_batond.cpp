#include "protocol/messagetypes.h"
#include "support/testclient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QTest>

using namespace baton;
using namespace baton::test;

// The daemon as a user starts it: real process, demo team, clean shutdown on SIGTERM.
class TestBatond : public QObject {
    Q_OBJECT
private slots:
    void demoRunsAndShutsDownCleanly();
    void badArgumentsFail_data();
    void badArgumentsFail();
};

// A first demo start seeds 90 days of history: seconds in Release, far longer under the sanitizers
// on a loaded machine.
constexpr int startTimeoutMs = 90000;

void TestBatond::demoRunsAndShutsDownCleanly()
{
    QTemporaryDir dir;
    QProcess batond;
    batond.setProcessChannelMode(QProcess::SeparateChannels);
    batond.start(QStringLiteral(BATOND_PATH), {QStringLiteral("--demo"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                               QStringLiteral("--db"), dir.filePath(QStringLiteral("demo.db"))});
    QVERIFY(batond.waitForStarted());
    QString output;
    const QRegularExpression url(QStringLiteral("(ws://127\\.0\\.0\\.1:\\d+/agent)"));
    QVERIFY(QTest::qWaitFor([&] {
        output += QString::fromUtf8(batond.readAllStandardOutput());
        return url.match(output).hasMatch();
    }, startTimeoutMs));
    TestClient demo(QUrl(url.match(output).captured(1)));
    QVERIFY(demo.isReady());
    const auto login = demo.login(QStringLiteral("demo"), QStringLiteral("demo"), 60000);
    QVERIFY2(login.ok, qPrintable(login.message));
    // Simulated colleagues log in over the protocol too: they show up as online.
    QVERIFY(QTest::qWaitFor([&] {
        const auto agents = demo.call(msg::ListAgents, {{QStringLiteral("status"), QStringLiteral("online")}});
        return agents.payload[QStringLiteral("agents")].toArray().size() >= 11;
    }, 20000));
    batond.terminate(); // SIGTERM
    QVERIFY(batond.waitForFinished(10000));
    QCOMPARE(batond.exitStatus(), QProcess::NormalExit);
    QCOMPARE(batond.exitCode(), 0);
}

void TestBatond::badArgumentsFail_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad listen") << QStringList{QStringLiteral("--listen"), QStringLiteral("nonsense")}
                                << QStringLiteral("batond: --listen expects HOST:PORT");
    QTest::newRow("missing config")
        << QStringList{QStringLiteral("--config"), QStringLiteral("/nonexistent/batond.json")}
        << QStringLiteral("batond: cannot read /nonexistent/batond.json: No such file or directory");
    QTest::newRow("config is a folder")
        << QStringList{QStringLiteral("--config"), QStringLiteral("/")}
        << QStringLiteral("batond: cannot read /: file to open is a directory");
    QTest::newRow("empty config path")
        << QStringList{QStringLiteral("--config"), QString()}
        << QStringLiteral("batond: --config expects the path of the team configuration file");
}

void TestBatond::badArgumentsFail()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QProcess batond;
    batond.start(QStringLiteral(BATOND_PATH), arguments << QStringLiteral("--db") << dir.filePath(QStringLiteral("x.db")));
    QVERIFY(batond.waitForFinished(10000));
    QVERIFY(batond.exitCode() != 0);
    const QString error = QString::fromUtf8(batond.readAllStandardError());
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestBatond)
#include "tst_batond.moc"
