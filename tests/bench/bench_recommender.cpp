// Prints how long one recommendation takes among 1,000 and 10,000 agents (target: ≤ 200 µs median
// at 10,000). Not a test: figures go to docs/benchmarks.md.
#include "engine/permissionpolicy.h"
#include "engine/recommender.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>

using namespace baton;

namespace {
const QStringList skills = {QStringLiteral("pre_sales"), QStringLiteral("technical"), QStringLiteral("after_sales"),
                            QStringLiteral("billing"), QStringLiteral("refund"), QStringLiteral("account"),
                            QStringLiteral("complaint"), QStringLiteral("vip")};
const QStringList departments = {QStringLiteral("sales"), QStringLiteral("tech"), QStringLiteral("aftersales"),
                                 QStringLiteral("finance")};

std::vector<AgentState> makeAgents(int count, QRandomGenerator &random)
{
    std::vector<AgentState> agents;
    agents.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        AgentState s;
        s.agent.id = QStringLiteral("agent%1").arg(i);
        s.agent.displayName = QStringLiteral("客服%1").arg(i);
        s.agent.department = departments.at(i % departments.size());
        s.agent.level = 1 + int(random.bounded(5u));
        s.agent.maxSessions = 3 + int(random.bounded(5u));
        s.agent.status = random.bounded(10u) < 8 ? AgentStatus::Online : AgentStatus::Away;
        s.agent.rights = PermissionPolicy::defaultRights(Role::Agent);
        for (int k = 0; k < 3; ++k)
            s.agent.skills.append({skills.at(qsizetype(random.bounded(quint32(skills.size())))), Proficiency(1 + k)});
        s.load = int(random.bounded(quint32(s.agent.maxSessions + 1)));
        s.performance = AgentPerformance({int(random.bounded(200u)), int(random.bounded(150u)), 50, 200}, {});
        agents.push_back(std::move(s));
    }
    return agents;
}

void run(int count)
{
    QRandomGenerator random(42);
    const std::vector<AgentState> agents = makeAgents(count, random);
    Recommender recommender{RecommenderWeights{}};
    Agent initiator = agents.front().agent;
    initiator.rights = PermissionPolicy::defaultRights(Role::TeamLead);
    std::vector<double> micros;
    const int rounds = 2000;
    size_t sink = 0;
    for (int i = 0; i < rounds; ++i) {
        RecommendRequest request;
        request.requiredSkills = {skills.at(i % skills.size())};
        request.urgent = i % 7 == 0;
        request.initiator = &initiator;
        request.excluded = {initiator.id, QStringLiteral("agent7")};
        request.limit = 10;
        QElapsedTimer timer;
        timer.start();
        sink += recommender.recommend(agents, request).size();
        micros.push_back(double(timer.nsecsElapsed()) / 1000.0);
    }
    std::sort(micros.begin(), micros.end());
    std::printf("recommend among %6d agents: median %8.1f us  p99 %8.1f us  (%d rounds, %zu results)\n", count,
                micros[micros.size() / 2], micros[micros.size() * 99 / 100], rounds, sink);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    run(1000);
    run(10000);
    return 0;
}
