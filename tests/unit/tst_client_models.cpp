// The workstation's client layer without a network: the cache updater fed with protocol events,
// the item models (each under QAbstractItemModelTester), paging, the outbox, auto-accept rules and
// note templates.

#include "client/agentclient.h"
#include "client/autoacceptpolicy.h"
#include "client/candidatemodel.h"
#include "client/cannedreply.h"
#include "client/chainmodel.h"
#include "client/conversationlistmodel.h"
#include "client/engineconnection.h"
#include "client/localcache.h"
#include "client/messagemodel.h"
#include "client/notetemplate.h"
#include "client/offerinbox.h"
#include "client/pinyinsearch.h"
#include "client/workstationsettings.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace baton;
using Mode = QAbstractItemModelTester::FailureReportingMode;

namespace {
QJsonObject conversation(qint64 id, const QString &owner, int priority = 0, const QString &state = "active")
{
    return {
        {"id", id},
        {"owner", owner},
        {"state", state},
        {"priority", priority},
        {"createdMs", 1000 + id},
        {"customer", QJsonObject{{"name", QString("客户%1").arg(id)}, {"vipLevel", priority > 0 ? 1 : 0}}}};
}
QJsonObject message(qint64 conversationId, qint64 seq, const QString &sender, const QString &text,
                    qint64 timeMs)
{
    return {{"conversationId", conversationId},
            {"seq", seq},
            {"sender", sender},
            {"senderId", sender == "agent" ? "alice" : "c"},
            {"text", text},
            {"timeMs", timeMs}};
}
QJsonObject transfer(qint64 id, qint64 conversationId, const QString &from, const QString &to,
                     const QString &state)
{
    return {{"id", id},       {"conversationId", conversationId}, {"from", from},       {"to", to},
            {"state", state}, {"fromDepartment", "sales"},        {"deadlineMs", 99999}};
}
} // namespace

class TestClientModels : public QObject {
    Q_OBJECT

