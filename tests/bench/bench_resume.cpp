// Prints what RESUME and an engine start cost once agents have long event streams: 200 agents,
// 2,000 conversations with 30 messages each, every fifth one transferred (issue 12 moved agents'
// MESSAGE events onto the messages' rows; this shows the read side of that choice). In-process
// engine on a real SQLite file; RESUME is measured as Engine::eventsAfter, which the server calls.
#include "engine/database.h"
#include "engine/engine.h"
#include "engine/manualclock.h"
#include "engine/store.h"
#include "engine/teamconfig.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace baton;

namespace {

constexpr int agentCount = 200;
constexpr int conversationsPerAgent = 10;
constexpr int messagesPerConversation = 30;

std::optional<TeamConfig> makeTeam(QString *error)
{
    QJsonArray agents;
    for (int i = 0; i < agentCount; ++i)
        agents.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("a%1").arg(i)},
                                  {QStringLiteral("department"), QStringLiteral("d")},
                                  {QStringLiteral("level"), 2},
                                  {QStringLiteral("maxSessions"), conversationsPerAgent + 2},
                                  {QStringLiteral("password"), QStringLiteral("pw")},
                                  {QStringLiteral("skills"), QJsonObject{{QStringLiteral("general"), QStringLiteral("primary")}}}});
    const QJsonObject json{
        {QStringLiteral("engine"), QJsonObject{{QStringLiteral("passwordIterations"), 1000}}},
        {QStringLiteral("departments"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("d")}}}},
        {QStringLiteral("agents"), agents}};
    return TeamConfig::parse(QJsonDocument(json).toJson(), error);
}

qint64 lastSeqOf(Engine &engine, const QString &agent)
{
    return engine.eventsAfter(agent, 0, 0).payload.value(QStringLiteral("lastSeq")).toInteger();
}

// Microseconds per RESUME from `behind` events before each agent's newest (0: from the start,
// paging by 1,000 as a client does), and the events it returned in all.
std::pair<double, qint64> timeResumes(Engine &engine, qint64 behind)
{
    QList<qint64> lasts;
    for (int i = 0; i < agentCount; ++i)
        lasts.append(lastSeqOf(engine, QStringLiteral("a%1").arg(i)));
    qint64 events = 0;
    int calls = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < agentCount; ++i) {
        const QString agent = QStringLiteral("a%1").arg(i);
        const qint64 last = lasts[i];
        qint64 after = behind == 0 ? 0 : std::max<qint64>(0, last - behind);
        while (after < last) {
            const QJsonArray page = engine.eventsAfter(agent, after, 1000).payload.value(QStringLiteral("events")).toArray();
            ++calls;
            if (page.isEmpty())
                break;
            events += page.size();
            after = page.last()[QStringLiteral("seq")].toInteger();
        }
    }
    return {double(timer.nsecsElapsed()) / 1e3 / calls, events};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString error;
    const auto team = makeTeam(&error);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("resume.db"));
    ManualClock clock;
    {
        // Filling the file commits per request; synchronous=NORMAL keeps that quick (reads do not care).
        Database db({path, false});
        if (!team || !db.open()) {
            std::fprintf(stderr, "setup failed: %s %s\n", qPrintable(error), qPrintable(db.error()));
            return 1;
        }
        Store store(db);
        Engine engine(store, clock, team->engine);
        if (!engine.importTeam(*team, &error) || !engine.start(&error))
            return 1;
        for (int i = 0; i < agentCount; ++i)
            engine.agentConnected(QStringLiteral("a%1").arg(i));
        QList<qint64> conversations;
        for (int i = 0; i < agentCount * conversationsPerAgent; ++i) {
            const EngineResult r = engine.startVisitor({QStringLiteral("访客"), {}, {}, QStringLiteral("你好"), true, {}});
            conversations.append(r.payload.value(QStringLiteral("conversationId")).toInteger());
        }
        for (int m = 0; m < messagesPerConversation; ++m) {
            for (qsizetype c = 0; c < conversations.size(); ++c) {
                const qint64 id = conversations[c];
                clock.advance(1);
                if (m % 3 == 2)
                    engine.sendMessage(engine.state().conversations.value(id).ownerId, id, QStringLiteral("好的"));
                else
                    engine.customerMessage(id, QStringLiteral("第%1句话").arg(m));
                // Every fifth conversation moves to the next agent halfway through.
                if (m == messagesPerConversation / 2 && c % 5 == 0) {
                    const QString owner = engine.state().conversations.value(id).ownerId;
                    const QString target = QStringLiteral("a%1").arg((owner.mid(1).toInt() + 1) % agentCount);
                    if (engine.requestTransfer(owner, id, target, {}).ok())
                        engine.acceptTransfer(target, engine.state().pendingTransfers.value(id).id);
                }
            }
        }
    }
    Database db({path, true});
    if (!db.open())
        return 1;
    Store store(db);
    Engine engine(store, clock, team->engine);
    QElapsedTimer timer;
    timer.start();
    if (!engine.start(&error))
        return 1;
    const double startMs = double(timer.nsecsElapsed()) / 1e6;
    qint64 total = 0;
    for (int i = 0; i < agentCount; ++i)
        total += lastSeqOf(engine, QStringLiteral("a%1").arg(i));
    std::printf("%d agents, %d conversations x %d messages; %lld events in the agents' streams\n", agentCount,
                agentCount * conversationsPerAgent, messagesPerConversation, static_cast<long long>(total));
    std::printf("engine start on the file (every agent's last event number, pruning): %.1f ms\n", startMs);
    for (const qint64 behind : {10, 100, 0}) {
        const auto [micros, events] = timeResumes(engine, behind);
        if (behind == 0)
            std::printf("RESUME from 0, paging by 1,000: %.0f us per call (%lld events)\n", micros,
                        static_cast<long long>(events));
        else
            std::printf("RESUME %lld events behind: %.0f us per call (%lld events)\n", static_cast<long long>(behind),
                        micros, static_cast<long long>(events));
    }
    return 0;
}
