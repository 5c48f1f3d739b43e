#include "client/engineconnection.h"
#include "core/conversation.h"
#include "engine/database.h"
#include "engine/engine.h"
#include "engine/store.h"
#include "engine/systemclock.h"
#include "engine/teamconfig.h"
#include "protocol/messagetypes.h"
#include "support/testteam.h"

#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace baton;

namespace {
const QStringList agentIds{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dave")};

struct Sent {
    qint64 conversation = 0;
    QString text;
    QString idem;
};

// One customer across restarts: resumes with its token and resends what was not acknowledged.
struct Shopper {
    QString token;
    qint64 conversation = 0;
    std::unique_ptr<EngineConnection> link;
    QHash<QString, Sent> pending; // request id → message not acknowledged yet
    QList<Sent> resend;
};
} // namespace

// Issue 13.16: batond under load (agents, customers, transfers) is killed with SIGKILL at random
// moments and restarted, again and again. Afterwards: every acknowledged message is stored exactly
// once, every conversation's owner follows from its routing and accepted transfers, every transfer
// is resolved or pending with a deadline still ahead, the queue and the agents' loads agree.
class TestCrashRecovery : public QObject {
    Q_OBJECT
private slots:
    void killNineUnderLoad();

private:
    void runRound(const QUrl &agentUrl, const QUrl &visitorUrl, int loadMs);
    void checkInvariants(const QString &dbPath, const TeamConfig &team);

