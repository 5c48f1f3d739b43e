#include "core/eventtypes.h"
#include "support/enginefixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace baton;
using namespace baton::test;

class TestEngineTransfer : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void queuedConversationWaitsForAnAgent();
    void routesToTheBestSkill();
    void acceptSwitchesOwnershipAtomically();
    void rejectTellsWhyAndOffersOthers();
    void timeoutAfterThirtySeconds();
    void departmentTimeoutOverride();
    void cancelByInitiator();
    void races_data();
    void races();
    void targetGoingOfflineCountsAsRejection();
    void customerKeepsChattingDuringTransfer();
    void forgedRequestsChangeNothing_data();
    void forgedRequestsChangeNothing();
    void onePendingTransferAtATime();
    void pendingOfferHoldsASlot();
    void idempotentRetryRunsOnce();
    void chainRecordsEveryHop();
    void engineTextsFollowTheConversationLanguage_data();
    void engineTextsFollowTheConversationLanguage();

private:
    qint64 aliceConversation(); // a pre_sales conversation owned by alice, everyone else online
    QList<QList<QVariant>> eventsFor(const QString &agent, const QString &type) const;

    std::unique_ptr<EngineFixture> m_fx;
    std::unique_ptr<QSignalSpy> m_events;
};

void TestEngineTransfer::init()
{
    m_fx = std::make_unique<EngineFixture>();
    m_events = std::make_unique<QSignalSpy>(&m_fx->engine(), &Engine::agentEvent);
}

void TestEngineTransfer::cleanup()
{
    m_events.reset();
    m_fx.reset();
}

qint64 TestEngineTransfer::aliceConversation()
{
    m_fx->connect({"alice"});
    const qint64 id = m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("套餐多少钱？"));
    m_fx->connect({"bob", "eve", "carol", "dave"});
    return id;
}

QList<QList<QVariant>> TestEngineTransfer::eventsFor(const QString &agent, const QString &type) const
{
    QList<QList<QVariant>> out;
    for (const QList<QVariant> &e : *m_events) {
        if (e.at(0).toString() == agent && e.at(2).toString() == type)
            out.append(e);
    }
    return out;
}

void TestEngineTransfer::queuedConversationWaitsForAnAgent()
{
    const qint64 id = m_fx->startConversation(QStringLiteral("technical"), QStringLiteral("闪退"));
    QCOMPARE(m_fx->engine().state().conversations.value(id).state, ConversationState::Queued);
    m_fx->connect({"bob"});
    QCOMPARE(m_fx->engine().state().conversations.value(id).ownerId, QStringLiteral("bob"));
    QCOMPARE(eventsFor(QStringLiteral("bob"), msg::ConversationAssigned).size(), 1);
}

void TestEngineTransfer::routesToTheBestSkill()
{
    m_fx->connect({"alice", "bob", "carol"});
    const qint64 tech = m_fx->startConversation(QStringLiteral("technical"), QStringLiteral("App 闪退"));
    const qint64 sales = m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("价格"));
    QCOMPARE(m_fx->engine().state().conversations.value(tech).ownerId, QStringLiteral("carol"));
    QCOMPARE(m_fx->engine().state().conversations.value(sales).ownerId, QStringLiteral("alice"));
}

