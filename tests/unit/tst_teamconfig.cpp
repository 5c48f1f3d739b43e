#include "engine/teamconfig.h"

#include "core/passwordhasher.h"

#include <QFile>
#include <QTest>

using namespace baton;

class TestTeamConfig : public QObject {
    Q_OBJECT
private slots:
    void invalid_data();
    void invalid();
    void exampleFilesParse_data();
    void exampleFilesParse();
    void roleDefaultsAndOverrides();
};

void TestTeamConfig::invalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    const QByteArray dept = R"("departments":[{"id":"s"}])";
    QTest::newRow("not json") << QByteArray("{") << "JSON";
    QTest::newRow("bad timeout") << QByteArray(R"({"engine":{"transferTimeoutMs":5}})") << "engine.transferTimeoutMs";
    QTest::newRow("bad weight") << QByteArray(R"({"engine":{"weights":{"skill":-1}}})") << "engine.weights.skill";
    QTest::newRow("welcome without name") << QByteArray(R"({"engine":{"welcomeTemplate":"您好"}})") << "engine.welcomeTemplate";
    QTest::newRow("english welcome without name") << QByteArray(R"({"engine":{"welcomeTemplate":{"en":"Hi"}}})") << "engine.welcomeTemplate.en";
    QTest::newRow("unknown department") << QByteArray(R"({"agents":[{"id":"a","department":"x","password":"p"}]})") << "agents[0]";
    QTest::newRow("bad level") << QByteArray("{" + dept + R"(,"agents":[{"id":"a","department":"s","level":9,"password":"p"}]})") << "level";
    QTest::newRow("bad role") << QByteArray("{" + dept + R"(,"agents":[{"id":"a","department":"s","role":"boss","password":"p"}]})") << "role";
    QTest::newRow("bad skill") << QByteArray("{" + dept + R"(,"agents":[{"id":"a","department":"s","skills":{"x":"guru"},"password":"p"}]})") << "skill";
    QTest::newRow("no password") << QByteArray("{" + dept + R"(,"agents":[{"id":"a","department":"s"}]})") << "password";
    QTest::newRow("duplicate") << QByteArray("{" + dept + R"(,"agents":[{"id":"a","department":"s","password":"p"},{"id":"a","department":"s","password":"p"}]})") << "duplicate";
}

void TestTeamConfig::invalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!TeamConfig::parse(json, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestTeamConfig::exampleFilesParse_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("demo team") << "resources/demo/team.json";
    QTest::newRow("example config") << "resources/batond.example.json";
}

void TestTeamConfig::exampleFilesParse()
{
    QFETCH(QString, file);
    QString error;
    const auto team = TeamConfig::load(qEnvironmentVariable("BATON_SOURCE_DIR") + QLatin1Char('/') + file, &error);
    QVERIFY2(team, qPrintable(error));
    QVERIFY(!team->agents.isEmpty());
}

void TestTeamConfig::roleDefaultsAndOverrides()
{
    QString error;
    const auto team = TeamConfig::parse(R"({"engine":{"passwordIterations":1000},"departments":[{"id":"s"}],"agents":[
        {"id":"lead","department":"s","role":"team_lead","password":"p"},
        {"id":"a","department":"s","password":"p","rights":{"crossDepartment":true}}]})", &error);
    QVERIFY2(team, qPrintable(error));
    QVERIFY(team->agents[0].agent.rights.transferUpward);
    QVERIFY(team->agents[1].agent.rights.crossDepartment);
    QVERIFY(!team->agents[1].agent.rights.transferUpward);
    QVERIFY(PasswordHasher::verify(QStringLiteral("p"), team->agents[1].passwordHash));
}

QTEST_GUILESS_MAIN(TestTeamConfig)
#include "tst_teamconfig.moc"