    QRandomGenerator m_random{20261202};
    std::vector<std::unique_ptr<Shopper>> m_customers;
    QHash<QString, Sent> m_acknowledged; // by text
    int m_counter = 0;
    int m_transfersAccepted = 0;
    QHash<QString, int> m_agentErrors; // refusals agents met (transfers to full colleagues, races)
};

void TestCrashRecovery::runRound(const QUrl &agentUrl, const QUrl &visitorUrl, int loadMs)
{
    std::vector<std::unique_ptr<EngineConnection>> agents;
    QHash<EngineConnection *, QString> agentOf;
    QHash<QString, QList<qint64>> owned;
    for (const QString &id : agentIds) {
        auto link = std::make_unique<EngineConnection>();
        EngineConnection *c = link.get();
        agentOf.insert(c, id);
        connect(c, &EngineConnection::ready, c, [c, id] {
            c->request(msg::Login, {{QStringLiteral("user"), id}, {QStringLiteral("password"), QString(id + QStringLiteral("-pw"))}});
        });
        connect(c, &EngineConnection::failed, c, [this](const QString &, const QString &code, const QString &) {
            ++m_agentErrors[code];
        });
        connect(c, &EngineConnection::replied, c, [c, id, &owned](const QString &, const QJsonObject &p) {
            if (p.contains(QStringLiteral("token")))
                c->request(msg::ListConversations); // what it owns from before the restart
            for (const QJsonValue &v : p.value(QStringLiteral("conversations")).toArray())
                owned[id].append(qint64(v[QStringLiteral("id")].toDouble()));
        });
        connect(c, &EngineConnection::event, c, [this, c, id, &owned](const QString &type, qint64, const QJsonObject &p) {
            const QJsonObject conversation = p[QStringLiteral("conversation")].toObject();
            const qint64 conversationId = qint64(conversation[QStringLiteral("id")].toDouble());
            if (type == msg::ConversationAssigned)
                owned[id].append(conversationId);
            if (type == msg::ConversationUpdated && conversation[QStringLiteral("owner")].toString() != id)
                owned[id].removeAll(conversationId);
            if (type == msg::Transfer && p[QStringLiteral("transfer")][QStringLiteral("to")].toString() == id) {
                const qint64 transfer = qint64(p[QStringLiteral("transfer")][QStringLiteral("id")].toDouble());
                const bool accept = m_random.bounded(3) != 0;
                c->request(accept ? msg::TransferAccept : msg::TransferReject, {{QStringLiteral("transferId"), transfer}});
                m_transfersAccepted += accept ? 1 : 0;
            }
        });
        link->open(agentUrl);
        agents.push_back(std::move(link));
    }
    for (int i = 0; i < 3; ++i)
        m_customers.push_back(std::make_unique<Shopper>());
    for (auto &customer : m_customers) {
        Shopper *cu = customer.get();
        cu->link = std::make_unique<EngineConnection>();
        EngineConnection *c = cu->link.get();
        connect(c, &EngineConnection::ready, c, [c, cu] {
            QJsonObject start{{QStringLiteral("skill"), QStringLiteral("pre_sales")}, {QStringLiteral("human"), true}};
            if (!cu->token.isEmpty())
                start = {{QStringLiteral("resumeToken"), cu->token}};
            c->request(msg::CustomerStart, start);
        });
        connect(c, &EngineConnection::replied, c, [this, c, cu](const QString &id, const QJsonObject &p) {
            if (p.contains(QStringLiteral("token")) && p.contains(QStringLiteral("conversationId"))) {
                cu->token = p[QStringLiteral("token")].toString();
                cu->conversation = qint64(p[QStringLiteral("conversationId")].toDouble());
                for (const Sent &s : std::exchange(cu->resend, {}))
                    cu->pending.insert(c->request(msg::CustomerMessage, {{QStringLiteral("text"), s.text}}, s.idem), s);
                return;
            }
            if (const auto it = cu->pending.constFind(id); it != cu->pending.cend()) {
                m_acknowledged.insert(it->text, *it);
                cu->pending.erase(it);
            }
        });
        connect(c, &EngineConnection::failed, c, [cu](const QString &id, const QString &, const QString &) {
            cu->pending.remove(id); // refused (e.g. closed): not acknowledged, not expected
        });
        c->open(visitorUrl);
    }
    QTimer load;
    connect(&load, &QTimer::timeout, this, [&] {
        Shopper *cu = m_customers.at(m_random.bounded(qsizetype(m_customers.size()))).get();
        if (cu->conversation != 0 && cu->link->isReady() && cu->resend.isEmpty()) {
            const Sent s{cu->conversation, QStringLiteral("crash-m%1").arg(++m_counter), QStringLiteral("idem-%1").arg(m_counter)};
            cu->pending.insert(cu->link->request(msg::CustomerMessage, {{QStringLiteral("text"), s.text}}, s.idem), s);
        }
        if (m_random.bounded(12) == 0) { // someone finishes a chat: capacity for the queue and transfers
            const QString who = agentIds.at(m_random.bounded(agentIds.size()));
            if (!owned.value(who).isEmpty())
                agentOf.key(who)->request(msg::CloseConversation, {{QStringLiteral("conversationId"), owned[who].takeFirst()}});
        }
        { // someone hands a conversation on
            const QString from = agentIds.at(m_random.bounded(agentIds.size()));
            const QString to = agentIds.at(m_random.bounded(agentIds.size()));
            const QList<qint64> mine = owned.value(from);
            if (!mine.isEmpty() && from != to) {
                EngineConnection *c = agentOf.key(from);
                c->request(msg::Transfer, {{QStringLiteral("conversationId"), mine.at(m_random.bounded(mine.size()))},
                                           {QStringLiteral("to"), to}});
            }
        }
    });
    load.start(10);
    QTest::qWait(loadMs);
    load.stop();
    // The kill comes now; whatever was not answered is resent after the restart.
    for (auto &customer : m_customers) {
        for (const Sent &s : std::as_const(customer->pending))
            customer->resend.append(s);
        customer->pending.clear();
    }
}

void TestCrashRecovery::checkInvariants(const QString &dbPath, const TeamConfig &team)
{
    Database db({dbPath, true});
    QVERIFY2(db.open(), qPrintable(db.error()));
    Store store(db);
    SystemClock clock;
    Engine engine(store, clock, team.engine);
    QString error;
    QVERIFY2(engine.start(&error), qPrintable(error)); // resolves what came due while it was down
    const qint64 now = clock.nowMs();

    QHash<qint64, QHash<QString, int>> stored;
    QSet<qint64> conversations;
    for (const Sent &s : std::as_const(m_acknowledged))
        conversations.insert(s.conversation);
    for (qint64 id : std::as_const(conversations)) {
        for (const Message &m : store.messages(id, 0, 1'000'000))
            ++stored[id][m.text];
    }
    int missing = 0, duplicated = 0;
    for (const Sent &s : std::as_const(m_acknowledged)) {
        const int n = stored.value(s.conversation).value(s.text);
        missing += n == 0 ? 1 : 0;
        duplicated += n > 1 ? 1 : 0;
    }
    qInfo() << m_acknowledged.size() << "acknowledged messages," << missing << "missing," << duplicated << "duplicated";
    QCOMPARE(missing, 0);
    QCOMPARE(duplicated, 0);

    int pending = 0, resolved = 0;
    QHash<QString, int> load;
    for (const Conversation &c : store.openConversations()) {
        const QList<Transfer> transfers = store.transfersOf(c.id);
        QString expectedOwner = store.firstOwner(c.id).first;
        int pendingHere = 0;
        for (const Transfer &t : transfers) {
            if (t.state == TransferState::Accepted)
                expectedOwner = t.toAgent;
            if (t.state == TransferState::Pending) {
                ++pendingHere;
                QVERIFY2(t.deadlineMs > now && t.deadlineMs > t.createdMs, qPrintable(QString::number(t.id)));
            }
            pending += t.state == TransferState::Pending ? 1 : 0;
            resolved += t.state != TransferState::Pending ? 1 : 0;
        }
        QVERIFY2(pendingHere <= 1, qPrintable(QString::number(c.id)));
        if (c.state == ConversationState::Queued) {
            QVERIFY2(c.ownerId.isEmpty(), qPrintable(QString::number(c.id)));
        } else if (c.state == ConversationState::Active) {
            QCOMPARE(c.ownerId, expectedOwner); // one owner, the one its history names
            ++load[c.ownerId];
        }
    }
    for (const AgentState &a : engine.state().agents)
        QCOMPARE(a.load, load.value(a.agent.id));
    qInfo() << "transfers:" << resolved << "resolved," << pending << "pending with a deadline ahead";
}

void TestCrashRecovery::killNineUnderLoad()
{
    const int kills = qEnvironmentVariableIntValue("BATON_CRASH_KILLS") > 0 ? qEnvironmentVariableIntValue("BATON_CRASH_KILLS") : 20;
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("team.json"));
    const QByteArray json = baton::test::teamJson(30000, 0);
    {
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
    }
    const auto team = TeamConfig::parse(json, nullptr);
    QVERIFY(team);
    const QString dbPath = dir.filePath(QStringLiteral("crash.db"));
    for (int round = 0; round <= kills; ++round) {
        QTcpServer probe; // a free port for this run of batond
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString listen = QStringLiteral("127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        QProcess batond;
        batond.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        batond.start(QStringLiteral(BATOND_PATH), {QStringLiteral("--listen"), listen, QStringLiteral("--db"), dbPath,
                                                   QStringLiteral("--config"), config});
        QVERIFY(batond.waitForStarted());
        QString output;
        QVERIFY2(QTest::qWaitFor([&] {
            output += QString::fromUtf8(batond.readAllStandardOutput());
            return output.contains(QLatin1String("listening"));
        }, 30000), qPrintable(output));
        const QUrl agentUrl(QStringLiteral("ws://%1/agent").arg(listen));
        const QUrl visitorUrl(QStringLiteral("ws://%1/visitor").arg(listen));
        runRound(agentUrl, visitorUrl, 300 + int(m_random.bounded(1200)));
        if (round < kills) {
            batond.kill(); // SIGKILL, mid-load
        } else {
            batond.terminate();
        }
        QVERIFY(batond.waitForFinished(10000));
        for (auto &customer : m_customers)
            customer->link.reset();
    }
    qInfo() << kills << "kills," << m_counter << "messages sent," << m_transfersAccepted << "transfer acceptances sent;"
            << "refusals:" << m_agentErrors;
    QVERIFY(m_acknowledged.size() > kills); // the load did reach the engine
    checkInvariants(dbPath, *team);
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crash_recovery.moc"
