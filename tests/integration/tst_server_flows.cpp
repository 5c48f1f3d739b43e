#include "protocol/messagetypes.h"
#include "support/serverfixture.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QTest>

using namespace baton;
using namespace baton::test;

class TestServerFlows : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void loginAndRecommend();
    void acceptFlow();
    void rejectFlow();
    void timeoutFlow();
    void cancelFlow();
    void targetGoingOffline();
    void resumeAfterReconnect();
    void idempotentRetry();
    void visitorReloadsAndContinues();
    void ownTagsSteerRecommendations_data();
    void ownTagsSteerRecommendations();

private:
    // alice owns a pre_sales conversation; carol is logged in.
    void setUpConversation();
    qint64 transfer(const QString &to = QStringLiteral("carol"));

    std::unique_ptr<ServerFixture> m_fx;
    std::unique_ptr<TestClient> m_alice;
    std::unique_ptr<TestClient> m_carol;
    std::unique_ptr<TestClient> m_customer;
    qint64 m_conversation = 0;
};

void TestServerFlows::init()
{
    m_fx = std::make_unique<ServerFixture>();
}

void TestServerFlows::cleanup()
{
    m_customer.reset();
    m_carol.reset();
    m_alice.reset();
    m_fx.reset();
}

void TestServerFlows::setUpConversation()
{
    m_alice = m_fx->agent(QStringLiteral("alice"));
    m_customer = m_fx->visitor(QStringLiteral("pre_sales"), QStringLiteral("你们的会员多少钱？"), &m_conversation);
    QVERIFY(m_conversation > 0);
    const auto assigned = m_alice->waitEvent(msg::ConversationAssigned);
    QVERIFY(assigned);
    QCOMPARE(qint64(assigned->payload[QStringLiteral("conversation")][QStringLiteral("id")].toDouble()), m_conversation);
    m_carol = m_fx->agent(QStringLiteral("carol"));
}

qint64 TestServerFlows::transfer(const QString &to)
{
    const auto r = m_alice->call(msg::Transfer, {{QStringLiteral("conversationId"), m_conversation},
                                                 {QStringLiteral("to"), to},
                                                 {QStringLiteral("note"), QJsonObject{{QStringLiteral("template"), QStringLiteral("technical")},
                                                                                      {QStringLiteral("problem"), QStringLiteral("需要技术支持")},
                                                                                      {QStringLiteral("urgency"), QStringLiteral("high")}}}});
    if (!r.ok)
        qWarning() << r.code << r.message;
    return qint64(r.payload[QStringLiteral("transfer")][QStringLiteral("id")].toDouble());
}

void TestServerFlows::loginAndRecommend()
{
    setUpConversation();
    const auto bob = m_fx->agent(QStringLiteral("bob"));
    const auto r = m_alice->call(msg::Recommend, {{QStringLiteral("conversationId"), m_conversation}});
    QVERIFY2(r.ok, qPrintable(r.message));
    const QJsonArray candidates = r.payload[QStringLiteral("candidates")].toArray();
    QCOMPARE(candidates.size(), 2);
    QCOMPARE(candidates[0][QStringLiteral("agent")][QStringLiteral("id")].toString(), QStringLiteral("bob")); // pre_sales secondary
    QVERIFY(candidates[0][QStringLiteral("parts")].toObject().contains(QStringLiteral("skill")));
    QVERIFY(!candidates[0][QStringLiteral("reasons")].toArray().isEmpty());
    const auto filtered = m_alice->call(msg::Recommend, {{QStringLiteral("conversationId"), m_conversation},
                                                         {QStringLiteral("department"), QStringLiteral("tech")}});
    QCOMPARE(filtered.payload[QStringLiteral("candidates")].toArray().size(), 1);
}

