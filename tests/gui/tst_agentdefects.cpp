// What a new agent ran into (issue 9, section 4), each against a real engine on 127.0.0.1 port 0:
// closing as unresolved, closed chats keeping the customer's name, the header after a transfer,
// the transfer dialog's "All" filter, pinyin search and the way out of an empty department, the quit
// warning, look-alike visitor rows, canned replies, and customer strings shown as typed.

#include "client/conversationlistmodel.h"
#include "client/localcache.h"
#include "support/serverfixture.h"
#include "ui/cannedrepliespage.h"
#include "ui/cannedreplypicker.h"
#include "ui/chatview.h"
#include "ui/closedialog.h"
#include "ui/commandpalette.h"
#include "ui/customerpanel.h"
#include "ui/elidinglabel.h"
#include "ui/incomingtransferdialog.h"
#include "ui/mainwindow.h"
#include "ui/mydaypanel.h"
#include "ui/settingsdialog.h"
#include "ui/shortcutsheet.h"
#include "ui/transferdialog.h"
#include "workstationdesk.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

using namespace baton;
using namespace baton::test;

class TestAgentDefects : public QObject {
    Q_OBJECT

private:
    // One agent's desk with one customer routed to them.
    struct Desk {
        std::unique_ptr<ServerFixture> server;
        std::unique_ptr<WorkstationDesk> desk;
        std::unique_ptr<TestClient> customer;
        qint64 conversationId = 0;

        MainWindow &window() { return desk->window(); }
        ConversationListModel &list() { return desk->session().conversations(); }
        std::optional<ConversationSummary> summary()
        {
            return desk->session().cache().conversation(conversationId);
        }
    };

    static Desk deskWithCustomer(const QString &user, const QString &customerName = {})
    {
        Desk d;
        d.server = std::make_unique<ServerFixture>();
        d.desk = std::make_unique<WorkstationDesk>(d.server->agentUrl(), user);
        if (!d.desk->waitOnline())
            qFatal("%s did not sign in", qPrintable(user));
        if (customerName.isEmpty()) {
            d.customer = d.server->visitor(QStringLiteral("sales"), QStringLiteral("我想退货，订单 12345"),
                                           &d.conversationId);
        } else {
            d.customer = std::make_unique<TestClient>(d.server->visitorUrl());
            const auto r = d.customer->call(
                QStringLiteral("CUSTOMER_START"),
                {{"skill", "sales"}, {"text", "<i>help</i>"}, {"human", true}, {"name", customerName}});
            d.conversationId = qint64(r.payload.value(QStringLiteral("conversationId")).toDouble());
        }
        if (!QTest::qWaitFor([&] { return d.list().rowOf(d.conversationId) >= 0; }, 5000))
            qFatal("the conversation did not reach %s", qPrintable(user));
        d.window().selectConversation(d.conversationId);
        return d;
    }

    static TransferDialog *transferDialog(Desk &d)
    {
        TransferDialog *dialog = d.window().openTransferDialog();
        if (dialog)
            (void)QTest::qWaitFor(
                [&] {
                    return dialog->findChild<QLabel *>(QStringLiteral("listHint"))->text() !=
                           TransferDialog::tr("Asking the engine…");
                },
                5000);
        return dialog;
    }

    static AgentStatus statusOf(ServerFixture &server, const QString &id)
    {
        for (const AgentState &a : server.engine().state().agents) {
            if (a.agent.id == id)
                return a.agent.status;
        }
        return AgentStatus::Offline;
    }

