#include "engine/permissionpolicy.h"
#include "engine/recommender.h"

#include <QRandomGenerator>
#include <QTest>

using namespace baton;

class TestRecommender : public QObject {
    Q_OBJECT
private slots:
    void ranking_data();
    void ranking();
    void scorePartsFollowTheWeights();
    void filters_data();
    void filters();
    void performanceFromHistory();
    void compactIndexAgreesWithFullScoring_data();
    void compactIndexAgreesWithFullScoring();
    void indexFollowsProfileAndHistoryChanges();
};

namespace {
AgentState agent(const QString &id, const QString &dept, int level, SkillList skills, int load, int max,
                 AgentStatus status = AgentStatus::Online)
{
    AgentState s;
    s.agent.id = id;
    s.agent.displayName = id;
    s.agent.department = dept;
    s.agent.level = level;
    s.agent.skills = std::move(skills);
    s.agent.maxSessions = max;
    s.agent.status = status;
    s.agent.rights = PermissionPolicy::defaultRights(Role::Agent);
    s.load = load;
    return s;
}

std::vector<AgentState> team()
{
    return {
        agent("primary", "tech", 2, {{"technical", Proficiency::Primary}}, 2, 5),
        agent("secondary", "tech", 2, {{"technical", Proficiency::Secondary}}, 0, 5),
        agent("general", "tech", 2, {{"technical", Proficiency::General}}, 0, 5),
        agent("none", "tech", 2, {{"billing", Proficiency::Primary}}, 0, 5),
        agent("full", "tech", 2, {{"technical", Proficiency::Primary}}, 5, 5),
        agent("away", "tech", 2, {{"technical", Proficiency::Primary}}, 0, 5, AgentStatus::Away),
        agent("offline", "tech", 2, {{"technical", Proficiency::Primary}}, 0, 5, AgentStatus::Offline),
        agent("senior", "tech", 5, {{"technical", Proficiency::Primary}}, 2, 5),
    };
}

QStringList ids(const std::vector<Recommendation> &list)
{
    QStringList out;
    for (const Recommendation &r : list)
        out.append(r.candidate->agent.id);
    return out;
}
} // namespace

void TestRecommender::ranking_data()
{
    QTest::addColumn<QStringList>("skills");
    QTest::addColumn<bool>("urgent");
    QTest::addColumn<QStringList>("excluded");
    QTest::addColumn<QStringList>("expected");
    // Same load (2/5) and level for primary and senior: ties keep the configured order.
    QTest::newRow("technical") << QStringList{"technical"} << false << QStringList{}
                               << QStringList{"secondary", "primary", "senior", "general", "none"};
    QTest::newRow("urgent favours the senior") << QStringList{"technical"} << true << QStringList{}
                                               << QStringList{"senior", "secondary", "primary", "general", "none"};
    QTest::newRow("excluded are never offered") << QStringList{"technical"} << false << QStringList{"secondary", "primary"}
                                                << QStringList{"senior", "general", "none"};
    QTest::newRow("billing") << QStringList{"billing"} << false << QStringList{}
                             << QStringList{"none", "secondary", "general", "primary", "senior"};
    QTest::newRow("no skill asked") << QStringList{} << false << QStringList{}
                                    << QStringList{"secondary", "general", "none", "primary", "senior"};
}

void TestRecommender::ranking()
{
    QFETCH(QStringList, skills);
    QFETCH(bool, urgent);
    QFETCH(QStringList, excluded);
    QFETCH(QStringList, expected);
    const std::vector<AgentState> agents = team();
    Recommender recommender(RecommenderWeights{});
    RecommendRequest request;
    request.requiredSkills = skills;
    request.urgent = urgent;
    request.excluded = QSet<QString>(excluded.begin(), excluded.end());
    request.limit = 10;
    QCOMPARE(ids(recommender.recommend(agents, request)), expected);
}

