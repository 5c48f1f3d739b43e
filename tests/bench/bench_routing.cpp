// Prints the routing engine against queueing theory. A discrete-event simulation drives the real
// engine (SQLite in memory) through its ManualClock: Poisson arrivals, exponential handling times,
// c agents of capacity 1 in one FIFO queue, at offered loads 0.70 / 0.85 / 0.95. The measured average
// wait sits beside Erlang C's ASA for the same λ, μ, c: close agreement shows the engine is
// work-conserving and truly first come, first served. Then a two-skill mix: skill-first against
// round-robin, counting the conversations that land on an agent without their skill (each would
// need one transfer).
//   bench_routing [customers per run, default 20000] [fifo|skills, default both] [one load, e.g. 0.95]
#include "core/erlangc.h"
#include "core/eventtypes.h"
#include "engine/database.h"
#include "engine/engine.h"
#include "engine/manualclock.h"
#include "engine/store.h"
#include "engine/teamconfig.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <cmath>
#include <cstdio>
#include <map>

using namespace baton;

namespace {

constexpr double handlingSeconds = 180;
constexpr int agentCount = 10;
constexpr int warmUp = 500; // customers before the queue reaches its steady state are not measured

struct RunResult {
    double averageWaitSeconds = 0;
    double mismatchShare = 0; // of measured conversations, assigned to an agent without their skill
    double seconds = 0;
};

// `skills` empty: everyone general. Otherwise agent i knows skills[i % size] as primary skill.
QByteArray teamJson(const QString &strategy, const QStringList &skills)
{
    QJsonArray agents;
    for (int i = 0; i < agentCount; ++i) {
        QJsonObject known;
        if (!skills.isEmpty())
            known.insert(skills[i % skills.size()], QStringLiteral("primary"));
        agents.append(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("a%1").arg(i, 2, 10, QLatin1Char('0'))},
                        {QStringLiteral("department"), QStringLiteral("d")},
                        {QStringLiteral("maxSessions"), 1},
                        {QStringLiteral("password"), QStringLiteral("pw")},
                        {QStringLiteral("skills"), known}});
    }
    const QJsonObject team{
        {QStringLiteral("engine"), QJsonObject{{QStringLiteral("passwordIterations"), 1000}}},
        {QStringLiteral("departments"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("d")}}}},
        {QStringLiteral("queues"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("all")},
                                                          {QStringLiteral("strategy"), strategy}}}},
        {QStringLiteral("agents"), agents}};
    return QJsonDocument(team).toJson();
}

