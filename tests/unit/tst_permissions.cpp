#include "engine/permissionpolicy.h"

#include <QTest>

using namespace baton;

Q_DECLARE_METATYPE(std::optional<EngineError::Kind>)

class TestPermissions : public QObject {
    Q_OBJECT
private slots:
    void transfer_data();
    void transfer();
    void manage_data();
    void manage();
    void reportScope_data();
    void reportScope();
};

namespace {
Agent make(const QString &id, const QString &dept, int level, Role role, TransferRights rights)
{
    Agent a;
    a.id = id;
    a.department = dept;
    a.level = level;
    a.role = role;
    a.rights = rights;
    return a;
}
const TransferRights plain{true, true, false, false};
} // namespace

void TestPermissions::transfer_data()
{
    QTest::addColumn<Agent>("from");
    QTest::addColumn<Agent>("to");
    QTest::addColumn<int>("expected"); // -1: allowed, else EngineError::Kind
    const int ok = -1;
    const Agent a = make("a", "sales", 2, Role::Agent, plain);
    QTest::newRow("same dept, same level") << a << make("b", "sales", 2, Role::Agent, plain) << ok;
    QTest::newRow("same dept, lower level") << a << make("b", "sales", 1, Role::Agent, plain) << ok;
    QTest::newRow("upward without right") << a << make("b", "sales", 3, Role::Agent, plain) << int(EngineError::PermissionDenied);
    QTest::newRow("upward with right") << make("a", "sales", 2, Role::Agent, {true, true, false, true})
                                       << make("b", "sales", 3, Role::Agent, plain) << ok;
    QTest::newRow("cross dept without right") << a << make("b", "tech", 2, Role::Agent, plain) << int(EngineError::PermissionDenied);
    QTest::newRow("cross dept with right") << make("a", "sales", 2, Role::Agent, {true, true, true, false})
                                           << make("b", "tech", 2, Role::Agent, plain) << ok;
    QTest::newRow("cross dept and upward, only cross right")
        << make("a", "sales", 2, Role::Agent, {true, true, true, false}) << make("b", "tech", 4, Role::Agent, plain)
        << int(EngineError::PermissionDenied);
    QTest::newRow("may not transfer") << make("a", "sales", 2, Role::Agent, {false, true, true, true})
                                      << make("b", "sales", 1, Role::Agent, plain) << int(EngineError::PermissionDenied);
    QTest::newRow("target may not receive") << a << make("b", "sales", 1, Role::Agent, {true, false, false, false})
                                            << int(EngineError::TargetUnavailable);
    QTest::newRow("to self") << a << a << int(EngineError::TargetUnavailable);
    QTest::newRow("team lead defaults") << make("l", "sales", 3, Role::TeamLead, PermissionPolicy::defaultRights(Role::TeamLead))
                                        << make("b", "tech", 5, Role::Agent, plain) << ok;
    QTest::newRow("supervisor does not receive") << a << make("s", "sales", 1, Role::Supervisor, PermissionPolicy::defaultRights(Role::Supervisor))
                                                 << int(EngineError::TargetUnavailable);
}

void TestPermissions::transfer()
{
    QFETCH(Agent, from);
    QFETCH(Agent, to);
    QFETCH(int, expected);
    const auto error = PermissionPolicy::checkTransfer(from, to);
    if (expected < 0) {
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
    } else {
        QVERIFY(error);
        QCOMPARE(int(error->kind), expected);
        QVERIFY(!error->message.isEmpty());
    }
}

void TestPermissions::manage_data()
{
    QTest::addColumn<Agent>("actor");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("ownerDept");
    QTest::addColumn<bool>("expected");
    QTest::newRow("owner") << make("a", "sales", 1, Role::Agent, plain) << "a" << "sales" << true;
    QTest::newRow("colleague") << make("b", "sales", 1, Role::Agent, plain) << "a" << "sales" << false;
    QTest::newRow("lead of dept") << make("l", "sales", 3, Role::TeamLead, plain) << "a" << "sales" << true;
    QTest::newRow("lead of other dept") << make("l", "tech", 3, Role::TeamLead, plain) << "a" << "sales" << false;
    QTest::newRow("supervisor") << make("s", "qa", 3, Role::Supervisor, plain) << "a" << "sales" << true;
    QTest::newRow("administrator") << make("x", "it", 3, Role::Administrator, plain) << "a" << "sales" << true;
}

void TestPermissions::manage()
{
    QFETCH(Agent, actor);
    QFETCH(QString, owner);
    QFETCH(QString, ownerDept);
    QFETCH(bool, expected);
    Conversation c;
    c.ownerId = owner;
    QCOMPARE(PermissionPolicy::mayManage(actor, c, ownerDept), expected);
}

void TestPermissions::reportScope_data()
{
    QTest::addColumn<Agent>("actor");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("value");
    QTest::newRow("agent: own transfers") << make("a", "sales", 1, Role::Agent, plain) << int(ReportScope::Agent) << "a";
    QTest::newRow("team lead: department") << make("l", "tech", 3, Role::TeamLead, plain)
                                           << int(ReportScope::Department) << "tech";
    QTest::newRow("supervisor: all") << make("s", "qa", 3, Role::Supervisor, plain) << int(ReportScope::Everything) << "";
    QTest::newRow("administrator: all") << make("x", "it", 3, Role::Administrator, plain)
                                        << int(ReportScope::Everything) << "";
}

void TestPermissions::reportScope()
{
    QFETCH(Agent, actor);
    QFETCH(int, kind);
    QFETCH(QString, value);
    const ReportScope scope = PermissionPolicy::reportScope(actor);
    QCOMPARE(int(scope.kind), kind);
    QCOMPARE(scope.value, value);
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