void TestEngineTransfer::acceptSwitchesOwnershipAtomically()
{
    const qint64 id = aliceConversation();
    Engine &e = m_fx->engine();
    const EngineResult request = e.requestTransfer(QStringLiteral("alice"), id, QStringLiteral("carol"),
                                                   {{QStringLiteral("problem"), QStringLiteral("技术问题")},
                                                    {QStringLiteral("urgency"), QStringLiteral("high")}});
    QVERIFY2(request.ok(), request.ok() ? "" : qPrintable(request.error->message));
    QCOMPARE(eventsFor(QStringLiteral("carol"), msg::Transfer).size(), 1);
    const QJsonObject offer = eventsFor(QStringLiteral("carol"), msg::Transfer).first().at(3).toJsonObject();
    QCOMPARE(offer.value(QStringLiteral("transfer")).toObject().value(QStringLiteral("note")).toObject().value(QStringLiteral("urgency")).toString(),
             QStringLiteral("high"));
    QVERIFY(!offer.value(QStringLiteral("recentMessages")).toArray().isEmpty());

    const qint64 transferId = m_fx->pendingTransferId(id);
    const EngineResult accept = e.acceptTransfer(QStringLiteral("carol"), transferId);
    QVERIFY(accept.ok());
    const Conversation c = e.state().conversations.value(id);
    QCOMPARE(c.ownerId, QStringLiteral("carol"));
    QCOMPARE(e.state().agents[0].agent.id, QStringLiteral("alice"));
    QCOMPARE(const_cast<EngineState &>(e.state()).agent(QStringLiteral("alice"))->load, 0);
    QCOMPARE(const_cast<EngineState &>(e.state()).agent(QStringLiteral("carol"))->load, 1);
    QCOMPARE(const_cast<EngineState &>(e.state()).agent(QStringLiteral("carol"))->reserved, 0);
    QCOMPARE(eventsFor(QStringLiteral("alice"), msg::TransferAccept).size(), 1);
    // The history holds the hop as a system line and the new agent's welcome.
    const auto messages = m_fx->store().messages(id, 0, 100);
    QCOMPARE(messages.at(messages.size() - 2).senderKind, SenderKind::System);
    QVERIFY(messages.at(messages.size() - 2).text.contains(QStringLiteral("Carol")));
    QCOMPARE(messages.last().senderId, QStringLiteral("carol"));
    QVERIFY(messages.last().text.contains(QStringLiteral("Carol")));
    // Alice keeps read access; writing is for the owner only.
    QVERIFY(e.history(QStringLiteral("alice"), id, 0, 100).ok());
    QCOMPARE(e.sendMessage(QStringLiteral("alice"), id, QStringLiteral("hi")).error->kind, EngineError::PermissionDenied);
}

void TestEngineTransfer::rejectTellsWhyAndOffersOthers()
{
    const qint64 id = aliceConversation();
    Engine &e = m_fx->engine();
    QVERIFY(e.requestTransfer(QStringLiteral("alice"), id, QStringLiteral("carol"), {}).ok());
    QVERIFY(e.rejectTransfer(QStringLiteral("carol"), m_fx->pendingTransferId(id), QStringLiteral("正在处理紧急工单")).ok());
    const auto rejects = eventsFor(QStringLiteral("alice"), msg::TransferReject);
    QCOMPARE(rejects.size(), 1);
    const QJsonObject payload = rejects.first().at(3).toJsonObject();
    QCOMPARE(payload.value(QStringLiteral("transfer")).toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("正在处理紧急工单"));
    QStringList next;
    for (const QJsonValue &v : payload.value(QStringLiteral("next")).toArray())
        next.append(v[QStringLiteral("agent")][QStringLiteral("id")].toString());
    QVERIFY(!next.isEmpty());
    QVERIFY(!next.contains(QStringLiteral("carol")));
    QVERIFY(!next.contains(QStringLiteral("alice")));
    QVERIFY(!next.contains(QStringLiteral("eve")));
    // Carol is not offered again within this attempt, neither by recommendation nor by request.
    const EngineResult again = e.requestTransfer(QStringLiteral("alice"), id, QStringLiteral("carol"), {});
    QCOMPARE(again.error->kind, EngineError::TargetUnavailable);
    QVERIFY(e.requestTransfer(QStringLiteral("alice"), id, next.first(), {}).ok());
}

