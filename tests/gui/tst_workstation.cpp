// The workstation against a real engine on 127.0.0.1 port 0 (F1, F6): two agents' windows,
// keyboard-driven transfers, reject and timeout paths, offline start from the cache, and the outbox.

#include "client/conversationlistmodel.h"
#include "client/localcache.h"
#include "client/messagemodel.h"
#include "support/serverfixture.h"
#include "ui/chatview.h"
#include "ui/incomingtransferdialog.h"
#include "ui/connectdialog.h"
#include "ui/customerpanel.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "ui/transferbanner.h"
#include "ui/transferdialog.h"
#include "workstation/languageswitcher.h"
#include "workstation/workstation.h"
#include "workstationdesk.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QTest>

using namespace baton;
using namespace baton::test;

class TestWorkstation : public QObject {
    Q_OBJECT

private:
    // Alice's desk signs in first, so the customer's conversation is routed to her.
    struct Scene {
        std::unique_ptr<ServerFixture> server;
        std::unique_ptr<WorkstationDesk> alice;
        std::unique_ptr<WorkstationDesk> bob;
        std::unique_ptr<TestClient> customer;
        qint64 conversationId = 0;
    };

    static Scene scene(int timeoutMs = 30000)
    {
        Scene s;
        s.server = std::make_unique<ServerFixture>(timeoutMs);
        s.alice = std::make_unique<WorkstationDesk>(s.server->agentUrl(), QStringLiteral("alice"));
        if (!s.alice->waitOnline())
            qFatal("alice did not sign in");
        s.customer = s.server->visitor(QStringLiteral("sales"), QStringLiteral("我想退货，订单 12345"), &s.conversationId);
        s.bob = std::make_unique<WorkstationDesk>(s.server->agentUrl(), QStringLiteral("bob"));
        if (!s.bob->waitOnline())
            qFatal("bob did not sign in");
        return s;
    }

    // Ctrl+T on Alice's window, search for Bob, a note from the first template, Ctrl+Enter.
    static bool transferToBob(Scene &s)
    {
        MainWindow &w = s.alice->window();
        if (!QTest::qWaitFor([&] { return s.alice->session().conversations().rowOf(s.conversationId) >= 0; }, 5000))
            return false;
        w.selectConversation(s.conversationId);
        if (!s.alice->activate())
            return fail("alice's window did not become active");
        QTest::keyClick(&w, Qt::Key_T, Qt::ControlModifier);
        auto *dialog = w.findChild<TransferDialog *>();
        if (!dialog)
            return fail("Ctrl+T opened no dialog");
        auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("search"));
        QTest::keyClicks(search, QStringLiteral("Bob"));
        if (!QTest::qWaitFor([&] {
                return dialog->candidates().rowCount() == 1 && dialog->candidates().agentIdAt(0) == QLatin1String("bob");
            }, 5000))
        {
            QStringList ids;
            for (int i = 0; i < dialog->candidates().rowCount(); ++i)
                ids << dialog->candidates().agentIdAt(i);
            qWarning() << "candidates:" << ids << search->text() << search->isVisible() << dialog->isVisible();
            return fail("Bob was not recommended");
        }
        QTest::keyClick(search, Qt::Key_Down); // into the list, first row selected
        auto *templates = dialog->findChild<QComboBox *>(QStringLiteral("template"));
        templates->setFocus();
        QTest::keyClick(templates, Qt::Key_Down); // the first template: technical
        if (dialog->findChild<QPlainTextEdit *>(QStringLiteral("problem"))->toPlainText().isEmpty())
            return fail("the template did not fill the note");
        QTest::keyClick(templates, Qt::Key_Return, Qt::ControlModifier);
        return QTest::qWaitFor([&] { return w.chatView()->banner()->stateShown() == QLatin1String("pending"); }, 5000);
    }

    static bool fail(const char *why)
    {
        qWarning("%s", why);
        return false;
    }

    static qint64 offerOn(WorkstationDesk &desk, qint64 conversationId)
    {
        qint64 transferId = 0;
        (void)QTest::qWaitFor([&] {
            const auto s = desk.session().cache().conversation(conversationId);
            transferId = s ? s->offerTransferId : 0;
            return transferId > 0;
        }, 5000);
        return transferId;
    }

