#include "engine/permissionpolicy.h"
#include "engine/recommender.h"

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

QTEST_GUILESS_MAIN(TestRecommender)
#include "tst_recommender.moc"