    static QStringList ids(TransferDialog &dialog)
    {
        QStringList out;
        for (int i = 0; i < dialog.candidates().rowCount(); ++i)
            out << dialog.candidates().agentIdAt(i);
        return out;
    }

private slots:
    void closesAsUnresolvedWithAReasonAndKeepsTheName()
    {
        Desk d = deskWithCustomer(QStringLiteral("alice"));
        CloseDialog *dialog = d.window().openCloseDialog();
        QVERIFY(dialog);
        dialog->findChild<QRadioButton *>(QStringLiteral("unresolved"))->setChecked(true);
        dialog->findChild<QLineEdit *>(QStringLiteral("reason"))->insert(QStringLiteral("等仓库回复"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmClose")), Qt::LeftButton);
        QTRY_VERIFY(d.summary() && !d.summary()->isOpen());

        QSqlQuery &q = d.server->store().database().prepare(
            QStringLiteral("SELECT resolved, close_reason FROM conversations WHERE id=?"));
        QVERIFY(d.server->store().database().exec(q, {d.conversationId}) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(q.value(1).toString(), QStringLiteral("等仓库回复"));
        q.finish();

        // The closed chat still says who it was with: list, header and customer panel.
        QCOMPARE(d.summary()->customerName, QStringLiteral("访客"));
        const QModelIndex row = d.list().index(d.list().rowOf(d.conversationId));
        QCOMPARE(row.data(ConversationListModel::CustomerNameRole).toString(), QStringLiteral("访客"));
        QCOMPARE(d.window().chatView()->findChild<ElidingLabel *>(QStringLiteral("chatTitle"))->fullText(),
                 QStringLiteral("访客"));
        QCOMPARE(d.window().customerPanel()->findChild<QLabel *>(QStringLiteral("customerName"))->text(),
                 QStringLiteral("访客"));
    }

    void cancellingTheCloseDialogKeepsTheChatOpen()
    {
        Desk d = deskWithCustomer(QStringLiteral("alice"));
        CloseDialog *dialog = d.window().openCloseDialog();
        QVERIFY(dialog);
        dialog->reject();
        QTest::qWait(100);
        QVERIFY(d.summary()->isOpen());
    }

    void headerAfterTransferSaysToWhom()
    {
        Desk d = deskWithCustomer(QStringLiteral("alice"));
        auto bob = d.server->agent(QStringLiteral("bob"));
        d.desk->client().startTransfer(d.conversationId, QStringLiteral("bob"), QStringLiteral("Bob"), {});
        const auto offer = bob->waitEvent(QStringLiteral("TRANSFER"));
        QVERIFY(offer);
        const qint64 transferId = qint64(offer->payload.value("transfer").toObject().value("id").toDouble());
        QVERIFY(bob->call(QStringLiteral("TRANSFER_ACCEPT"), {{"transferId", transferId}}).ok);
        auto *subtitle = d.window().chatView()->findChild<ElidingLabel *>(QStringLiteral("chatSubtitle"));
        QTRY_VERIFY2(subtitle->fullText().contains(QStringLiteral("Bob")), qPrintable(subtitle->fullText()));
        const QModelIndex row = d.list().index(d.list().rowOf(d.conversationId));
        QCOMPARE(row.data(ConversationListModel::NewOwnerNameRole).toString(), QStringLiteral("Bob"));
    }

    void staleOfferCannotBeAcceptedFromTheNotice()
    {
        ServerFixture server(30000);
        auto alice = server.agent(QStringLiteral("alice"));
        qint64 conversationId = 0;
        auto customer = server.visitor(QStringLiteral("sales"), QStringLiteral("在吗"), &conversationId);
        QVERIFY(alice->waitEvent(QStringLiteral("CONVERSATION_ASSIGNED")));
        WorkstationDesk bob(server.agentUrl(), QStringLiteral("bob"));
        QVERIFY(bob.waitOnline());
        QVERIFY(alice->call(QStringLiteral("TRANSFER"), {{"conversationId", conversationId}, {"to", "bob"}}).ok);
        auto *preview = bob.window().noticeBar()->findChild<QPushButton *>(QStringLiteral("noticePreview"));
        QTRY_VERIFY(preview->isVisibleTo(&bob.window()));
        server.clock().advance(31000); // the offer runs out
        auto *text = bob.window().noticeBar()->findChild<QLabel *>(QStringLiteral("noticeText"));
        QTRY_VERIFY2(text->text().contains(QStringLiteral("Alice")) && !preview->isVisibleTo(&bob.window()),
                     qPrintable(text->text()));
        // The notice says it was missed and offers no way back in; neither does Ctrl+Shift+O.
        QVERIFY(bob.activate());
        QTest::keyClick(&bob.window(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::qWait(50);
        QVERIFY(!bob.window().findChild<IncomingTransferDialog *>());
        // …and the sender was told it was missed.
        QVERIFY(alice->waitEvent(QStringLiteral("TRANSFER_TIMEOUT")));
    }

    void allStatusListsEveryoneButOnlyTheFreeCanBeChosen()
    {
        Desk d = deskWithCustomer(QStringLiteral("alice"));
        auto bob = d.server->agent(QStringLiteral("bob"));
        auto carol = d.server->agent(QStringLiteral("carol"));
        QVERIFY(carol->call(QStringLiteral("SET_STATUS"), {{"status", "away"}}).ok);
        TransferDialog *dialog = transferDialog(d);
        QVERIFY(dialog);
        QTRY_COMPARE(ids(*dialog), QStringList{QStringLiteral("bob")});
        auto *status = dialog->findChild<QComboBox *>(QStringLiteral("status"));
        status->setCurrentIndex(status->findData(QStringLiteral("all")));
        // Bob first (recommended), then who is away or offline; nobody is left out, nobody is blank.
        QTRY_VERIFY2(ids(*dialog).size() >= 4, qPrintable(ids(*dialog).join(',')));
        QCOMPARE(ids(*dialog).first(), QStringLiteral("bob"));
        QVERIFY(ids(*dialog).contains(QStringLiteral("carol")));
        QVERIFY(ids(*dialog).contains(QStringLiteral("dave"))); // offline
        QVERIFY(dialog->candidates().index(0).data(CandidateModel::SelectableRole).toBool());
        const int carolRow = int(ids(*dialog).indexOf(QStringLiteral("carol")));
        QVERIFY(!dialog->candidates().index(carolRow).data(CandidateModel::SelectableRole).toBool());
    }

    void searchFindsChineseNamesByPinyinAndInitials_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("found");
        QTest::newRow("initials") << "lx" << true;
        QTest::newRow("surname") << "lin" << true;
        QTest::newRow("mixed") << "linx" << true;
        QTest::newRow("full") << "LinXiao" << true;
        QTest::newRow("characters") << "林" << true;
        QTest::newRow("other") << "wang" << false;
    }

    void searchFindsChineseNamesByPinyinAndInitials()
    {
        QFETCH(QString, typed);
        QFETCH(bool, found);
        Desk d = deskWithCustomer(QStringLiteral("alice"));
        auto lin = d.server->agent(QStringLiteral("linxiao"));
        auto bob = d.server->agent(QStringLiteral("bob"));
        TransferDialog *dialog = transferDialog(d);
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->candidates().rowCount(), 2);
        dialog->findChild<QLineEdit *>(QStringLiteral("search"))->setText(typed);
        if (found)
            QTRY_COMPARE(ids(*dialog), QStringList{QStringLiteral("linxiao")});
        else
            QTRY_COMPARE(dialog->candidates().rowCount(), 0);
    }

    void emptyDepartmentSaysWhyAndOffersTheTeamLead()
    {
        Desk d = deskWithCustomer(QStringLiteral("bob")); // Bob may not transfer outside sales
        auto carol = d.server->agent(QStringLiteral("carol"));
        auto lin = d.server->agent(QStringLiteral("linxiao")); // the sales team lead
        TransferDialog *dialog = transferDialog(d);
        QVERIFY(dialog);
        auto *department = dialog->findChild<QComboBox *>(QStringLiteral("department"));
        department->setCurrentIndex(department->findData(QStringLiteral("tech")));
        auto *hint = dialog->findChild<QLabel *>(QStringLiteral("listHint"));
        auto *lead = dialog->findChild<QPushButton *>(QStringLiteral("teamLead"));
        QTRY_VERIFY2(lead->isVisibleTo(dialog), qPrintable(hint->text()));
        QCOMPARE(dialog->candidates().rowCount(), 0);
        QVERIFY2(hint->text().contains(QStringLiteral("销售部")),
                 qPrintable(hint->text())); // outside my department
        QVERIFY2(hint->text().contains(QStringLiteral("林晓")), qPrintable(hint->text()));
        QTest::mouseClick(lead, Qt::LeftButton);
        QTRY_COMPARE(ids(*dialog), QStringList{QStringLiteral("linxiao")});
    }

    void quittingWithOpenChatsWarnsAndSetsAway()
    {
        Desk d = deskWithCustomer(QStringLiteral("alice"));
        QVERIFY(d.desk->activate());
        QTest::keyClick(&d.window(), Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(d.window().quitWarning());
        QVERIFY(d.window().quitWarning()->text().contains(QStringLiteral("1")));
        QTest::mouseClick(d.window().quitWarning()->findChild<QPushButton *>(QStringLiteral("cancelQuit")),
                          Qt::LeftButton);
        QTRY_VERIFY(!d.window().quitWarning());
        QVERIFY(d.window().isVisible());
        QCOMPARE(statusOf(*d.server, QStringLiteral("alice")), AgentStatus::Online);

        QSignalSpy leaving(&d.window(), &MainWindow::leaving);
        d.window().close();
        QTRY_VERIFY(d.window().quitWarning());
        QTest::mouseClick(d.window().quitWarning()->findChild<QPushButton *>(QStringLiteral("confirmQuit")),
                          Qt::LeftButton);
        QTRY_COMPARE(leaving.size(), 1);
        QVERIFY(!d.window().isVisible());
        QTRY_COMPARE(statusOf(*d.server, QStringLiteral("alice")), AgentStatus::Away);
    }

    void lookAlikeVisitorsAreToldApart()
    {
        Desk d = deskWithCustomer(QStringLiteral("alice"));
        qint64 second = 0;
        auto other = d.server->visitor(QStringLiteral("sales"), QStringLiteral("发票抬头写错了"), &second);
        QTRY_VERIFY(d.list().rowOf(second) >= 0);
        const QString a = d.list()
                              .index(d.list().rowOf(d.conversationId))
                              .data(ConversationListModel::DistinguisherRole)
                              .toString();
        const QString b =
            d.list().index(d.list().rowOf(second)).data(ConversationListModel::DistinguisherRole).toString();
        QVERIFY2(a.contains(QStringLiteral("我想退货")) && a.contains(QString::number(d.conversationId)),
                 qPrintable(a));
        QVERIFY2(b.contains(QStringLiteral("发票抬头")), qPrintable(b));
    }

    void cannedRepliesAreManagedAndFoundWithSlash()
    {
        Desk d = deskWithCustomer(QStringLiteral("alice"));
        {
            SettingsDialog settings(d.desk->settings(), d.desk->client(), &d.window());
            CannedRepliesPage *page = settings.cannedReplies();
            page->findChild<QComboBox *>(QStringLiteral("cannedLanguage"))
                ->setCurrentIndex(0); // Chinese customers
            page->findChild<QLineEdit *>(QStringLiteral("cannedTitle"))->setText(QStringLiteral("退货流程"));
            page->findChild<QPlainTextEdit *>(QStringLiteral("cannedText"))
                ->setPlainText(QStringLiteral("{customer}您好，我是{agent}，退货请在订单页点击“申请售后”。"));
            QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("cannedAdd")), Qt::LeftButton);
            page->findChild<QComboBox *>(QStringLiteral("cannedLanguage"))
                ->setCurrentIndex(1); // English customers
            page->findChild<QLineEdit *>(QStringLiteral("cannedTitle"))->setText(QStringLiteral("returns"));
            QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("cannedAdd")), Qt::LeftButton);
            const qsizetype before = page->replies().size();
            page->removeSelected(); // the English one goes again
            QCOMPARE(page->replies().size(), before - 1);
            settings.done(QDialog::Accepted);
        }
        const QList<CannedReply> saved = d.desk->settings().cannedReplies();
        QVERIFY(std::any_of(saved.begin(), saved.end(),
                            [](const CannedReply &r) { return r.title == QStringLiteral("退货流程"); }));

        QPlainTextEdit *composer = d.window().chatView()->composer();
        CannedReplyPicker *picker = d.window().chatView()->cannedPicker();
        composer->setFocus();
        composer->insertPlainText(QStringLiteral("/退货")); // as the input method would
        QTRY_VERIFY(picker->isVisibleTo(&d.window()));
        QCOMPARE(picker->shownCount(), 1);
        QTest::keyClick(composer, Qt::Key_Return);
        QVERIFY(!picker->isVisibleTo(&d.window()));
        QCOMPARE(composer->toPlainText(),
                 QStringLiteral("访客您好，我是Alice，退货请在订单页点击“申请售后”。"));
        // English replies are not offered to a Chinese-speaking customer.
        composer->clear();
        QTest::keyClicks(composer, QStringLiteral("/hello"));
        QCOMPARE(picker->shownCount(), 1);
        QVERIFY(!picker->model()->index(0, 0).flags().testFlag(Qt::ItemIsEnabled)); // "nothing matches"
        QTest::keyClick(composer, Qt::Key_Escape);
        QCOMPARE(composer->toPlainText(), QStringLiteral("/hello"));
    }