void TestServerFlows::acceptFlow()
{
    setUpConversation();
    const qint64 transferId = transfer();
    QVERIFY(transferId > 0);
    const auto offer = m_carol->waitEvent(msg::Transfer);
    QVERIFY(offer);
    QCOMPARE(offer->payload[QStringLiteral("from")][QStringLiteral("id")].toString(), QStringLiteral("alice"));
    QVERIFY(m_customer->waitEvent(msg::Status)); // queued/active/transferring status lines
    // The customer keeps writing; both the owner and the target see it; the target previews all of it.
    QVERIFY(m_customer->call(msg::CustomerMessage, {{QStringLiteral("text"), QStringLiteral("转接中我还能说话吗")}}).ok);
    QVERIFY(m_carol->waitEvent(msg::Message));
    const auto preview = m_carol->call(msg::GetHistory, {{QStringLiteral("conversationId"), m_conversation}});
    QVERIFY(preview.ok);
    QCOMPARE(preview.payload[QStringLiteral("messages")].toArray().last()[QStringLiteral("text")].toString(), QStringLiteral("转接中我还能说话吗"));

    QVERIFY(m_carol->call(msg::TransferAccept, {{QStringLiteral("transferId"), transferId}}).ok);
    const auto accepted = m_alice->waitEvent(msg::TransferAccept);
    QVERIFY(accepted);
    QCOMPARE(accepted->payload[QStringLiteral("transfer")][QStringLiteral("state")].toString(), QStringLiteral("accepted"));
    // The customer gets carol's welcome exactly once, and never the internal system line.
    QTest::qWait(200);
    int welcomes = 0;
    QSet<qint64> seqs;
    for (const auto &e : m_customer->events()) {
        if (e.type != msg::Message)
            continue;
        const QJsonObject m = e.payload[QStringLiteral("message")].toObject();
        QVERIFY(m[QStringLiteral("sender")].toString() != QLatin1String("system"));
        QVERIFY(!seqs.contains(qint64(m[QStringLiteral("seq")].toDouble())));
        seqs.insert(qint64(m[QStringLiteral("seq")].toDouble()));
        welcomes += m[QStringLiteral("senderId")].toString() == QLatin1String("carol");
    }
    QCOMPARE(welcomes, 1);
    const auto send = m_alice->call(msg::SendMessage, {{QStringLiteral("conversationId"), m_conversation}, {QStringLiteral("text"), QStringLiteral("x")}});
    QCOMPARE(send.code, QStringLiteral("PERMISSION_DENIED"));
}

void TestServerFlows::rejectFlow()
{
    setUpConversation();
    const qint64 transferId = transfer();
    QVERIFY(m_carol->call(msg::TransferReject, {{QStringLiteral("transferId"), transferId}, {QStringLiteral("reason"), QStringLiteral("不熟悉")}}).ok);
    const auto rejected = m_alice->waitEvent(msg::TransferReject);
    QVERIFY(rejected);
    QCOMPARE(rejected->payload[QStringLiteral("transfer")][QStringLiteral("reason")].toString(), QStringLiteral("不熟悉"));
    QVERIFY(rejected->payload.contains(QStringLiteral("next")));
    const auto again = m_alice->call(msg::Transfer, {{QStringLiteral("conversationId"), m_conversation}, {QStringLiteral("to"), QStringLiteral("carol")}});
    QCOMPARE(again.code, QStringLiteral("TARGET_UNAVAILABLE"));
}

