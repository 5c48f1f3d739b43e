// Prints TRANSFER → offer received by the target over loopback with 200 connected agents (p50/p99).
// Engine, server and 200 real WebSocket clients share this process; the store is a real SQLite file
// with synchronous=FULL, as in production.
#include "client/engineconnection.h"
#include "engine/database.h"
#include "engine/engine.h"
#include "engine/store.h"
#include "engine/systemclock.h"
#include "engine/teamconfig.h"
#include "protocol/messagetypes.h"
#include "server/batonserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace baton;

namespace {
// QTest::qWaitFor sleeps 10 ms between polls, which would be measured too; this wakes on every event.
template <typename Predicate>
bool waitUntil(Predicate done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int agentCount = 200;
    QJsonArray agents;
    for (int i = 0; i < agentCount; ++i)
        agents.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("a%1").arg(i)},
                                  {QStringLiteral("department"), QStringLiteral("d")},
                                  {QStringLiteral("level"), 2},
                                  {QStringLiteral("maxSessions"), 100},
                                  {QStringLiteral("password"), QStringLiteral("pw")},
                                  {QStringLiteral("skills"), QJsonObject{{QStringLiteral("general"), QStringLiteral("primary")}}}});
    const QJsonObject teamJson{{QStringLiteral("engine"), QJsonObject{{QStringLiteral("passwordIterations"), 1000}}},
                               {QStringLiteral("departments"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("d")}}}},
                               {QStringLiteral("agents"), agents}};
    QString error;
    const auto team = TeamConfig::parse(QJsonDocument(teamJson).toJson(), &error);
    QTemporaryDir dir;
    SystemClock clock;
    // BATON_BENCH_SYNC=normal measures without the per-commit fsync, to show what durability costs.
    const bool full = qEnvironmentVariable("BATON_BENCH_SYNC") != QLatin1String("normal");
    Database db({dir.filePath(QStringLiteral("bench.db")), full});
    if (!team || !db.open()) {
        std::fprintf(stderr, "setup failed: %s %s\n", qPrintable(error), qPrintable(db.error()));
        return 1;
    }
    Store store(db);
    Engine engine(store, clock, team->engine);
    if (!engine.importTeam(*team, &error) || !engine.start(&error))
        return 1;
    BatonServer server(engine);
    server.setRequestRate({1e6, 1e6}); // the initiator here is a load generator, not a person
    if (!server.listen(QHostAddress::LocalHost, 0, &error))
        return 1;

    std::vector<std::unique_ptr<EngineConnection>> clients;
    QHash<QString, qint64> offerSeen; // target -> transfer id received
    int loggedIn = 0;
    for (int i = 0; i < agentCount; ++i) {
        auto c = std::make_unique<EngineConnection>();
        const QString user = QStringLiteral("a%1").arg(i);
        EngineConnection *raw = c.get();
        QObject::connect(raw, &EngineConnection::ready, raw, [raw, user, &loggedIn] {
            raw->call(msg::Login, {{QStringLiteral("user"), user}, {QStringLiteral("password"), QStringLiteral("pw")}},
                      [&loggedIn](const QJsonObject &) { ++loggedIn; });
        });
        QObject::connect(raw, &EngineConnection::event, raw, [user, &offerSeen](const QString &type, qint64, const QJsonObject &p) {
            if (type == msg::Transfer)
                offerSeen.insert(user, qint64(p[QStringLiteral("transfer")][QStringLiteral("id")].toDouble()));
        });
        c->open(server.agentUrl());
        clients.push_back(std::move(c));
    }
    if (!waitUntil([&] { return loggedIn == agentCount; }, 60000)) {
        std::fprintf(stderr, "only %d agents logged in\n", loggedIn);
        return 1;
    }
    // a0 owns the conversations; the visitor endpoint opens one.
    EngineConnection visitor;
    qint64 conversation = 0;
    QObject::connect(&visitor, &EngineConnection::ready, &visitor, [&] {
        visitor.call(msg::CustomerStart, {{QStringLiteral("text"), QStringLiteral("bench")}, {QStringLiteral("human"), true}},
                     [&](const QJsonObject &p) { conversation = qint64(p[QStringLiteral("conversationId")].toDouble()); });
    });
    visitor.open(server.visitorUrl());
    (void)waitUntil([&] { return conversation != 0; }, 10000);
    const QString owner = engine.state().conversations.value(conversation).ownerId;
    EngineConnection *initiator = clients[size_t(owner.mid(1).toInt())].get();

    std::vector<double> millis;
    const int rounds = 400;
    for (int i = 0; i < rounds; ++i) {
        QString target = QStringLiteral("a%1").arg(i % agentCount);
        if (target == owner)
            target = QStringLiteral("a%1").arg((i + 1) % agentCount);
        offerSeen.remove(target);
        qint64 transferId = 0;
        QElapsedTimer timer;
        timer.start();
        initiator->call(msg::Transfer, {{QStringLiteral("conversationId"), conversation}, {QStringLiteral("to"), target}},
                        [&](const QJsonObject &p) { transferId = qint64(p[QStringLiteral("transfer")][QStringLiteral("id")].toDouble()); },
                        [](const QString &code, const QString &message) { std::fprintf(stderr, "%s %s\n", qPrintable(code), qPrintable(message)); });
        (void)waitUntil([&] { return offerSeen.contains(target); }, 5000);
        millis.push_back(double(timer.nsecsElapsed()) / 1e6);
        (void)waitUntil([&] { return transferId != 0; }, 5000);
        bool cancelled = false;
        initiator->call(msg::TransferCancel, {{QStringLiteral("transferId"), transferId}},
                        [&](const QJsonObject &) { cancelled = true; });
        (void)waitUntil([&] { return cancelled; }, 5000);
    }
    std::sort(millis.begin(), millis.end());
    std::printf("[synchronous=%s] ", full ? "FULL" : "NORMAL");
    std::printf("TRANSFER -> offer at target, %d agents connected: p50 %.2f ms  p99 %.2f ms  max %.2f ms  (%d rounds)\n",
                agentCount, millis[millis.size() / 2], millis[millis.size() * 99 / 100], millis.back(), rounds);
    return 0;
}