void TestRecommender::scorePartsFollowTheWeights()
{
    const std::vector<AgentState> agents = team();
    RecommenderWeights weights{1.0, 0.0, 0.0, 0.0};
    Recommender recommender(weights);
    RecommendRequest request;
    request.requiredSkills = {QStringLiteral("technical")};
    const auto list = recommender.recommend(agents, request);
    QCOMPARE(list.front().parts.skill, 0.8);
    QCOMPARE(list.front().parts.total, 0.8);
    for (const Recommendation &r : list) {
        QCOMPARE(r.parts.total, r.parts.skill);
        const double expectedSkill = proficiencyMatch(proficiencyFor(r.candidate->agent.skills, QStringLiteral("technical")));
        QCOMPARE(r.parts.skill, expectedSkill);
        const double freeShare = double(5 - r.candidate->load) / 5.0;
        QCOMPARE(r.parts.load, freeShare);
    }
    const QJsonObject json = list.front().toJson();
    QVERIFY(json.contains(QStringLiteral("parts")));
    QVERIFY(!json.value(QStringLiteral("reasons")).toArray().isEmpty());
}

void TestRecommender::filters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("skill");
    QTest::addColumn<QString>("department");
    QTest::addColumn<int>("count");
    QTest::newRow("by name") << "sen" << "" << "" << 1;
    QTest::newRow("by name, case-insensitive") << "PRIM" << "" << "" << 1;
    QTest::newRow("by skill") << "" << "billing" << "" << 1;
    QTest::newRow("by department") << "" << "" << "sales" << 0;
    QTest::newRow("everyone who can take work") << "" << "" << "tech" << 5;
}

void TestRecommender::filters()
{
    QFETCH(QString, query);
    QFETCH(QString, skill);
    QFETCH(QString, department);
    QFETCH(int, count);
    const std::vector<AgentState> agents = team();
    Recommender recommender(RecommenderWeights{});
    RecommendRequest request;
    request.filter = {query, department, skill, std::nullopt};
    QCOMPARE(int(recommender.recommend(agents, request).size()), count);
}

void TestRecommender::performanceFromHistory()
{
    AgentPerformance newcomer;
    AgentPerformance veteran({100, 95, 80, 380}, {{QStringLiteral("technical"), {60, 58, 50, 240}}});
    AgentPerformance weak({100, 40, 80, 160}, {});
    QVERIFY(veteran.experience(QStringLiteral("technical")) > newcomer.experience(QStringLiteral("technical")));
    QVERIFY(newcomer.experience(QStringLiteral("technical")) > weak.experience(QStringLiteral("technical")));
    QVERIFY(veteran.rating() > 4.5 && veteran.rating() < 4.8);
    veteran.recordRating(QStringLiteral("technical"), 1);
    QVERIFY(veteran.rating() < 4.75);
}

namespace {
std::vector<AgentState> randomTeam(QRandomGenerator &random, int count)
{
    const QStringList skills = {"technical", "billing", "refund", "vip", "account", "complaint"};
    const QStringList departments = {"sales", "tech", "finance"};
    const QStringList tags = {"退款", "发票", "网络", "会员"};
    std::vector<AgentState> agents;
    for (int i = 0; i < count; ++i) {
        SkillList list;
        const int skillCount = int(random.bounded(4u));
        for (int k = 0; k < skillCount; ++k)
            list.append({skills.at(random.bounded(int(skills.size()))), Proficiency(1 + random.bounded(3))});
        AgentState s = agent(QStringLiteral("a%1").arg(i), departments.at(random.bounded(int(departments.size()))),
                             1 + random.bounded(5), list, random.bounded(4), 1 + random.bounded(5),
                             random.bounded(5) ? AgentStatus::Online : AgentStatus::Away);
        if (random.bounded(3) == 0)
            s.agent.tags = {tags.at(random.bounded(int(tags.size())))};
        s.agent.rights.mayReceive = random.bounded(8) != 0;
        QHash<QString, HistoryFigures> bySkill;
        if (random.bounded(2))
            bySkill.insert(skills.at(random.bounded(int(skills.size()))), {10, random.bounded(10), 5, 5 * (1 + random.bounded(5))});
        s.performance = AgentPerformance({40, random.bounded(40), 20, 20 * (1 + random.bounded(5))}, bySkill);
        agents.push_back(std::move(s));
    }
    return agents;
}

// The definition of a ranking, written the slow and obvious way.
QStringList bruteForce(const Recommender &recommender, const std::vector<AgentState> &agents,
                       const RecommendRequest &request)
{
    std::vector<std::pair<double, int>> scored;
    for (size_t i = 0; i < agents.size(); ++i) {
        const AgentState &s = agents[i];
        if (!s.canTakeWork() || !s.agent.rights.mayReceive || request.excluded.contains(s.agent.id))
            continue;
        if (request.initiator && PermissionPolicy::checkTransfer(*request.initiator, s.agent))
            continue;
        if (!request.filter.matches(s.agent))
            continue;
        scored.push_back({recommender.score(s, request, nullptr, nullptr, nullptr).total, int(i)});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList out;
    for (size_t i = 0; i < scored.size() && int(i) < request.limit; ++i)
        out.append(agents[size_t(scored[i].second)].agent.id);
    return out;
}
} // namespace

void TestRecommender::compactIndexAgreesWithFullScoring_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("withInitiator");
    QTest::addColumn<QString>("department");
    QTest::addColumn<QString>("skill");
    QTest::addColumn<QString>("subject");
    QTest::newRow("automatic routing") << 1u << false << "" << "" << "";
    QTest::newRow("agent in one department") << 2u << true << "" << "" << "";
    QTest::newRow("department filter") << 3u << true << "tech" << "" << "";
    QTest::newRow("skill filter") << 4u << false << "" << "refund" << "";
    QTest::newRow("unknown department") << 5u << false << "legal" << "" << "";
    QTest::newRow("unknown skill filter") << 6u << false << "" << "sailing" << "";
    QTest::newRow("subject hits tags") << 7u << true << "" << "" << "我要退款和发票";
}