void TestEngineTransfer::timeoutAfterThirtySeconds()
{
    const qint64 id = aliceConversation();
    Engine &e = m_fx->engine();
    QVERIFY(e.requestTransfer(QStringLiteral("alice"), id, QStringLiteral("carol"), {}).ok());
    const qint64 transferId = m_fx->pendingTransferId(id);
    m_fx->clock().advance(29'999);
    QCOMPARE(m_fx->pendingTransferId(id), transferId);
    m_fx->clock().advance(1);
    QCOMPARE(m_fx->pendingTransferId(id), 0);
    QCOMPARE(m_fx->store().transfer(transferId)->state, TransferState::Timeout);
    QCOMPARE(eventsFor(QStringLiteral("alice"), msg::TransferTimeout).size(), 1);
    QCOMPARE(eventsFor(QStringLiteral("carol"), msg::TransferTimeout).size(), 1);
    QCOMPARE(e.acceptTransfer(QStringLiteral("carol"), transferId).error->kind, EngineError::Conflict);
    QCOMPARE(e.state().conversations.value(id).ownerId, QStringLiteral("alice"));
}

void TestEngineTransfer::departmentTimeoutOverride()
{
    m_events.reset();
    m_fx = std::make_unique<EngineFixture>(30'000, 45'000);
    const qint64 id = aliceConversation();
    QVERIFY(m_fx->engine().requestTransfer(QStringLiteral("alice"), id, QStringLiteral("carol"), {}).ok());
    const Transfer t = m_fx->engine().state().pendingTransfers.value(id);
    QCOMPARE(t.deadlineMs - t.createdMs, 45'000);
}

void TestEngineTransfer::cancelByInitiator()
{
    const qint64 id = aliceConversation();
    Engine &e = m_fx->engine();
    QVERIFY(e.requestTransfer(QStringLiteral("alice"), id, QStringLiteral("carol"), {}).ok());
    const qint64 transferId = m_fx->pendingTransferId(id);
    QCOMPARE(e.cancelTransfer(QStringLiteral("carol"), transferId).error->kind, EngineError::PermissionDenied);
    QVERIFY(e.cancelTransfer(QStringLiteral("alice"), transferId).ok());
    QCOMPARE(eventsFor(QStringLiteral("carol"), msg::TransferCancel).size(), 1);
    // A cancel ends the attempt: carol may be asked again.
    QVERIFY(e.requestTransfer(QStringLiteral("alice"), id, QStringLiteral("carol"), {}).ok());
}

void TestEngineTransfer::races_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("finalState");
    QTest::newRow("accept, then cancel") << "accept" << "cancel" << "accepted";
    QTest::newRow("cancel, then accept") << "cancel" << "accept" << "cancelled";
    QTest::newRow("timeout, then accept") << "timeout" << "accept" << "timeout";
    QTest::newRow("accept, then timeout") << "accept" << "timeout" << "accepted";
    QTest::newRow("reject, then accept") << "reject" << "accept" << "rejected";
    QTest::newRow("accept, then reject") << "accept" << "reject" << "accepted";
    QTest::newRow("timeout, then cancel") << "timeout" << "cancel" << "timeout";
    QTest::newRow("accept twice") << "accept" << "accept" << "accepted";
}

void TestEngineTransfer::races()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, finalState);
    const qint64 id = aliceConversation();
    Engine &e = m_fx->engine();
    QVERIFY(e.requestTransfer(QStringLiteral("alice"), id, QStringLiteral("carol"), {}).ok());
    const qint64 transferId = m_fx->pendingTransferId(id);
    auto act = [&](const QString &what) -> std::optional<EngineResult> {
        if (what == QLatin1String("accept"))
            return e.acceptTransfer(QStringLiteral("carol"), transferId);
        if (what == QLatin1String("reject"))
            return e.rejectTransfer(QStringLiteral("carol"), transferId, {});
        if (what == QLatin1String("cancel"))
            return e.cancelTransfer(QStringLiteral("alice"), transferId);
        m_fx->clock().advance(30'000);
        return std::nullopt;
    };
    const auto a = act(first);
    QVERIFY(!a || a->ok());
    const qsizetype eventsAfterFirst = m_events->size();
    const auto b = act(second);
    if (b) {
        QVERIFY(!b->ok());
        QCOMPARE(b->error->kind, EngineError::Conflict);
    }
    QCOMPARE(m_events->size(), eventsAfterFirst); // the loser changed nothing and told no one
    QCOMPARE(transferStateName(m_fx->store().transfer(transferId)->state), finalState);
    const QString owner = e.state().conversations.value(id).ownerId;
    QCOMPARE(owner, finalState == QLatin1String("accepted") ? QStringLiteral("carol") : QStringLiteral("alice"));
}