RunResult simulate(double load, int customers, const QString &strategy, const QStringList &skills,
                   quint32 seed)
{
    QString error;
    const auto team = TeamConfig::parse(teamJson(strategy, skills), &error);
    Database db({QStringLiteral(":memory:"), false});
    if (!team || !db.open())
        qFatal("setup failed: %s %s", qPrintable(error), qPrintable(db.error()));
    Store store(db);
    ManualClock clock;
    EngineConfig config = team->engine;
    Engine engine(store, clock, config);
    if (!engine.importTeam(*team, &error) || !engine.start(&error))
        qFatal("engine failed: %s", qPrintable(error));
    for (int i = 0; i < agentCount; ++i)
        engine.agentConnected(QStringLiteral("a%1").arg(i, 2, 10, QLatin1Char('0')));

    QRandomGenerator random(seed);
    auto exponential = [&](double mean) { return -mean * std::log(1.0 - random.generateDouble()); };
    const double arrivalMeanMs = handlingSeconds * 1000 / (load * agentCount);
    // Pending completions: time → conversation; arrivals are drawn one ahead.
    std::multimap<qint64, qint64> completions;
    QHash<qint64, int> customerIndex;
    double totalWaitMs = 0;
    int measured = 0;
    int mismatched = 0;
    int arrived = 0;
    QObject::connect(
        &engine, &Engine::agentEvent,
        [&](const QString &agentId, qint64, const QString &type, const QJsonObject &p) {
            if (type != msg::ConversationAssigned)
                return;
            const QJsonObject c = p.value(QStringLiteral("conversation")).toObject();
            const qint64 id = qint64(c.value(QStringLiteral("id")).toDouble());
            completions.emplace(clock.nowMs() + qint64(exponential(handlingSeconds * 1000)), id);
            // A customer served at once is assigned inside CUSTOMER_START, before their index is known.
            if (customerIndex.value(id, arrived) < warmUp)
                return;
            ++measured;
            totalWaitMs += double(clock.nowMs()) - c.value(QStringLiteral("queuedMs")).toDouble();
            const QString skill = c.value(QStringLiteral("skills")).toArray().first().toString();
            if (!skill.isEmpty() && skills.indexOf(skill) != agentId.mid(1).toInt() % skills.size())
                ++mismatched;
        });
    QElapsedTimer timer;
    timer.start();

    qint64 nextArrival = clock.nowMs() + qint64(exponential(arrivalMeanMs));
    while (arrived < customers || !completions.empty()) {
        const bool arrival =
            arrived < customers && (completions.empty() || nextArrival <= completions.begin()->first);
        const qint64 at = arrival ? nextArrival : completions.begin()->first;
        clock.advance(std::max<qint64>(0, at - clock.nowMs()));
        if (arrival) {
            const QString skill = skills.isEmpty() ? QString() : skills[random.bounded(int(skills.size()))];
            const EngineResult r = engine.startVisitor({QStringLiteral("访客"), {}, skill, {}, true, {}});
            customerIndex.insert(qint64(r.payload.value(QStringLiteral("conversationId")).toDouble()),
                                 arrived);
            ++arrived;
            nextArrival = clock.nowMs() + qint64(exponential(arrivalMeanMs));
        } else {
            const qint64 id = completions.begin()->second;
            completions.erase(completions.begin());
            const QString owner = engine.state().conversations.value(id).ownerId;

            if (!engine.closeConversation(owner, id, true).ok())
                qFatal("close failed");
        }
    }
    return {totalWaitMs / 1000 / std::max(1, measured), double(mismatched) / std::max(1, measured),
            double(timer.elapsed()) / 1000};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int customers = argc > 1 ? std::max(warmUp * 2, std::atoi(argv[1])) : 20'000;
    std::printf(
        "bench_routing: %d agents of capacity 1, exponential handling with mean %.0f s, %d customers per run "
        "(first %d not measured)\n\n",
        agentCount, handlingSeconds, customers, warmUp);
    const QString only = argc > 2 ? QString::fromLatin1(argv[2]) : QString();
    if (only != QLatin1String("skills")) {
        std::printf("FIFO, one queue\n%-6s %-10s %-14s %-14s %-8s %s\n", "load", "λ (/min)", "measured (s)",
                    "Erlang C (s)", "diff", "run (s)");
        const QList<double> loads =
            argc > 3 ? QList<double>{std::atof(argv[3])} : QList<double>{0.70, 0.85, 0.95};
        for (double load : loads) {
            const RunResult r = simulate(load, customers, QStringLiteral("fifo"), {}, 20261202);
            const double lambda = load * agentCount / handlingSeconds;
            const double asa = ErlangC(lambda, handlingSeconds).averageWaitSeconds(agentCount);
            std::printf("%-6.2f %-10.2f %-14.2f %-14.2f %+6.1f %% %.1f\n", load, lambda * 60,
                        r.averageWaitSeconds, asa, 100 * (r.averageWaitSeconds - asa) / asa, r.seconds);
        }
    }
    if (only == QLatin1String("fifo"))
        return 0;
    const QStringList skills{QStringLiteral("billing"), QStringLiteral("technical")};
    std::printf(
        "\nTwo skills (half the agents each, customers evenly split), load 0.85\n%-12s %-14s %-26s %s\n",
        "strategy", "avg wait (s)", "transfers / conversation", "run (s)");
    double share[2] = {0, 0};
    int i = 0;
    for (const QString &strategy : {QStringLiteral("round_robin"), QStringLiteral("skill_first")}) {
        const RunResult r = simulate(0.85, customers, strategy, skills, 7);
        share[i++] = r.mismatchShare;
        std::printf("%-12s %-14.2f %-26.3f %.1f\n", qPrintable(strategy), r.averageWaitSeconds,
                    r.mismatchShare, r.seconds);
    }
    std::printf("skill-first needs %.0f %% fewer transfers than round-robin\n",
                100 * (1 - share[1] / share[0]));
    return 0;
}