    struct Rig {
        QTemporaryDir dir;
        LocalCache cache{dir.filePath("cache.db")};
        EngineConnection connection;
        std::unique_ptr<AgentClient> client;
        Rig()
        {
            QString error;
            if (!cache.open(&error))
                qFatal("%s", qPrintable(error));
            client = std::make_unique<AgentClient>(connection, cache);
            client->setCredentials({QUrl("ws://127.0.0.1:1/agent"), "alice", "pw"});
        }
        void event(const QString &type, const QJsonObject &payload)
        {
            client->updater().applyEvent(type, payload);
        }
    };

private slots:
    void listFollowsEventsInPriorityOrder()
    {
        Rig rig;
        ConversationListModel list(rig.cache, *rig.client);
        QAbstractItemModelTester tester(&list, Mode::QtTest);
        rig.event("CONVERSATION_ASSIGNED", {{"conversation", conversation(1, "alice")}});
        rig.event("CONVERSATION_ASSIGNED", {{"conversation", conversation(2, "alice", 2)}});
        QCOMPARE(list.rowCount(), 2);
        QCOMPARE(list.idAt(0), 2); // urgent first

        rig.event("MESSAGE", {{"message", message(1, 1, "customer", "在吗", 5000)}});
        const QModelIndex one = list.index(list.rowOf(1));
        QCOMPARE(one.data(ConversationListModel::UnreadRole).toInt(), 1);
        QCOMPARE(one.data(ConversationListModel::WaitingSinceRole).toLongLong(), 5000);
        QCOMPARE(one.data(ConversationListModel::LastTextRole).toString(), QString("在吗"));
        QCOMPARE(one.data(Qt::AccessibleTextRole).toString(), QString("客户1, 1 unread, 在吗"));
        rig.event("MESSAGE", {{"message", message(1, 2, "agent", "您好", 6000)}});
        QCOMPARE(list.index(list.rowOf(1)).data(ConversationListModel::WaitingSinceRole).toLongLong(), 0);
        rig.client->markRead(1);
        QCOMPARE(list.index(list.rowOf(1)).data(ConversationListModel::UnreadRole).toInt(), 0);

        // An offer to me goes to the top; withdrawn, it disappears.
        rig.event("TRANSFER", {{"transfer", transfer(7, 3, "bob", "alice", "pending")},
                               {"conversation", conversation(3, "bob")},
                               {"from", QJsonObject{{"id", "bob"}, {"name", "Bob"}}},
                               {"recentMessages", QJsonArray{message(3, 1, "customer", "退款", 4000)}}});
        QCOMPARE(list.idAt(0), 3);
        QVERIFY(list.index(0).data(ConversationListModel::OfferedRole).toBool());
        rig.event("TRANSFER_CANCEL", {{"transfer", transfer(7, 3, "bob", "alice", "cancelled")}});
        QCOMPARE(list.rowOf(3), -1);

        // Timed out unanswered, it stays as a missed transfer: who offered it, read-only.
        rig.event("TRANSFER", {{"transfer", transfer(8, 4, "bob", "alice", "pending")},
                               {"conversation", conversation(4, "bob")},
                               {"from", QJsonObject{{"id", "bob"}, {"name", "Bob"}}}});
        QJsonObject timedOut = transfer(8, 4, "bob", "alice", "timeout");
        timedOut["resolvedMs"] = 7000;
        rig.event("TRANSFER_TIMEOUT", {{"transfer", timedOut}});
        const QModelIndex missed = list.index(list.rowOf(4));
        QVERIFY(missed.isValid());
        QVERIFY(!missed.data(ConversationListModel::OfferedRole).toBool());
        QCOMPARE(missed.data(ConversationListModel::MissedFromRole).toString(), QString("Bob"));
        QCOMPARE(missed.data(ConversationListModel::MissedTimeRole).toLongLong(), 7000);
        QVERIFY(missed.data(ConversationListModel::ReadOnlyRole).toBool());

        // Transferred away: kept, but as read-only history at the bottom.
        rig.event("CONVERSATION_UPDATED", {{"conversation", conversation(2, "carol", 2)}});
        QCOMPARE(list.idAt(list.rowCount() - 1), 2);
        QVERIFY(list.index(list.rowCount() - 1).data(ConversationListModel::ReadOnlyRole).toBool());
        QCOMPARE(list.index(list.rowCount() - 1).data(ConversationListModel::GroupRole).toInt(),
                 int(ConversationListModel::HistoryGroup));

        // A fresh model over the same cache shows the same thing: the cache is the source of truth.
        ConversationListModel again(rig.cache, *rig.client);
        again.reload();
        QCOMPARE(again.rowCount(), list.rowCount());
        for (int row = 0; row < list.rowCount(); ++row)
            QCOMPARE(again.idAt(row), list.idAt(row));
    }

    void outgoingTransferStateIsShown()
    {
        Rig rig;
        ConversationListModel list(rig.cache, *rig.client);
        QAbstractItemModelTester tester(&list, Mode::QtTest);
        rig.event("CONVERSATION_ASSIGNED", {{"conversation", conversation(1, "alice")}});
        rig.client->updater().applyTransfer(Transfer::fromJson(transfer(5, 1, "alice", "bob", "pending")));
        QCOMPARE(list.index(0).data(ConversationListModel::OutgoingTransferStateRole).toString(),
                 QString("pending"));
        const QJsonArray next{
            QJsonObject{{"agent", QJsonObject{{"id", "eve"}, {"name", "Eve"}}}, {"score", 0.5}}};
        rig.event("TRANSFER_REJECT",
                  {{"transfer", transfer(5, 1, "alice", "bob", "rejected")}, {"next", next}});
        QCOMPARE(list.index(0).data(ConversationListModel::OutgoingTransferStateRole).toString(),
                 QString("rejected"));
        QCOMPARE(rig.cache.transfer(5)->next.size(), 1);
        QCOMPARE(rig.cache.transfer(5)->next.first().agent.agent.displayName, QString("Eve"));
        // A later event without `next` keeps the recommendations it brought.
        rig.event("TRANSFER_REJECT", {{"transfer", transfer(5, 1, "alice", "bob", "rejected")}});
        QCOMPARE(rig.cache.transfer(5)->next.size(), 1);
    }