void TestEngineTransfer::targetGoingOfflineCountsAsRejection()
{
    const qint64 id = aliceConversation();
    Engine &e = m_fx->engine();
    QVERIFY(e.requestTransfer(QStringLiteral("alice"), id, QStringLiteral("carol"), {}).ok());
    const qint64 transferId = m_fx->pendingTransferId(id);
    e.agentDisconnected(QStringLiteral("carol"));
    m_fx->clock().advance(1'000);
    QCOMPARE(m_fx->pendingTransferId(id), transferId); // a blip within the grace changes nothing
    m_fx->clock().advance(1'000);
    const Transfer t = *m_fx->store().transfer(transferId);
    QCOMPARE(t.state, TransferState::Rejected);
    QCOMPARE(t.reason, QStringLiteral("offline"));
    QCOMPARE(eventsFor(QStringLiteral("alice"), msg::TransferReject).size(), 1);
}

void TestEngineTransfer::customerKeepsChattingDuringTransfer()
{
    const qint64 id = aliceConversation();
    Engine &e = m_fx->engine();
    QSignalSpy visitor(&e, &Engine::visitorEvent);
    QVERIFY(e.requestTransfer(QStringLiteral("alice"), id, QStringLiteral("carol"), {}).ok());
    QVERIFY(e.customerMessage(id, QStringLiteral("还在吗？")).ok());
    QCOMPARE(eventsFor(QStringLiteral("alice"), msg::Message).last().at(3).toJsonObject()[QStringLiteral("message")][QStringLiteral("text")].toString(),
             QStringLiteral("还在吗？"));
    QCOMPARE(eventsFor(QStringLiteral("carol"), msg::Message).size(), 1);
    const EngineResult preview = e.history(QStringLiteral("carol"), id, 0, 100);
    QVERIFY(preview.ok());
    QCOMPARE(preview.payload[QStringLiteral("messages")].toArray().last()[QStringLiteral("text")].toString(), QStringLiteral("还在吗？"));
    bool sawTransferring = false;
    for (const QList<QVariant> &v : visitor)
        sawTransferring |= v.at(2).toJsonObject()[QStringLiteral("state")].toString() == QLatin1String("transferring");
    QVERIFY(sawTransferring);
}

void TestEngineTransfer::forgedRequestsChangeNothing_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("kind");
    QTest::newRow("colleague transfers alice's chat") << "bob" << "transfer" << "carol" << int(EngineError::PermissionDenied);
    QTest::newRow("lead of another department") << "dave" << "transfer" << "carol" << int(EngineError::PermissionDenied);
    QTest::newRow("to someone who may not receive") << "alice" << "transfer" << "eve" << int(EngineError::TargetUnavailable);
    QTest::newRow("to nobody") << "alice" << "transfer" << "mallory" << int(EngineError::NotFound);
    QTest::newRow("unknown actor") << "mallory" << "transfer" << "carol" << int(EngineError::AuthFailed);
    QTest::newRow("colleague closes it") << "bob" << "close" << "" << int(EngineError::PermissionDenied);
    QTest::newRow("colleague writes in it") << "bob" << "send" << "" << int(EngineError::PermissionDenied);
    QTest::newRow("colleague reads it") << "bob" << "history" << "" << int(EngineError::PermissionDenied);
    QTest::newRow("bad urgency") << "alice" << "badnote" << "carol" << int(EngineError::InvalidArgument);
}

void TestEngineTransfer::forgedRequestsChangeNothing()
{
    QFETCH(QString, actor);
    QFETCH(QString, action);
    QFETCH(QString, target);
    QFETCH(int, kind);
    const qint64 id = aliceConversation();
    Engine &e = m_fx->engine();
    const qsizetype eventsBefore = m_events->size();
    const qint64 lastSeq = e.state().conversations.value(id).lastSeq;
    EngineResult r;
    if (action == QLatin1String("transfer"))
        r = e.requestTransfer(actor, id, target, {});
    else if (action == QLatin1String("badnote"))
        r = e.requestTransfer(actor, id, target, {{QStringLiteral("urgency"), QStringLiteral("extreme")}});
    else if (action == QLatin1String("close"))
        r = e.closeConversation(actor, id, true);
    else if (action == QLatin1String("send"))
        r = e.sendMessage(actor, id, QStringLiteral("x"));
    else
        r = e.history(actor, id, 0, 10);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error->kind), kind);
    QCOMPARE(m_events->size(), eventsBefore);
    QCOMPARE(m_fx->pendingTransferId(id), 0);
    QCOMPARE(e.state().conversations.value(id).ownerId, QStringLiteral("alice"));
    QCOMPARE(e.state().conversations.value(id).lastSeq, lastSeq);
    QVERIFY(m_fx->store().transfersOf(id).isEmpty());
}

