#include "core/erlangc.h"

#include <QTest>
#include <cmath>

using namespace baton;

// Erlang C against values worked by hand (Erlang B recurrence, then C = cB / (c − A(1 − B))).
class TestErlangC : public QObject {
    Q_OBJECT
private slots:
    void figures_data();
    void figures();
    void agentsNeeded_data();
    void agentsNeeded();
    void unstableLoadWaitsForEver();
};

void TestErlangC::figures_data()
{
    QTest::addColumn<double>("perMinute");
    QTest::addColumn<double>("handlingSeconds");
    QTest::addColumn<int>("agents");
    QTest::addColumn<double>("waitProbability");
    QTest::addColumn<double>("asaSeconds");
    QTest::addColumn<double>("within20s");
    // A = 2, c = 3: B = 0.6667, 0.4, 0.2105; C = 0.6316 / 1.4211 = 4/9; ASA = C·60/(3−2) = 26.67 s;
    // SL(20 s) = 1 − 4/9 · e^(−(3−2)·20/60) = 0.6815.
    QTest::newRow("A=2 c=3") << 2.0 << 60.0 << 3 << 4.0 / 9.0 << 80.0 / 3.0 << 0.681541;
    // A = 1, c = 2: B = 0.5, 0.2; C = 0.4 / 1.2 = 1/3; ASA = 1/3 · 60 / 1 = 20 s; SL = 1 − e^(−1/3)/3.
    QTest::newRow("A=1 c=2") << 1.0 << 60.0 << 2 << 1.0 / 3.0 << 20.0 << 0.761156;
    // A = 0.5, c = 1 (M/M/1): C = ρ = 0.5; ASA = ρ/(1−ρ) · 120 = 120 s; SL(20 s) = 1 − 0.5 e^(−0.5·20/120).
    QTest::newRow("M/M/1 rho=0.5") << 0.25 << 120.0 << 1 << 0.5 << 120.0 << 0.539978;
    QTest::newRow("no traffic") << 0.0 << 60.0 << 2 << 0.0 << 0.0 << 1.0;
}

void TestErlangC::figures()
{
    QFETCH(double, perMinute);
    QFETCH(double, handlingSeconds);
    QFETCH(int, agents);
    QFETCH(double, waitProbability);
    QFETCH(double, asaSeconds);
    QFETCH(double, within20s);
    const ErlangC model(perMinute / 60.0, handlingSeconds);
    QVERIFY(std::abs(model.probabilityOfWaiting(agents) - waitProbability) < 1e-6);
    QVERIFY(std::abs(model.averageWaitSeconds(agents) - asaSeconds) < 1e-6);
    QVERIFY2(std::abs(model.serviceLevel(agents, 20) - within20s) < 1e-5,
             qPrintable(QString::number(model.serviceLevel(agents, 20))));
}

void TestErlangC::agentsNeeded_data()
{
    QTest::addColumn<double>("perMinute");
    QTest::addColumn<double>("handlingSeconds");
    QTest::addColumn<int>("needed");
    // A = 2: c = 3 reaches 68 % within 20 s; c = 4: B4 = 0.0952, C = 0.1739, SL = 1 − 0.1739 e^(−2/3) =
    // 0.911.
    QTest::newRow("A=2, 80 % in 20 s") << 2.0 << 60.0 << 4;
    // A = 1: c = 2 gives 76 %; c = 3: B3 = 1/16, C = 0.0909, SL = 1 − 0.0909 e^(−2/3) = 0.953.
    QTest::newRow("A=1, 80 % in 20 s") << 1.0 << 60.0 << 3;
    QTest::newRow("no traffic") << 0.0 << 60.0 << 0;
}

void TestErlangC::agentsNeeded()
{
    QFETCH(double, perMinute);
    QFETCH(double, handlingSeconds);
    QFETCH(int, needed);
    QCOMPARE(ErlangC(perMinute / 60.0, handlingSeconds).agentsNeeded(20, 0.8), needed);
}

void TestErlangC::unstableLoadWaitsForEver()
{
    const ErlangC model(3.0 / 60.0, 60); // A = 3
    QVERIFY(std::isinf(model.averageWaitSeconds(3)));
    QCOMPARE(model.probabilityOfWaiting(2), 1.0);
    QCOMPARE(model.serviceLevel(3, 20), 0.0);
}

QTEST_GUILESS_MAIN(TestErlangC)
#include "tst_erlangc.moc"