    void messagesPageByKeysetAndShowTheOutbox()
    {
        Rig rig;
        MessageModel messages(rig.cache, *rig.client);
        QAbstractItemModelTester tester(&messages, Mode::QtTest);
        rig.event("CONVERSATION_ASSIGNED", {{"conversation", conversation(1, "alice")}});
        rig.cache.begin();
        for (int seq = 1; seq <= 450; ++seq)
            rig.client->updater().applyMessage(Message::fromJson(
                message(1, seq, seq % 2 ? "customer" : "agent", QString::number(seq), seq)));
        rig.cache.commit();

        messages.setConversation(1);
        QCOMPARE(messages.rowCount(), MessageModel::pageSize);
        QCOMPARE(messages.index(0).data(MessageModel::SeqRole).toLongLong(), 251);
        QVERIFY(messages.canLoadOlder());
        QCOMPARE(messages.loadOlder(), 200);
        QCOMPARE(messages.loadOlder(), 50);
        QVERIFY(!messages.canLoadOlder());
        QCOMPARE(messages.index(0).data(MessageModel::SeqRole).toLongLong(), 1);

        // Live messages append once; a repeat (e.g. from RESUME) changes nothing.
        rig.event("MESSAGE", {{"message", message(1, 451, "customer", "还有问题", 500)}});
        rig.event("MESSAGE", {{"message", message(1, 451, "customer", "还有问题", 500)}});
        QCOMPARE(messages.rowCount(), 451);
        rig.event("MESSAGE_UPDATED", {{"message", message(1, 451, "customer", "还有****", 500)}});
        QCOMPARE(messages.index(450).data(MessageModel::TextRole).toString(), QString("还有****"));

        // Offline: the typed line waits in the outbox, shown as pending after the confirmed ones.
        rig.client->sendMessage(1, "马上处理");
        QCOMPARE(messages.rowCount(), 452);
        QVERIFY(messages.index(451).data(MessageModel::PendingRole).toBool());
        QCOMPARE(rig.cache.outbox(1).size(), 1);
        rig.event("MESSAGE", {{"message", message(1, 452, "customer", "好的", 600)}});
        QCOMPARE(messages.index(451).data(MessageModel::SeqRole).toLongLong(),
                 452); // before the pending line
        QVERIFY(messages.index(452).data(MessageModel::PendingRole).toBool());
    }

    void contiguousSeq_data()
    {
        QTest::addColumn<QList<int>>("cached");
        QTest::addColumn<int>("contiguous");
        QTest::newRow("none") << QList<int>{} << 0;
        QTest::newRow("from one") << QList<int>{1, 2, 3} << 3;
        QTest::newRow("hole") << QList<int>{1, 2, 4, 5} << 2;
        QTest::newRow("first missing") << QList<int>{2, 3} << 0;
        QTest::newRow("two holes") << QList<int>{1, 3, 5} << 1;
    }

    void contiguousSeq()
    {
        QFETCH(QList<int>, cached);
        QFETCH(int, contiguous);
        Rig rig;
        rig.event("CONVERSATION_ASSIGNED", {{"conversation", conversation(1, "alice")}});
        for (int seq : cached)
            rig.client->updater().applyMessage(Message::fromJson(message(1, seq, "customer", "x", seq)));
        QCOMPARE(rig.cache.contiguousMessageSeq(1), qint64(contiguous));
    }

    void historyHoles_data()
    {
        QTest::addColumn<QList<int>>("cached");
        QTest::addColumn<int>("lastSeq");
        QTest::addColumn<int>("afterSeq");
        QTest::addColumn<int>("limit");
        QTest::newRow("nothing cached") << QList<int>{} << 50 << 0 << 50;
        QTest::newRow("complete") << QList<int>{1, 2, 3} << 3 << 3 << 0;
        QTest::newRow("newer ones missing") << QList<int>{1, 2} << 10 << 2 << 8;
        // An offer brings the last 20 lines: only the 30 before them are fetched.
        QTest::newRow("offer preview") << QList<int>{31, 32, 33, 50} << 50 << 0 << 30;
        QTest::newRow("hole in the middle") << QList<int>{1, 2, 6, 7} << 7 << 2 << 3;
        QTest::newRow("capped by the page") << QList<int>{} << 5000 << 0 << 1000;
    }