void TestEngineTransfer::onePendingTransferAtATime()
{
    const qint64 id = aliceConversation();
    Engine &e = m_fx->engine();
    QVERIFY(e.requestTransfer(QStringLiteral("alice"), id, QStringLiteral("carol"), {}).ok());
    QCOMPARE(e.requestTransfer(QStringLiteral("alice"), id, QStringLiteral("bob"), {}).error->kind, EngineError::Conflict);
    QCOMPARE(e.closeConversation(QStringLiteral("alice"), id, true).error->kind, EngineError::Conflict);
}

void TestEngineTransfer::pendingOfferHoldsASlot()
{
    // Carol (max 2) has one chat and one offer: nothing else may be routed to her meanwhile.
    m_fx->connect({"carol"});
    m_fx->startConversation(QStringLiteral("technical"), QStringLiteral("一"));
    const qint64 id = aliceConversation();
    Engine &e = m_fx->engine();
    QVERIFY(e.requestTransfer(QStringLiteral("alice"), id, QStringLiteral("carol"), {}).ok());
    e.setStatus(QStringLiteral("dave"), QStringLiteral("away"));
    e.setStatus(QStringLiteral("bob"), QStringLiteral("away"));
    e.setStatus(QStringLiteral("eve"), QStringLiteral("away"));
    e.setStatus(QStringLiteral("alice"), QStringLiteral("away"));
    const qint64 waiting = m_fx->startConversation(QStringLiteral("technical"), QStringLiteral("二"));
    QCOMPARE(e.state().conversations.value(waiting).state, ConversationState::Queued);
    QVERIFY(e.rejectTransfer(QStringLiteral("carol"), m_fx->pendingTransferId(id), {}).ok());
    QCOMPARE(e.state().conversations.value(waiting).ownerId, QStringLiteral("carol")); // the freed slot is used at once
}

void TestEngineTransfer::idempotentRetryRunsOnce()
{
    const qint64 id = aliceConversation();
    Engine &e = m_fx->engine();
    auto send = [&] {
        return e.idempotent(QStringLiteral("alice"), QStringLiteral("k1"), QStringLiteral("SEND_MESSAGE"),
                            [&] { return e.sendMessage(QStringLiteral("alice"), id, QStringLiteral("只发一次")); });
    };
    const EngineResult first = send();
    const EngineResult retry = send();
    QVERIFY(first.ok() && retry.ok());
    QCOMPARE(retry.payload, first.payload);
    int copies = 0;
    for (const Message &m : m_fx->store().messages(id, 0, 100))
        copies += m.text == QStringLiteral("只发一次");
    QCOMPARE(copies, 1);
    const EngineResult misuse = e.idempotent(QStringLiteral("alice"), QStringLiteral("k1"), QStringLiteral("TRANSFER"),
                                             [] { return EngineResult::success(); });
    QCOMPARE(misuse.error->kind, EngineError::InvalidArgument);
}