void TestRecommender::compactIndexAgreesWithFullScoring()
{
    QFETCH(quint32, seed);
    QFETCH(bool, withInitiator);
    QFETCH(QString, department);
    QFETCH(QString, skill);
    QFETCH(QString, subject);
    QRandomGenerator random(seed);
    const std::vector<AgentState> agents = randomTeam(random, 400);
    Recommender recommender(RecommenderWeights{});
    const QList<QStringList> asks = {{}, {"technical"}, {"vip", "refund"}, {"sailing"}, {"sailing", "billing"}};
    for (int round = 0; round < 40; ++round) {
        RecommendRequest request;
        request.requiredSkills = asks.at(round % asks.size());
        request.subject = subject;
        request.urgent = round % 3 == 0;
        request.limit = 15;
        request.filter = {QString(), department, skill, std::nullopt};
        request.excluded = {QStringLiteral("a%1").arg(random.bounded(400)), QStringLiteral("a%1").arg(round)};
        Agent initiator = agents[size_t(random.bounded(400))].agent;
        initiator.rights.crossDepartment = round % 2 == 0;
        initiator.rights.transferUpward = round % 4 < 2;
        if (withInitiator)
            request.initiator = &initiator;
        QCOMPARE(ids(recommender.recommend(agents, request)), bruteForce(recommender, agents, request));
    }
}

void TestRecommender::indexFollowsProfileAndHistoryChanges()
{
    std::vector<AgentState> agents = team();
    Recommender recommender(RecommenderWeights{});
    RecommendRequest request;
    request.requiredSkills = {QStringLiteral("billing")};
    QCOMPARE(ids(recommender.recommend(agents, request)).value(0), QStringLiteral("none"));
    // "general" learns billing as a primary skill: the next request must see it.
    agents[2].agent.skills.append({QStringLiteral("billing"), Proficiency::Primary});
    agents[2].touch();
    QCOMPARE(ids(recommender.recommend(agents, request)).value(0), QStringLiteral("general"));
    // Poor ratings on billing push "general" below "none", who has the same skill and more load.
    for (int i = 0; i < 30; ++i) {
        agents[2].recordClosed(QStringLiteral("billing"), false);
        agents[2].recordRating(QStringLiteral("billing"), 1);
    }
    QCOMPARE(ids(recommender.recommend(agents, request)).value(0), QStringLiteral("none"));
    QCOMPARE(ids(recommender.recommend(agents, request)), bruteForce(recommender, agents, request));
}

QTEST_GUILESS_MAIN(TestRecommender)
#include "tst_recommender.moc"