    void historyHoles()
    {
        QFETCH(QList<int>, cached);
        QFETCH(int, lastSeq);
        QFETCH(int, afterSeq);
        QFETCH(int, limit);
        Rig rig;
        rig.event("CONVERSATION_ASSIGNED", {{"conversation", conversation(1, "alice")}});
        for (int seq : cached)
            rig.client->updater().applyMessage(Message::fromJson(message(1, seq, "customer", "x", seq)));
        const LocalCache::HistoryHole hole = rig.cache.firstHole(1, lastSeq, 1000);
        QCOMPARE(hole.afterSeq, qint64(afterSeq));
        QCOMPARE(hole.limit, limit);
    }

    // One event is one cache transaction and one change notification per conversation, sent after
    // the commit; a TRANSFER offer stores its transfer once although the payload carries it twice.
    void signalsComeOncePerConversationAfterCommit()
    {
        Rig rig;
        rig.event("CONVERSATION_ASSIGNED", {{"conversation", conversation(1, "alice")}});
        QSignalSpy changed(&rig.client->updater(), &CacheUpdater::conversationChanged);
        QSignalSpy transfers(&rig.client->updater(), &CacheUpdater::transferChanged);
        QSignalSpy offers(&rig.client->updater(), &CacheUpdater::offerReceived);
        int rowsSeenDuringSignal = -1;
        connect(
            &rig.client->updater(), &CacheUpdater::offerReceived, this, [&](qint64 conversationId, qint64) {
                // The batch is committed: a fresh read sees the offer.
                rowsSeenDuringSignal = rig.cache.conversation(conversationId)->offerTransferId > 0 ? 1 : 0;
            });
        QJsonObject offered = conversation(3, "bob");
        offered["pendingTransfer"] = transfer(7, 3, "bob", "alice", "pending");
        rig.event("TRANSFER", {{"transfer", transfer(7, 3, "bob", "alice", "pending")},
                               {"conversation", offered},
                               {"from", QJsonObject{{"id", "bob"}, {"name", "Bob"}}},
                               {"recentMessages", QJsonArray{message(3, 1, "customer", "退款", 4000),
                                                             message(3, 2, "customer", "在吗", 4100)}}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toLongLong(), 3);
        QCOMPARE(transfers.count(), 1);
        QCOMPARE(offers.count(), 1);
        QCOMPARE(rowsSeenDuringSignal, 1);

        changed.clear();
        rig.event("MESSAGE", {{"message", message(1, 1, "customer", "你好", 5000)}});
        QCOMPARE(changed.count(), 1);
    }

    // The inbox, not the window, decides: an offer past its deadline (on the engine's clock) cannot
    // be opened even before the engine's timeout arrives; the auto-accept rule accepts without asking.
    void offerInboxDecides()
    {
        Rig rig;
        WorkstationSettings settings(rig.dir.filePath("settings.ini"));
        qint64 engineNow = 50'000;
        OfferInbox inbox(*rig.client, rig.cache, settings, [&engineNow] { return engineNow; });
        QSignalSpy arrived(&inbox, &OfferInbox::offerArrived);
        QSignalSpy autoAccepted(&inbox, &OfferInbox::autoAccepted);
        QSignalSpy missed(&inbox, &OfferInbox::offerMissed);
        const auto offer = [&rig](qint64 transferId, qint64 conversationId) {
            rig.event("TRANSFER",
                      {{"transfer", transfer(transferId, conversationId, "bob", "alice", "pending")},
                       {"conversation", conversation(conversationId, "bob")},
                       {"from", QJsonObject{{"id", "bob"}, {"name", "Bob"}, {"department", "sales"}}}});
        };
        offer(7, 3);
        QCOMPARE(arrived.count(), 1);
        QCOMPARE(arrived.first().first().value<OfferInbox::Offer>().fromName, QString("Bob"));
        QVERIFY(inbox.openOffer(7));
        QCOMPARE(inbox.latestOpenOffer()->transferId, 7);
        engineNow = 100'000; // the deadline (99,999) passed; the engine's TRANSFER_TIMEOUT is not here yet
        QVERIFY(!inbox.openOffer(7));
        QVERIFY(!inbox.latestOpenOffer());
        rig.event("TRANSFER_TIMEOUT", {{"transfer", transfer(7, 3, "bob", "alice", "timeout")}});
        QCOMPARE(missed.count(), 1);
        QCOMPARE(missed.first().at(1).value<TransferState>(), TransferState::Timeout);

        engineNow = 50'000;
        settings.setAutoAcceptEnabled(true);
        settings.setAutoAcceptSameDepartmentOnly(true);
        offer(8, 4); // no profile yet, so not "my department": asked
        QCOMPARE(autoAccepted.count(), 0);
        QCOMPARE(arrived.count(), 2);
        settings.setAutoAcceptSameDepartmentOnly(false);
        settings.setAutoAcceptLoadBelow(5);
        offer(9, 5);
        QCOMPARE(autoAccepted.count(), 1);
        QCOMPARE(arrived.count(), 2);
    }

    // Accepting: the engine announces the new owner (CONVERSATION_ASSIGNED, no transfer pending)
    // before the accept's reply and TRANSFER_ACCEPT; the ended offer is not a missed one.
    void acceptedOfferIsNotMissed()
    {
        Rig rig;
        WorkstationSettings settings(rig.dir.filePath("settings.ini"));
        OfferInbox inbox(*rig.client, rig.cache, settings, [] { return qint64(50'000); });
        QSignalSpy missed(&inbox, &OfferInbox::offerMissed);
        rig.event("TRANSFER",
                  {{"transfer", transfer(11, 6, "bob", "alice", "pending")},
                   {"conversation", conversation(6, "bob")},
                   {"from", QJsonObject{{"id", "bob"}, {"name", "Bob"}, {"department", "sales"}}}});
        QVERIFY(rig.cache.conversation(6)->isOffered());
        rig.event("CONVERSATION_ASSIGNED", {{"conversation", conversation(6, "alice")}});
        QVERIFY(!rig.cache.conversation(6)->isOffered());
        rig.event("TRANSFER_ACCEPT", {{"transfer", transfer(11, 6, "bob", "alice", "accepted")}});
        QCOMPARE(missed.count(), 0);
        QCOMPARE(rig.cache.conversation(6)->missedTransferId, 0);
        // The same announcement for a chat that went to someone else is still a missed offer.
        rig.event("TRANSFER",
                  {{"transfer", transfer(12, 7, "bob", "alice", "pending")},
                   {"conversation", conversation(7, "bob")},
                   {"from", QJsonObject{{"id", "bob"}, {"name", "Bob"}, {"department", "sales"}}}});
        rig.event("CONVERSATION_UPDATED", {{"conversation", conversation(7, "carol")}});
        QCOMPARE(missed.count(), 1);
    }

    void candidateAndChainModels()
    {
        CandidateModel candidates;
        QAbstractItemModelTester t1(&candidates, Mode::QtTest);
        candidates.setCandidates(Candidate::listFromJson(QJsonArray{QJsonObject{
            {"agent", QJsonObject{{"id", "carol"},
                                  {"name", "Carol"},
                                  {"department", "tech"},
                                  {"status", "online"},
                                  {"load", 1},
                                  {"reserved", 1},
                                  {"maxSessions", 4},
                                  {"skills", QJsonArray{QJsonObject{{"skill", "technical"},
                                                                    {"proficiency", "primary"}}}}}},
            {"score", 0.8},
            {"reasons", QJsonArray{QJsonObject{{"code", "load"}, {"load", 2}, {"max", 4}}}}}}));
        QCOMPARE(candidates.agentIdAt(0), QString("carol"));
        QCOMPARE(candidates.index(0).data(CandidateModel::LoadRole).toInt(), 2);
        QVERIFY(candidates.index(0).data(CandidateModel::SelectableRole).toBool());
        const Candidate carol = candidates.index(0).data(CandidateModel::CandidateRole).value<Candidate>();
        QCOMPARE(carol.agent.agent.skills.size(), 1);
        QCOMPARE(carol.agent.agent.skills.first().proficiency, Proficiency::Primary);
        QCOMPARE(carol.reasons.first().kind, CandidateReason::Kind::Load);
        QCOMPARE(carol.reasons.first().max, 4);
        candidates.setCandidates({});
        QCOMPARE(candidates.rowCount(), 0);

        ChainModel chain;
        QAbstractItemModelTester t2(&chain, Mode::QtTest);
        chain.setHops(ChainHop::listFromJson(
            QJsonArray{QJsonObject{{"kind", "assigned"}, {"toName", "Alice"}, {"timeMs", 10}},
                       QJsonObject{{"kind", "transfer"},
                                   {"fromName", "Alice"},
                                   {"toName", "Carol"},
                                   {"state", "rejected"},
                                   {"reason", "忙"},
                                   {"createdMs", 20},
                                   {"note", QJsonObject{{"problem", "闪退"}}}}}));
        QCOMPARE(chain.index(0).data(ChainModel::TimeRole).toLongLong(), 10);
        QCOMPARE(chain.index(1).data(ChainModel::TimeRole).toLongLong(), 20);
        const ChainHop hop = chain.index(1).data(ChainModel::HopRole).value<ChainHop>();
        QCOMPARE(hop.kind, ChainHop::Kind::Transfer);
        QCOMPARE(hop.transfer.state, TransferState::Rejected);
        QCOMPARE(hop.transfer.note.problem, QString("闪退"));
    }

    void autoAccept_data()
    {
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<bool>("sameDepartment");
        QTest::addColumn<int>("loadBelow");
        QTest::addColumn<QString>("fromDepartment");
        QTest::addColumn<int>("myLoad");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("off") << false << true << 5 << "sales" << 0 << false;
        QTest::newRow("on without conditions asks") << true << false << 0 << "sales" << 0 << false;
        QTest::newRow("same department") << true << true << 0 << "sales" << 9 << true;
        QTest::newRow("other department") << true << true << 0 << "tech" << 0 << false;
        QTest::newRow("load under limit") << true << false << 3 << "tech" << 2 << true;
        QTest::newRow("load at limit") << true << false << 3 << "tech" << 3 << false;
        QTest::newRow("both hold") << true << true << 3 << "sales" << 1 << true;
        QTest::newRow("one of two fails") << true << true << 3 << "sales" << 3 << false;
    }

    void autoAccept()
    {
        QFETCH(bool, enabled);
        QFETCH(bool, sameDepartment);
        QFETCH(int, loadBelow);
        QFETCH(QString, fromDepartment);
        QFETCH(int, myLoad);
        QFETCH(bool, accepted);
        const AutoAcceptPolicy policy({enabled, sameDepartment, loadBelow});
        Transfer offer;
        offer.fromDepartment = fromDepartment;
        Agent me;
        me.department = "sales";
        QCOMPARE(policy.accepts(offer, me, myLoad), accepted);
    }

    void templatesFillTheCustomerSituation()
    {
        const QList<NoteTemplate> builtIns = NoteTemplate::builtIns();
        QStringList ids;
        for (const NoteTemplate &t : builtIns)
            ids << t.id;
        QCOMPARE(ids, (QStringList{"technical", "complaint", "vip", "after_sales"}));
        QJsonObject c = conversation(1, "alice", 2);
        c["customer"] = QJsonObject{{"name", "王女士"}, {"vipLevel", 2}, {"tags", QJsonArray{"钻石会员"}}};
        const TransferNote note = builtIns.first().noteFor(ConversationView::fromJson(c));
        QCOMPARE(note.templateId, QString("technical"));
        QVERIFY(note.customerSituation.contains("钻石会员"));
        QVERIFY(note.customerSituation.contains("2"));
        QCOMPARE(note.urgency, Urgency::High); // an urgent conversation
        const NoteTemplate mine = NoteTemplate::fromJson(note.toJson());
        QCOMPARE(mine.note.problem, note.problem);
    }

    void pinyinFindsNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("found");
        QTest::newRow("initials") << "林晓"
                                  << "lx" << true;
        QTest::newRow("surname") << "林晓"
                                 << "lin" << true;
        QTest::newRow("full, any case") << "林晓"
                                        << "LinXiao" << true;
        QTest::newRow("syllable and initial") << "林晓"
                                              << "linx" << true;
        QTest::newRow("initial and syllable") << "林晓"
                                              << "lxiao" << true;
        QTest::newRow("given name only") << "林晓"
                                         << "xiao" << true;
        QTest::newRow("with a space") << "林晓"
                                      << "lin xiao" << true;
        QTest::newRow("characters") << "林晓"
                                    << "晓" << true;
        QTest::newRow("not a prefix run") << "林晓"
                                          << "inx" << false;
        QTest::newRow("another person") << "林晓"
                                        << "zw" << false;
        QTest::newRow("compound surname") << "欧阳明"
                                          << "oym" << true;
        QTest::newRow("outside the table")
            << "龘"
            << "d" << false; // a character without a reading matches only itself
        QTest::newRow("zhang wei") << "张伟"
                                   << "zhangw" << true;
        QTest::newRow("shi in a title") << "王女士"
                                        << "wns" << true;
        QTest::newRow("latin name") << "Bob"
                                    << "bo" << true;
        QTest::newRow("latin miss") << "Bob"
                                    << "bx" << false;
        QTest::newRow("empty query") << "林晓"
                                     << "" << true;
    }

    void pinyinFindsNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, query);
        QFETCH(bool, found);
        QCOMPARE(PinyinSearch::matches(name, query), found);
    }

    void cannedRepliesFollowTheCustomersLanguage()
    {
        const QList<CannedReply> replies = CannedReply::builtIns();
        const QList<CannedReply> zh = CannedReply::matching(replies, {}, QStringLiteral("zh"));
        const QList<CannedReply> en = CannedReply::matching(replies, {}, QStringLiteral("en"));
        QVERIFY(!zh.isEmpty() && !en.isEmpty());
        QVERIFY(std::all_of(zh.begin(), zh.end(),
                            [](const CannedReply &r) { return r.language == QLatin1String("zh"); }));
        QVERIFY(std::all_of(en.begin(), en.end(),
                            [](const CannedReply &r) { return r.language == QLatin1String("en"); }));
        // `/` searches titles, then texts.
        const QList<CannedReply> wait =
            CannedReply::matching(replies, QStringLiteral("稍"), QStringLiteral("zh"));
        QCOMPARE(wait.size(), 1);
        QCOMPARE(wait.first().title, QStringLiteral("稍等"));
        QCOMPARE(CannedReply::matching(replies, QStringLiteral("patience"), QStringLiteral("en")).size(), 1);
        // A reply for any language is offered everywhere; variables take the names.
        const CannedReply any{
            QStringLiteral("x"), {}, QStringLiteral("hi"), QStringLiteral("{customer}, {agent} here")};
        QCOMPARE(CannedReply::matching({any}, {}, QStringLiteral("en")).size(), 1);
        QCOMPARE(any.expanded(QStringLiteral("王女士"), QStringLiteral("林晓")),
                 QStringLiteral("王女士, 林晓 here"));
        QCOMPARE(CannedReply::fromJson(any.toJson()).text, any.text);
    }

    void cannedRepliesAreKeptInTheSettings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            QSettings old(path, QSettings::IniFormat);
            old.setValue(QStringLiteral("chat/cannedReplies"), QStringList{QStringLiteral("稍等一下")});
        }
        WorkstationSettings settings(path);
        QCOMPARE(settings.cannedReplies().size(), 1); // the plain texts of an older version survive
        QVERIFY(settings.cannedReplies().first().language.isEmpty());
        QList<CannedReply> mine = CannedReply::builtIns();
        mine.removeFirst();
        settings.setCannedReplies(mine);
        QCOMPARE(WorkstationSettings(path).cannedReplies().size(), mine.size());
        settings.setCannedReplies({});
        QVERIFY(WorkstationSettings(path).cannedReplies().isEmpty()); // deleting them all is a choice, kept
    }
};

QTEST_MAIN(TestClientModels)
#include "tst_client_models.moc"