    void commandPaletteJumpsByPinyinAndRunsCommands()
    {
        Desk d = deskWithCustomer(QStringLiteral("alice"), QStringLiteral("王女士"));
        qint64 other = 0;
        auto visitor = d.server->visitor(QStringLiteral("sales"), QStringLiteral("在吗"), &other);
        QTRY_VERIFY(d.list().rowOf(other) >= 0);
        d.window().selectConversation(other);
        QVERIFY(d.desk->activate());
        QTest::keyClick(&d.window(), Qt::Key_K, Qt::ControlModifier);
        auto *palette = d.window().findChild<CommandPalette *>();
        QVERIFY(palette);
        palette->setQuery(QStringLiteral("wns")); // 王女士 by initials
        QVERIFY(palette->resultCount() >= 1);
        QVERIFY2(palette->resultText(0).startsWith(QStringLiteral("王女士")),
                 qPrintable(palette->resultText(0)));
        QTest::keyClick(palette->findChild<QLineEdit *>(QStringLiteral("paletteSearch")), Qt::Key_Return);
        QCOMPARE(d.window().currentConversation(), d.conversationId);

        palette = d.window().openCommandPalette();
        palette->setQuery(QStringLiteral("away"));
        QCOMPARE(palette->resultCount(), 1);
        palette->activate(0);
        QTRY_COMPARE(statusOf(*d.server, QStringLiteral("alice")), AgentStatus::Away);
    }