void TestServerFlows::timeoutFlow()
{
    setUpConversation();
    const qint64 transferId = transfer();
    QVERIFY(m_carol->waitEvent(msg::Transfer));
    m_fx->clock().advance(30'000);
    QVERIFY(m_alice->waitEvent(msg::TransferTimeout));
    QVERIFY(m_carol->waitEvent(msg::TransferTimeout));
    const auto late = m_carol->call(msg::TransferAccept, {{QStringLiteral("transferId"), transferId}});
    QCOMPARE(late.code, QStringLiteral("CONFLICT"));
}

void TestServerFlows::cancelFlow()
{
    setUpConversation();
    const qint64 transferId = transfer();
    QVERIFY(m_alice->call(msg::TransferCancel, {{QStringLiteral("transferId"), transferId}}).ok);
    QVERIFY(m_carol->waitEvent(msg::TransferCancel));
    QCOMPARE(m_carol->call(msg::TransferAccept, {{QStringLiteral("transferId"), transferId}}).code, QStringLiteral("CONFLICT"));
}

void TestServerFlows::targetGoingOffline()
{
    setUpConversation();
    transfer();
    QVERIFY(m_carol->waitEvent(msg::Transfer));
    m_carol->close();
    QVERIFY(m_carol->waitDisconnected());
    QTest::qWait(100); // let the server see the close
    m_fx->clock().advance(2'000);
    const auto rejected = m_alice->waitEvent(msg::TransferReject);
    QVERIFY(rejected);
    QCOMPARE(rejected->payload[QStringLiteral("transfer")][QStringLiteral("reason")].toString(), QStringLiteral("offline"));
}

void TestServerFlows::resumeAfterReconnect()
{
    setUpConversation();
    const auto login = m_alice->call(msg::ListConversations);
    QVERIFY(login.ok);
    QTest::qWait(100);
    const qint64 seen = m_alice->connection().lastEventSeq();
    QVERIFY(seen > 0);
    const QString token = [&] {
        auto fresh = std::make_unique<TestClient>(m_fx->agentUrl());
        return fresh->login(QStringLiteral("alice"), QStringLiteral("alice-pw")).payload[QStringLiteral("token")].toString();
    }();
    m_alice->close();
    QVERIFY(m_alice->waitDisconnected());
    // While alice is away the customer writes twice.
    QVERIFY(m_customer->call(msg::CustomerMessage, {{QStringLiteral("text"), QStringLiteral("一")}}).ok);
    QVERIFY(m_customer->call(msg::CustomerMessage, {{QStringLiteral("text"), QStringLiteral("二")}}).ok);
    auto back = std::make_unique<TestClient>(m_fx->agentUrl());
    const auto relogin = back->call(msg::Login, {{QStringLiteral("user"), QStringLiteral("alice")}, {QStringLiteral("token"), token}});
    QVERIFY2(relogin.ok, qPrintable(relogin.message));
    const auto resumed = back->call(msg::Resume, {{QStringLiteral("afterSeq"), seen}});
    QVERIFY(resumed.ok);
    const QJsonArray events = resumed.payload[QStringLiteral("events")].toArray();
    QCOMPARE(events.size(), 2);
    QCOMPARE(qint64(events[0][QStringLiteral("seq")].toDouble()), seen + 1);
    QCOMPARE(qint64(events[1][QStringLiteral("seq")].toDouble()), seen + 2);
    QCOMPARE(events[1][QStringLiteral("payload")][QStringLiteral("message")][QStringLiteral("text")].toString(), QStringLiteral("二"));
    QVERIFY(!resumed.payload[QStringLiteral("gap")].toBool());
    const auto forged = std::make_unique<TestClient>(m_fx->agentUrl())->call(
        msg::Login, {{QStringLiteral("user"), QStringLiteral("carol")}, {QStringLiteral("token"), token}});
    QCOMPARE(forged.code, QStringLiteral("AUTH_FAILED")); // a token is bound to its agent
}

void TestServerFlows::idempotentRetry()
{
    setUpConversation();
    const QJsonObject payload{{QStringLiteral("conversationId"), m_conversation}, {QStringLiteral("text"), QStringLiteral("只一次")}};
    const auto first = m_alice->call(msg::SendMessage, payload, QStringLiteral("outbox-17"));
    const auto retry = m_alice->call(msg::SendMessage, payload, QStringLiteral("outbox-17"));
    QVERIFY(first.ok && retry.ok);
    QCOMPARE(retry.payload, first.payload);
    const auto history = m_alice->call(msg::GetHistory, {{QStringLiteral("conversationId"), m_conversation}});
    int copies = 0;
    for (const QJsonValue &m : history.payload[QStringLiteral("messages")].toArray())
        copies += m[QStringLiteral("text")].toString() == QStringLiteral("只一次");
    QCOMPARE(copies, 1);
}

void TestServerFlows::visitorReloadsAndContinues()
{
    setUpConversation();
    auto page = std::make_unique<TestClient>(m_fx->visitorUrl());
    const auto fresh = page->call(msg::CustomerStart, {{QStringLiteral("text"), QStringLiteral("第一次")}, {QStringLiteral("human"), true}});
    const QString token = fresh.payload[QStringLiteral("token")].toString();
    const qint64 id = qint64(fresh.payload[QStringLiteral("conversationId")].toDouble());
    page.reset(); // reload
    auto reloaded = std::make_unique<TestClient>(m_fx->visitorUrl());
    const auto resumed = reloaded->call(msg::CustomerStart, {{QStringLiteral("resumeToken"), token}});
    QVERIFY(resumed.ok);
    QCOMPARE(qint64(resumed.payload[QStringLiteral("conversationId")].toDouble()), id);
    const auto history = reloaded->call(msg::CustomerHistory);
    QCOMPARE(history.payload[QStringLiteral("messages")].toArray().first()[QStringLiteral("text")].toString(), QStringLiteral("第一次"));
}


void TestServerFlows::ownTagsSteerRecommendations_data()
{
    QTest::addColumn<QJsonValue>("tags");
    QTest::addColumn<QString>("error");
    QTest::newRow("accepted") << QJsonValue(QJsonArray{"会员", " 价格 ", "会员"}) << QString();
    QTest::newRow("empty tag") << QJsonValue(QJsonArray{"会员", ""}) << QStringLiteral("INVALID_FIELD");
    QTest::newRow("too long") << QJsonValue(QJsonArray{QString(33, QLatin1Char('x'))}) << QStringLiteral("INVALID_FIELD");
    QTest::newRow("not a string") << QJsonValue(QJsonArray{42}) << QStringLiteral("INVALID_FIELD");
    QTest::newRow("too many") << QJsonValue(QJsonArray::fromStringList(QString("a b c d e f g h i j k l m n o p q r s t u").split(' ')))
                              << QStringLiteral("INVALID_FIELD");
    QTest::newRow("not an array") << QJsonValue(QStringLiteral("会员")) << QStringLiteral("INVALID_FIELD");
}

void TestServerFlows::ownTagsSteerRecommendations()
{
    QFETCH(QJsonValue, tags);
    QFETCH(QString, error);
    setUpConversation();
    const auto tagsOfCarol = [this] {
        const auto listed = m_fx->engine().listAgents(QStringLiteral("alice"), {QStringLiteral("carol"), {}, {}, std::nullopt}, 5);
        return listed.payload[QStringLiteral("agents")].toArray().first()[QStringLiteral("tags")].toArray();
    };
    const auto r = m_carol->call(msg::SetTags, {{QStringLiteral("tags"), tags}});
    const auto recommended = m_alice->call(msg::Recommend, {{QStringLiteral("conversationId"), m_conversation}});
    const QJsonObject carol = recommended.payload[QStringLiteral("candidates")].toArray().first().toObject();
    bool tagReason = false;
    for (const QJsonValue &reason : carol[QStringLiteral("reasons")].toArray())
        tagReason = tagReason || reason[QStringLiteral("tag")].toString() == QStringLiteral("会员");
    if (!error.isEmpty()) {
        QCOMPARE(r.code, error);
        QVERIFY(!tagReason); // nothing changed
        QCOMPARE(tagsOfCarol(), QJsonArray{"闪退"});
        return;
    }
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.payload[QStringLiteral("agent")][QStringLiteral("tags")].toArray(), (QJsonArray{"会员", "价格"}));
    QVERIFY(tagReason);
    // Stored, and importing the team configuration again (as every start does) keeps them.
    auto storedTags = [this] {
        for (const AgentRecord &record : m_fx->store().agents()) {
            if (record.agent.id == QStringLiteral("carol"))
                return record;
        }
        return AgentRecord{};
    };
    AgentRecord configured = storedTags();
    configured.agent.tags = QStringList{"闪退"};
    QVERIFY(m_fx->store().upsertAgent(configured));
    QCOMPARE(storedTags().agent.tags, (QStringList{"会员", "价格"}));
}
BATON_GUILESS_TEST_MAIN(TestServerFlows)
#include "tst_server_flows.moc"