void TestEngineTransfer::chainRecordsEveryHop()
{
    const qint64 id = aliceConversation();
    Engine &e = m_fx->engine();
    QVERIFY(e.requestTransfer(QStringLiteral("alice"), id, QStringLiteral("bob"), {}).ok());
    QVERIFY(e.rejectTransfer(QStringLiteral("bob"), m_fx->pendingTransferId(id), QStringLiteral("忙")).ok());
    QVERIFY(e.requestTransfer(QStringLiteral("alice"), id, QStringLiteral("carol"), {{QStringLiteral("problem"), QStringLiteral("闪退")}}).ok());
    QVERIFY(e.acceptTransfer(QStringLiteral("carol"), m_fx->pendingTransferId(id)).ok());
    m_fx->clock().advance(5'000);
    QVERIFY(e.requestTransfer(QStringLiteral("carol"), id, QStringLiteral("dave"), {}).ok());
    QVERIFY(e.acceptTransfer(QStringLiteral("dave"), m_fx->pendingTransferId(id)).ok());
    const EngineResult chain = e.chain(QStringLiteral("dave"), id);
    QVERIFY(chain.ok());
    const QJsonArray hops = chain.payload[QStringLiteral("hops")].toArray();
    QCOMPARE(hops.size(), 4);
    QCOMPARE(hops[0][QStringLiteral("kind")].toString(), QStringLiteral("assigned"));
    QCOMPARE(hops[0][QStringLiteral("to")].toString(), QStringLiteral("alice"));
    QCOMPARE(hops[1][QStringLiteral("state")].toString(), QStringLiteral("rejected"));
    QCOMPARE(hops[2][QStringLiteral("toDepartment")].toString(), QStringLiteral("tech"));
    QCOMPARE(hops[2][QStringLiteral("note")][QStringLiteral("problem")].toString(), QStringLiteral("闪退"));
    QCOMPARE(hops[3][QStringLiteral("from")].toString(), QStringLiteral("carol"));
    QCOMPARE(hops[3][QStringLiteral("state")].toString(), QStringLiteral("accepted"));
    QVERIFY(e.chain(QStringLiteral("alice"), id).ok()); // earlier holders keep read access
}

void TestEngineTransfer::engineTextsFollowTheConversationLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("hopLine");
    QTest::addColumn<QString>("welcomeStart");
    QTest::newRow("zh") << QStringLiteral("zh") << QStringLiteral("转接：Alice → Carol") << QStringLiteral("您好，我是Carol");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Transferred: Alice → Carol") << QStringLiteral("Hello, I am Carol");
}

void TestEngineTransfer::engineTextsFollowTheConversationLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, hopLine);
    QFETCH(QString, welcomeStart);
    Engine &e = m_fx->engine();
    m_fx->connect({"alice"});
    const EngineResult started =
        e.startVisitor({QStringLiteral("Visitor"), {}, QStringLiteral("pre_sales"), QStringLiteral("hello"), true, language});
    QVERIFY(started.ok());
    const qint64 id = qint64(started.payload.value(QStringLiteral("conversationId")).toDouble());
    QCOMPARE(e.state().conversations.value(id).ownerId, QStringLiteral("alice"));
    m_fx->connect({"carol"});
    QVERIFY(e.requestTransfer(QStringLiteral("alice"), id, QStringLiteral("carol"), {}).ok());
    QVERIFY(e.acceptTransfer(QStringLiteral("carol"), m_fx->pendingTransferId(id)).ok());
    const auto messages = m_fx->store().messages(id, 0, 100);
    QCOMPARE(messages.at(messages.size() - 2).text, hopLine);
    QVERIFY2(messages.last().text.startsWith(welcomeStart), qPrintable(messages.last().text));
}

QTEST_GUILESS_MAIN(TestEngineTransfer)
#include "tst_engine_transfer.moc"