    void myDayShowsWhatWaitsWhenNoChatIsOpen()
    {
        Desk d = deskWithCustomer(QStringLiteral("alice"));
        d.window().showMyDay();
        QVERIFY(d.window().myDay()->isVisibleTo(&d.window()));
        QCOMPARE(d.window().currentConversation(), 0);
        QTRY_COMPARE(d.window().myDay()->findChild<QLabel *>(QStringLiteral("myDayWaiting"))->text(),
                     QStringLiteral("1"));
        QCOMPARE(d.window().myDay()->findChild<QLabel *>(QStringLiteral("myDayLoad"))->text(),
                 QStringLiteral("1 / 3"));
        QCOMPARE(d.window().myDay()->findChild<QLabel *>(QStringLiteral("myDayToday"))->text(),
                 QStringLiteral("1"));
        d.window().selectConversation(d.conversationId);
        QVERIFY(!d.window().myDay()->isVisibleTo(&d.window()));
    }

    void f1ListsEveryShortcut()
    {
        Desk d = deskWithCustomer(QStringLiteral("alice"));
        QVERIFY(d.desk->activate());
        QTest::keyClick(&d.window(), Qt::Key_F1);
        auto *sheet = d.window().findChild<ShortcutSheet *>();
        QVERIFY(sheet);
        auto *table = sheet->findChild<QTableWidget *>(QStringLiteral("shortcuts"));
        QStringList keys;
        for (int row = 0; row < table->rowCount(); ++row)
            keys << table->item(row, 1)->text();
        for (const char *k : {"Ctrl+K", "Ctrl+T", "Ctrl+Shift+W", "Ctrl+Q", "Alt+Down"})
            QVERIFY2(keys.join(QLatin1Char('|')).contains(QLatin1String(k)), k);
    }