private slots:
    void transferByKeyboardIsPreviewedAndAccepted()
    {
        Scene s = scene();
        QVERIFY(transferToBob(s));
        const qint64 transferId = offerOn(*s.bob, s.conversationId);
        QVERIFY(transferId > 0);
        // Bob's list shows the offer first and highlighted, and a notice says who offers what.
        QCOMPARE(s.bob->session().conversations().idAt(0), s.conversationId);
        QVERIFY(s.bob->session().conversations().index(0).data(ConversationListModel::OfferedRole).toBool());
        QTRY_VERIFY(s.bob->window().noticeBar()->isVisible());

        IncomingTransferDialog *preview = s.bob->window().openOffer(transferId);
        QVERIFY(preview);
        auto *history = preview->findChild<QListView *>(QStringLiteral("history"));
        QTRY_VERIFY(history->model()->rowCount() >= 2); // the customer's words and Alice's welcome
        QVERIFY(preview->findChild<QLabel *>(QStringLiteral("header"))->text().contains(QStringLiteral("Alice")));
        QTest::mouseClick(preview->findChild<QPushButton *>(QStringLiteral("accept")), Qt::LeftButton);

        QTRY_COMPARE(s.alice->window().chatView()->banner()->stateShown(), QStringLiteral("accepted"));
        QTRY_VERIFY(s.bob->session().cache().conversation(s.conversationId)->isOwnedBy(QStringLiteral("bob")));
        // Alice keeps the chat as read-only history; Bob can write.
        QTRY_VERIFY(s.alice->window().chatView()->findChild<QLabel *>(QStringLiteral("readOnlyNotice"))->isVisible());
        QVERIFY(!s.alice->session().cache().conversation(s.conversationId)->isOwnedBy(QStringLiteral("alice")));
        // The customer got Bob's welcome; the transfer note came from the template.
        QVERIFY(s.customer->waitEvent(QStringLiteral("STATUS")));
        const auto chain = s.server->engine().chain(QStringLiteral("alice"), s.conversationId);
        const QJsonArray hops = chain.payload.value(QStringLiteral("hops")).toArray();
        QCOMPARE(hops.last().toObject().value(QStringLiteral("note")).toObject().value(QStringLiteral("template")).toString(),
                 QStringLiteral("technical"));
    }

    void rejectShowsReasonAndNextRecommendations()
    {
        Scene s = scene();
        auto carol = s.server->agent(QStringLiteral("carol")); // someone else to recommend next
        QVERIFY(transferToBob(s));
        const qint64 transferId = offerOn(*s.bob, s.conversationId);
        IncomingTransferDialog *preview = s.bob->window().openOffer(transferId);
        // Chinese arrives through an input method, not key events: insert it as the IME would.
        preview->findChild<QLineEdit *>(QStringLiteral("reason"))->insert(QStringLiteral("正在处理紧急工单"));
        QTest::mouseClick(preview->findChild<QPushButton *>(QStringLiteral("reject")), Qt::LeftButton);

        TransferBanner *banner = s.alice->window().chatView()->banner();
        QTRY_COMPARE(banner->stateShown(), QStringLiteral("rejected"));
        QVERIFY(banner->findChild<QLabel *>(QStringLiteral("bannerText"))->text().contains(QStringLiteral("正在处理紧急工单")));
        auto *next = banner->findChild<QPushButton *>(QStringLiteral("next_carol"));
        QVERIFY2(next, qPrintable(QString::number(s.alice->session().cache().transfer(transferId)->next.size())));
        QVERIFY(!banner->findChild<QPushButton *>(QStringLiteral("next_bob"))); // who declined is not offered again
        // One click sends the same note to Carol.
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(carol->waitEvent(QStringLiteral("TRANSFER")));
        QTRY_COMPARE(banner->stateShown(), QStringLiteral("pending"));
    }

    void statusFilterShowsWhoIsAwayButCannotPickThem()
    {
        Scene s = scene();
        auto carol = s.server->agent(QStringLiteral("carol"));
        QVERIFY(carol->call(QStringLiteral("SET_STATUS"), {{"status", "away"}}).ok);
        MainWindow &w = s.alice->window();
        QTRY_VERIFY(s.alice->session().conversations().rowOf(s.conversationId) >= 0);
        w.selectConversation(s.conversationId);
        TransferDialog *dialog = w.openTransferDialog();
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->candidates().rowCount(), 1); // only Bob is available
        auto *status = dialog->findChild<QComboBox *>(QStringLiteral("status"));
        status->setCurrentIndex(status->findData("away"));
        QTRY_VERIFY(dialog->candidates().rowCount() == 1 && dialog->candidates().agentIdAt(0) == QLatin1String("carol"));
        dialog->findChild<QListView *>(QStringLiteral("candidates"))->setCurrentIndex(dialog->candidates().index(0));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("send")), Qt::LeftButton);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("error"))->isVisible());
        QCOMPARE(s.server->pendingTransferId(s.conversationId), 0); // nothing was sent
    }

    void autoAcceptRuleTakesTheOfferWithoutAsking()
    {
        auto server = std::make_unique<ServerFixture>();
        WorkstationDesk alice(server->agentUrl(), QStringLiteral("alice"));
        QVERIFY(alice.waitOnline());
        qint64 conversationId = 0;
        auto customer = server->visitor(QStringLiteral("sales"), QStringLiteral("发票怎么开？"), &conversationId);
        WorkstationDesk bob(server->agentUrl(), QStringLiteral("bob"));
        bob.settings().setAutoAcceptEnabled(true);
        bob.settings().setAutoAcceptSameDepartmentOnly(true); // Alice is in sales too
        bob.settings().setAutoAcceptLoadBelow(3);
        QVERIFY(bob.waitOnline());
        QTRY_VERIFY(alice.session().conversations().rowOf(conversationId) >= 0);
        alice.client().startTransfer(conversationId, QStringLiteral("bob"), QStringLiteral("Bob"), {});
        QTRY_VERIFY(bob.session().cache().conversation(conversationId) &&
                    bob.session().cache().conversation(conversationId)->isOwnedBy(QStringLiteral("bob")));
        QVERIFY(!bob.window().findChild<IncomingTransferDialog *>()); // nobody was asked
    }

    void offerThatEndedWhileAwayIsNotAnnounced()
    {
        ServerFixture server;
        auto alice = server.agent(QStringLiteral("alice"));
        qint64 conversationId = 0;
        auto customer = server.visitor(QStringLiteral("sales"), QStringLiteral("在吗"), &conversationId);
        QVERIFY(alice->waitEvent(QStringLiteral("CONVERSATION_ASSIGNED")));
        WorkstationDesk bob(server.agentUrl(), QStringLiteral("bob"));
        QVERIFY(bob.waitOnline());
        auto other = server.visitor(QStringLiteral("sales"), QStringLiteral("我也有问题"));
        QTRY_VERIFY(bob.session().cache().lastEventSeq() > 0); // so the reconnect resumes, not starts afresh
        bob.client().stop(); // within the engine's grace period Bob still counts as online
        const auto offered = alice->call(QStringLiteral("TRANSFER"), {{"conversationId", conversationId}, {"to", "bob"}});
        QVERIFY2(offered.ok, qPrintable(offered.message));
        const qint64 transferId = qint64(offered.payload.value("transfer").toObject().value("id").toDouble());
        QVERIFY(alice->call(QStringLiteral("TRANSFER_CANCEL"), {{"transferId", transferId}}).ok);

        bob.client().start(); // RESUME replays TRANSFER then TRANSFER_CANCEL
        QVERIFY(bob.waitOnline());
        QTRY_VERIFY(bob.session().cache().transfer(transferId).has_value());
        QTest::qWait(50); // let the deferred announcement run
        QVERIFY(!bob.window().noticeBar()->isVisible());
        QCOMPARE(bob.session().conversations().rowOf(conversationId), -1);
    }

    void settingsSendMySkillTags()
    {
        ServerFixture server;
        WorkstationDesk carol(server.agentUrl(), QStringLiteral("carol"));
        QVERIFY(carol.waitOnline());
        SettingsDialog dialog(carol.settings(), carol.client(), &carol.window());
        auto *tags = dialog.findChild<QLineEdit *>(QStringLiteral("tags"));
        QCOMPARE(tags->text(), QStringLiteral("闪退"));
        tags->setText(QStringLiteral("闪退，支付失败, refunds"));
        dialog.findChild<QCheckBox *>(QStringLiteral("sound"))->setChecked(true);
        dialog.accept();
        QTRY_COMPARE(carol.client().profile().agent.tags, (QStringList{"闪退", "支付失败", "refunds"}));
        QVERIFY(carol.settings().soundEnabled());
    }

    void altArrowsMoveBetweenConversations()
    {
        ServerFixture server;
        WorkstationDesk alice(server.agentUrl(), QStringLiteral("alice"));
        QVERIFY(alice.waitOnline());
        qint64 first = 0, second = 0;
        auto c1 = server.visitor(QStringLiteral("sales"), QStringLiteral("一"), &first);
        auto c2 = server.visitor(QStringLiteral("sales"), QStringLiteral("二"), &second);
        QTRY_COMPARE(alice.session().conversations().rowCount(), 2);
        alice.window().selectConversation(alice.session().conversations().idAt(0));
        QVERIFY(alice.activate());
        QTest::keyClick(&alice.window(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(alice.window().currentConversation(), alice.session().conversations().idAt(1));
        // The agent types the reply straight away: the keys go to the composer, not the list.
        auto *composer = alice.window().findChild<QPlainTextEdit *>(QStringLiteral("composer"));
        QVERIFY(composer);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(composer));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ok"));
        QCOMPARE(composer->toPlainText(), QStringLiteral("ok"));
        QTest::keyClick(&alice.window(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(alice.window().currentConversation(), alice.session().conversations().idAt(0));
    }

    void connectSwitchesToAnotherEngine()
    {
        ServerFixture first;
        ServerFixture second;
        QTemporaryDir folder;
        WorkstationSettings settings(folder.filePath("settings.ini"));
        settings.setSoundEnabled(false);
        LanguageSwitcher languages;
        Workstation workstation(settings, languages, folder.path());
        QString error;
        QVERIFY2(workstation.startRemote(first.agentUrl(), "alice", "alice-pw", &error), qPrintable(error));
        QTRY_COMPARE(workstation.session()->client().state(), AgentClient::State::Online);
        // What the Connect… dialog hands over when the agent picks another engine.
        emit workstation.session()->window().connectRequested({false, second.agentUrl(), "bob", "bob-pw", false});
        QTRY_COMPARE(workstation.session()->client().agentId(), QStringLiteral("bob"));
        QTRY_COMPARE(workstation.session()->client().state(), AgentClient::State::Online);
        QTRY_VERIFY(workstation.session()->window().connectionLabel()->text().contains(second.agentUrl().toString()));
        QCOMPARE(settings.engineUrl(), second.agentUrl().toString());
        QCOMPARE(settings.userName(), QStringLiteral("bob"));
    }

    void languageSwitchesWithoutRestart()
    {
        ServerFixture server;
        QTemporaryDir folder;
        WorkstationSettings settings(folder.filePath("settings.ini"));
        settings.setSoundEnabled(false);
        LanguageSwitcher languages;
        languages.apply("en");
        Workstation workstation(settings, languages, folder.path());
        QString error;
        QVERIFY2(workstation.startRemote(server.agentUrl(), "alice", "alice-pw", &error), qPrintable(error));
        QTRY_COMPARE(workstation.session()->client().state(), AgentClient::State::Online);
        QCOMPARE(workstation.session()->window().windowTitle(), QStringLiteral("Baton — agent workstation"));

        emit workstation.session()->window().languageChangeRequested("zh_CN");
        QTRY_COMPARE(workstation.session()->window().windowTitle(), QStringLiteral("接力 Baton — 客服工作台"));
        QTRY_COMPARE(workstation.session()->client().state(), AgentClient::State::Online);
        QVERIFY(workstation.session()->window().connectionLabel()->text().contains(QStringLiteral("已连接")));
        emit workstation.session()->window().languageChangeRequested("en");
        QTRY_COMPARE(workstation.session()->window().windowTitle(), QStringLiteral("Baton — agent workstation"));
    }

    void connectDialogChecksWhatWasTyped_data()
    {
        QTest::addColumn<bool>("embedded");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("valid");
        QTest::newRow("embedded") << true << "" << "" << true;
        QTest::newRow("ws") << false << "ws://10.0.0.5:8700/agent" << "linxiao" << true;
        QTest::newRow("wss") << false << "wss://baton.example.com/agent" << "linxiao" << true;
        QTest::newRow("http") << false << "http://baton.example.com/agent" << "linxiao" << false;
        QTest::newRow("no host") << false << "ws:///agent" << "linxiao" << false;
        QTest::newRow("garbage") << false << "baton" << "linxiao" << false;
        QTest::newRow("no user") << false << "ws://10.0.0.5:8700/agent" << "" << false;
    }

    void connectDialogChecksWhatWasTyped()
    {
        QFETCH(bool, embedded);
        QFETCH(QString, url);
        QFETCH(QString, user);
        QFETCH(bool, valid);
        ConnectDialog::Choice choice{embedded, QUrl(url), user, QStringLiteral("pw"), false};
        QCOMPARE(ConnectDialog::validate(choice).isEmpty(), valid);
        ConnectDialog dialog(choice);
        dialog.accept(); // refused input keeps the dialog open with the reason shown
        QCOMPARE(dialog.result() == QDialog::Accepted, valid);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("error"))->isHidden(), valid);
    }

    // The connection drops after Send, before the engine's reply: the dialog says so in words and
    // Send works again — it does not wait forever with the button disabled.
    void pendingTransferFailsCleanlyOnDisconnect()
    {
        Scene s = scene();
        MainWindow &w = s.alice->window();
        QTRY_VERIFY(s.alice->session().conversations().rowOf(s.conversationId) >= 0);
        w.selectConversation(s.conversationId);
        TransferDialog *dialog = w.openTransferDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->candidates().rowCount() > 0);
        auto *list = dialog->findChild<QListView *>(QStringLiteral("candidates"));
        list->setCurrentIndex(dialog->candidates().index(0));
        auto *send = dialog->findChild<QPushButton *>(QStringLiteral("send"));
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(!send->isEnabled());
        s.alice->client().connection().close(); // the request is on the wire, its reply never comes
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("error"));
        QTRY_VERIFY(send->isEnabled());
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("connection dropped")), qPrintable(error->text()));
        QVERIFY(!error->text().contains(QStringLiteral("CONNECTION")));
    }

    void timeoutShowsNextRecommendations()
    {
        Scene s = scene(30000);
        auto carol = s.server->agent(QStringLiteral("carol"));
        QVERIFY(transferToBob(s));
        QVERIFY(offerOn(*s.bob, s.conversationId) > 0);
        s.server->clock().advance(31000); // the engine's injectable clock: no sleeping
        TransferBanner *banner = s.alice->window().chatView()->banner();
        QTRY_COMPARE(banner->stateShown(), QStringLiteral("timeout"));
        QVERIFY(banner->findChild<QPushButton *>(QStringLiteral("next_carol")));
        // Bob's offer is over, but it leaves a trace: a missed transfer, who offered it, read-only.
        ConversationListModel &bobList = s.bob->session().conversations();
        QTRY_VERIFY(bobList.rowOf(s.conversationId) >= 0 &&
                    !bobList.index(bobList.rowOf(s.conversationId)).data(ConversationListModel::OfferedRole).toBool());
        const QModelIndex missed = bobList.index(bobList.rowOf(s.conversationId));
        QCOMPARE(missed.data(ConversationListModel::MissedFromRole).toString(), QStringLiteral("Alice"));
        QVERIFY(missed.data(ConversationListModel::ReadOnlyRole).toBool());
        QTRY_VERIFY(s.bob->window().noticeBar()->isVisible());
        QVERIFY(s.bob->window().noticeBar()->findChild<QLabel *>(QStringLiteral("noticeText"))->text().contains(QStringLiteral("Alice")));
        // …and the ended offer cannot be opened again (Ctrl+Shift+O or the list).
        const qint64 missedId = s.bob->session().cache().conversation(s.conversationId)->missedTransferId;
        QVERIFY(missedId > 0);
        QVERIFY(!s.bob->window().openOffer(missedId));
        QVERIFY(!s.bob->window().findChild<IncomingTransferDialog *>());
        // Alice closes the chat herself: a closed chat offers nobody next, the chain keeps the miss.
        s.alice->client().closeConversation(s.conversationId, true);
        QTRY_VERIFY(!s.alice->session().cache().conversation(s.conversationId)->isOpen());
        QTRY_VERIFY(banner->isHidden());
        QVERIFY(!banner->findChild<QPushButton *>(QStringLiteral("next_carol")));
    }

    void opensFromCacheOfflineAndSendsOutboxOnce()
    {
        auto server = std::make_unique<ServerFixture>();
        QTemporaryDir folder;
        qint64 conversationId = 0;
        std::unique_ptr<TestClient> customer;
        {
            WorkstationDesk alice(server->agentUrl(), QStringLiteral("alice"), folder.path());
            QVERIFY(alice.waitOnline());
            customer = server->visitor(QStringLiteral("sales"), QStringLiteral("还在吗？"), &conversationId);
            QTRY_VERIFY(alice.session().cache().maxMessageSeq(conversationId) >= 1);
            alice.window().selectConversation(conversationId); // the panel fetches the chain
            QTRY_VERIFY(!alice.session().cache().chain(conversationId).isEmpty());
        }
        // A port where nothing listens: the engine is unreachable.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        QUrl deadUrl = server->agentUrl();
        deadUrl.setPort(probe.serverPort());
        probe.close();

        WorkstationDesk offline(deadUrl, QStringLiteral("alice"), folder.path());
        // The window shows the cached conversation and its history before any engine answers.
        QCOMPARE(offline.session().conversations().rowOf(conversationId), 0);
        offline.window().selectConversation(conversationId);
        auto *messages = offline.window().chatView()->findChild<QListView *>(QStringLiteral("messages"));
        QVERIFY(messages->model()->rowCount() >= 1);
        QVERIFY(offline.window().customerPanel()->chain().rowCount() >= 1); // the first routing, from the cache
        QVERIFY(offline.client().state() != AgentClient::State::Online);
        // Departments read as names offline too (a reject banner's next colleagues say 技术部, not "tech").
        QCOMPARE(offline.client().departmentName(QStringLiteral("tech")), QStringLiteral("技术部"));
        QTRY_VERIFY(offline.window().connectionLabel()->text().contains(QStringLiteral("Offline")) ||
                    offline.window().connectionLabel()->text().contains(QStringLiteral("Connecting")));

        // Typed while offline: kept in the outbox, shown as pending.
        QPlainTextEdit *composer = offline.window().chatView()->composer();
        QVERIFY(offline.activate());
        composer->setFocus();
        composer->insertPlainText(QStringLiteral("您好，我在，马上为您处理"));
        QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(offline.session().cache().outbox().size(), 1);
        QTRY_VERIFY(messages->model()->index(messages->model()->rowCount() - 1, 0).data(MessageModel::PendingRole).toBool());

        // The engine becomes reachable: the client reconnects, resumes and sends the message once.
        AgentClient::Credentials live = offline.client().credentials();
        live.url = server->agentUrl();
        offline.client().setCredentials(live);
        QVERIFY(offline.waitOnline(20000));
        QTRY_VERIFY(offline.session().cache().outbox().isEmpty());
        const auto copies = [&] {
            int n = 0;
            for (const auto &e : customer->events())
                n += e.type == QLatin1String("MESSAGE") &&
                     e.payload.value("message").toObject().value("text").toString() == QStringLiteral("您好，我在，马上为您处理");
            return n;
        };
        QTRY_COMPARE(copies(), 1);
        // Another drop and reconnect sends nothing again.
        offline.session().client().stop();
        offline.session().client().start();
        QVERIFY(offline.waitOnline());
        QVERIFY(customer->call(QStringLiteral("PING")).ok); // anything the engine sent is in by now
        QCOMPARE(copies(), 1);
        QTRY_VERIFY(!messages->model()->index(messages->model()->rowCount() - 1, 0).data(MessageModel::PendingRole).toBool());
    }

    void reconnectResumesWithoutGapsOrDuplicates()
    {
        ServerFixture server;
        QTemporaryDir folder;
        WorkstationDesk alice(server.agentUrl(), QStringLiteral("alice"), folder.path());
        QVERIFY(alice.waitOnline());
        qint64 first = 0;
        auto customer = server.visitor(QStringLiteral("sales"), QStringLiteral("第 0 条"), &first);
        QTRY_VERIFY(alice.session().cache().maxMessageSeq(first) >= 1);

        // The connection drops; meanwhile the customer writes on and a second customer arrives.
        alice.client().stop();
        QCOMPARE(alice.client().state(), AgentClient::State::Offline);
        for (int i = 1; i <= 30; ++i)
            QVERIFY(customer->call(QStringLiteral("CUSTOMER_MESSAGE"), {{"text", QString("第 %1 条").arg(i)}}).ok);
        qint64 second = 0;
        auto another = server.visitor(QStringLiteral("sales"), QStringLiteral("新客户"), &second);
        QVERIFY(alice.session().cache().maxMessageSeq(first) < 30);

        alice.client().start();
        QVERIFY(alice.waitOnline());
        const auto engineHistory = [&](qint64 id) {
            return server.engine().history(QStringLiteral("alice"), id, 0, 1000).payload.value("messages").toArray();
        };
        for (qint64 id : {first, second}) {
            QTRY_COMPARE(alice.session().cache().messages(id).size(), engineHistory(id).size());
            const QList<Message> cached = alice.session().cache().messages(id);
            for (int i = 0; i < cached.size(); ++i)
                QCOMPARE(cached.at(i).seq, qint64(i + 1)); // no gap, no repeat
        }
        QCOMPARE(alice.session().cache().lastEventSeq(), server.store().eventLog().lastSeq(QStringLiteral("alice")));
        QVERIFY(alice.session().conversations().rowOf(second) >= 0);
    }

    void outboxEntryWhoseReplyWasLostIsNotSentTwice()
    {
        ServerFixture server;
        QTemporaryDir folder;
        qint64 conversationId = 0;
        auto customer = server.visitor(QStringLiteral("sales"), QStringLiteral("在吗"), &conversationId);
        {
            // The message went out under key K, but the reply never reached the workstation.
            auto alice = server.agent(QStringLiteral("alice"));
            QTRY_VERIFY(alice->hasEvent(QStringLiteral("CONVERSATION_ASSIGNED")));
            QVERIFY(alice->call(QStringLiteral("SEND_MESSAGE"),
                                {{"conversationId", conversationId}, {"text", "稍等，我查一下"}}, QStringLiteral("key-K")).ok);
            const QString path = LocalCache::pathFor(folder.path(), QStringLiteral("test-engine"), QStringLiteral("alice"));
            LocalCache cache(path);
            QString error;
            QVERIFY2(cache.open(&error), qPrintable(error));
            QVERIFY(cache.addToOutbox({QStringLiteral("key-K"), conversationId, QStringLiteral("稍等，我查一下"), 1}));
        }
        WorkstationDesk alice(server.agentUrl(), QStringLiteral("alice"), folder.path());
        QVERIFY(alice.waitOnline());
        QTRY_VERIFY(alice.session().cache().outbox().isEmpty());
        const auto history = server.engine().history(QStringLiteral("alice"), conversationId, 0, 100);
        int copies = 0;
        for (const QJsonValue &m : history.payload.value(QStringLiteral("messages")).toArray())
            copies += m.toObject().value(QStringLiteral("text")).toString() == QStringLiteral("稍等，我查一下");
        QCOMPARE(copies, 1);
        QCOMPARE(alice.session().cache().messages(conversationId).size(), history.payload.value("messages").toArray().size());
    }
};

QTEST_MAIN(TestWorkstation)
#include "tst_workstation.moc"