    void customerStringsAreShownAsTyped()
    {
        const QString name = QStringLiteral("<b>Bold</b> <a href=\"http://x\">link</a>");
        Desk d = deskWithCustomer(QStringLiteral("alice"), name);
        auto *title = d.window().chatView()->findChild<ElidingLabel *>(QStringLiteral("chatTitle"));
        auto *subtitle = d.window().chatView()->findChild<ElidingLabel *>(QStringLiteral("chatSubtitle"));
        auto *panelName = d.window().customerPanel()->findChild<QLabel *>(QStringLiteral("customerName"));
        QTRY_COMPARE(panelName->text(), name);
        QCOMPARE(title->fullText(), name);
        QCOMPARE(title->text(), name); // room enough: shown whole, as typed
        for (QLabel *label : std::initializer_list<QLabel *>{title, subtitle, panelName})
            QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY(subtitle->fullText().contains(QStringLiteral("<i>help</i>")));
        // The list paints the name as characters, and its tooltip carries it whole.
        const QModelIndex row = d.list().index(d.list().rowOf(d.conversationId));
        QVERIFY(row.data(Qt::ToolTipRole).toString().startsWith(name));
        CloseDialog *close = d.window().openCloseDialog();
        QVERIFY(close);
        bool literal = false;
        for (QLabel *label : close->findChildren<QLabel *>())
            literal = literal || (label->textFormat() == Qt::PlainText && label->text().contains(name));
        QVERIFY(literal);
        close->reject();
    }
};

QTEST_MAIN(TestAgentDefects)
#include "tst_agentdefects.moc"
