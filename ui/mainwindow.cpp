#include "mainwindow.h"

#include "chatview.h"
#include "client/agentclient.h"
#include "client/conversationlistmodel.h"
#include "client/localcache.h"
#include "client/workstationsettings.h"
#include "closedialog.h"
#include "commandpalette.h"
#include "conversationdelegate.h"
#include "customerpanel.h"
#include "elidinglabel.h"
#include "incomingtransferdialog.h"
#include "mydaypanel.h"
#include "notifier.h"
#include "painthelpers.h"
#include "settingsdialog.h"
#include "shortcutsheet.h"
#include "transferbanner.h"
#include "transferdialog.h"
#include "uitext.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace baton {

MainWindow::MainWindow(AgentClient &client, LocalCache &cache, WorkstationSettings &settings,
                       ConversationListModel &conversations, MessageModel &messages, OfferInbox &offers,
                       Notifier &notifier, QWidget *parent)
    : QMainWindow(parent), m_client(client), m_cache(cache), m_settings(settings),
      m_conversations(conversations), m_offers(offers), m_notifier(notifier)
{
    setWindowTitle(tr("Baton — agent workstation"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_notice = new QWidget(central);
    m_notice->setObjectName(QStringLiteral("noticeBar"));
    m_notice->setStyleSheet(QStringLiteral("#noticeBar{background:#fff3cd;border-bottom:1px solid #f5c26b}"));
    auto *noticeLayout = new QHBoxLayout(m_notice);
    // One line that elides (whole text in the tooltip): names and problems typed by people, as typed.
    m_noticeText = new ElidingLabel(m_notice);
    m_noticeText->setObjectName(QStringLiteral("noticeText"));
    m_noticeButton = new QPushButton(tr("Preview (Ctrl+Shift+O)"), m_notice);
    m_noticeButton->setObjectName(QStringLiteral("noticePreview"));
    auto *dismiss = new QPushButton(tr("Dismiss"), m_notice);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(m_noticeButton);
    noticeLayout->addWidget(dismiss);
    m_notice->hide();
    layout->addWidget(m_notice);
    connect(m_noticeButton, &QPushButton::clicked, this, [this] { openOffer(m_noticeTransfer); });
    connect(m_noticeButton, &QPushButton::clicked, m_notice, &QWidget::hide);
    connect(dismiss, &QPushButton::clicked, m_notice, &QWidget::hide);

    auto *splitter = new QSplitter;
    m_list = new QListView(splitter);
    m_list->setObjectName(QStringLiteral("conversations"));
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setModel(&conversations);
    m_list->setItemDelegate(new ConversationDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMinimumWidth(280);
    m_middle = new QStackedWidget(splitter);
    m_myDay = new MyDayPanel(client, conversations, m_middle);
    m_chat = new ChatView(client, cache, messages, settings, m_middle);
    m_middle->addWidget(m_myDay);
    m_middle->addWidget(m_chat);
    m_panel = new CustomerPanel(client, cache, splitter);
    m_panel->setMinimumWidth(240);
    splitter->addWidget(m_list);
    splitter->addWidget(m_middle);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 640, 280});
    m_workspaces = new QTabWidget(central);
    m_workspaces->setObjectName(QStringLiteral("workspaces"));
    m_workspaces->setDocumentMode(true);
    m_workspaces->addTab(splitter, tr("Chats"));
    m_workspaces->tabBar()->hide();
    layout->addWidget(m_workspaces, 1);
    setCentralWidget(central);
    setTabOrder(m_list, m_chat->composer());

    buildActions();
    buildStatusBar();

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentChanged);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        if (index.data(ConversationListModel::OfferedRole).toBool()) {
            if (const auto s = m_cache.conversation(m_conversations.idAt(index.row())))
                openOffer(s->offerTransferId);
        }
    });
    connect(&client, &AgentClient::stateChanged, this, &MainWindow::onStateChanged);
    connect(&client, &AgentClient::profileChanged, this, &MainWindow::onStateChanged);
    connect(&offers, &OfferInbox::offerArrived, this, &MainWindow::onOfferArrived);
    connect(&offers, &OfferInbox::offerMissed, this, &MainWindow::onOfferMissed);
    connect(&offers, &OfferInbox::autoAccepted, this, [this](const OfferInbox::Offer &offer) {
        statusBar()->showMessage(tr("Accepted %1 from %2 automatically (your auto-accept rule).")
                                     .arg(offer.customerName, offer.fromName),
                                 10'000);
    });
    connect(&client.updater(), &CacheUpdater::conversationChanged, this, &MainWindow::updateLoad);
    connect(
        &client, &AgentClient::messageRefused, this,
        [this](qint64, const QString &text, const RequestError &error) {
            statusBar()->showMessage(
                tr("Not delivered: “%1” — %2").arg(text.left(40), UiText::error(error, UiText::Action::Send)),
                10'000);
        });
    connect(&notifier, &Notifier::inWindowNotice, this,
            [this](const QString &, const QString &text) { showNotice(text, m_noticeTransfer); });
    connect(&notifier, &Notifier::trayClicked, this, [this] {
        showNormal();
        activateWindow();
        openOffer(m_noticeTransfer);
    });
    connect(m_chat, &ChatView::transferRequested, this, [this] { openTransferDialog(); });
    connect(m_chat->banner(), &TransferBanner::chooseAnother, this,
            [this](const QList<Candidate> &next) { openTransferDialog(next); });
    connect(m_chat->banner(), &TransferBanner::retryWith, this,
            [this](const QString &agentId, const QString &name, const TransferNote &note) {
                m_client.startTransfer(
                    currentConversation(), agentId, name, note,
                    [this](const Result<reply::OneTransfer> &result) {
                        if (!result.ok())
                            statusBar()->showMessage(
                                tr("The transfer was not started: %1")
                                    .arg(UiText::error(result.error(), UiText::Action::Transfer)),
                                10'000);
                    });
            });
    // Waiting times in the list move on by the second.
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, m_list->viewport(), qOverload<>(&QWidget::update));
    tick->start(1000);
    onStateChanged();
    resize(1280, 780);
    if (conversations.rowCount() > 0)
        selectConversation(conversations.idAt(0));
    else
        showMyDay();
}

MainWindow::~MainWindow() = default;

void MainWindow::addBar(QWidget *bar)
{
    auto *layout = qobject_cast<QVBoxLayout *>(centralWidget()->layout());
    layout->insertWidget(layout->indexOf(m_notice) + 1, bar);
}

void MainWindow::addWorkspace(QWidget *page, const QString &title, const QKeySequence &shortcut)
{
    m_workspaces->addTab(page, title);
    m_workspaces->tabBar()->show();
    if (!shortcut.isEmpty()) {
        auto *action = new QAction(title, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, page] { showWorkspace(page); });
        addAction(action);
    }
}

void MainWindow::showWorkspace(QWidget *page)
{
    m_workspaces->setCurrentWidget(page);
}

void MainWindow::buildActions()
{
    QMenu *work = menuBar()->addMenu(tr("&Conversation"));
    QAction *palette = work->addAction(paint::icon("palette"), tr("&Find a chat or command…"), this,
                                       [this] { openCommandPalette(); });
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    palette->setShortcutContext(Qt::WindowShortcut);
    work->addSeparator();
    QAction *transfer =
        work->addAction(paint::icon("transfer"), tr("&Transfer…"), this, [this] { openTransferDialog(); });
    transfer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    transfer->setShortcutContext(Qt::WindowShortcut);
    QAction *offer = m_openOffer =
        work->addAction(paint::icon("inbox"), tr("&Open incoming transfer"), this, [this] {
            if (const auto latest = m_offers.latestOpenOffer())
                openOffer(latest->transferId);
            else
                statusBar()->showMessage(tr("No transfer is waiting for your answer."), 5000);
        });
    offer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *next = work->addAction(tr("&Next conversation"), this, [this] { moveSelection(1); });
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    QAction *previous = work->addAction(tr("&Previous conversation"), this, [this] { moveSelection(-1); });
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    work->addSeparator();
    QAction *myDay = work->addAction(paint::icon("day"), tr("&My day"), this, [this] { showMyDay(); });
    myDay->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    work->addSeparator();
    QAction *close = work->addAction(paint::icon("close"), tr("&Close conversation…"), this,
                                     [this] { openCloseDialog(); });
    close->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    QMenu *app = menuBar()->addMenu(tr("&Baton"));
    app->addAction(paint::icon("connect"), tr("&Connect…"), this, &MainWindow::showConnect);
    QAction *settings =
        app->addAction(paint::icon("settings"), tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    app->addSeparator();
    QAction *quit = app->addAction(paint::icon("quit"), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(paint::icon("keyboard"), tr("&Keyboard shortcuts"), this,
                                    [this] { openShortcutSheet(); });
    keys->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    keys->setShortcutContext(Qt::WindowShortcut);
}

CloseDialog *MainWindow::openCloseDialog()
{
    const qint64 id = currentConversation();
    const auto s = m_cache.conversation(id);
    if (!s || !s->isOwnedBy(m_client.agentId())) {
        statusBar()->showMessage(tr("Select one of your open conversations to close it."), 5000);
        return nullptr;
    }
    auto *dialog = new CloseDialog(s->customerName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id, dialog] {
        m_client.closeConversation(
            id, dialog->resolved(), dialog->reason(), [this](const Result<reply::OneConversation> &result) {
                if (!result.ok())
                    statusBar()->showMessage(
                        tr("Not closed: %1").arg(UiText::error(result.error(), UiText::Action::Close)),
                        10'000);
            });
    });
    dialog->open();
    return dialog;
}

// Closing the window (Ctrl+Q, the title bar) with chats open asks first; leaving sets the agent
// away, so the engine routes no new customer to a window nobody looks at.
void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_leaving) {
        event->accept();
        return;
    }
    event->ignore();
    if (m_quitWarning)
        return m_quitWarning->raise();
    const int open = m_conversations.ownOpenCount();
    if (open == 0)
        return leave();
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Quit Baton"),
                        tr("You have %n open conversation(s). If you quit, you are set to away so no new "
                           "customers reach you; your open chats stay yours until you come back or a team "
                           "lead moves them.",
                           nullptr, open),
                        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("quitWarning"));
    box->setTextFormat(Qt::PlainText);
    QPushButton *quit = box->addButton(tr("Set away and quit"), QMessageBox::AcceptRole);
    quit->setObjectName(QStringLiteral("confirmQuit"));
    box->addButton(tr("Keep working"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("cancelQuit"));
    box->setDefaultButton(quit);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, quit](QAbstractButton *clicked) {
        if (clicked == quit)
            leave();
    });
    m_quitWarning = box;
    box->open();
}

void MainWindow::leave()
{
    const auto done = [self = QPointer<MainWindow>(this)] {
        if (!self)
            return;
        self->m_leaving = true;
        emit self->leaving();
        self->close();
    };
    if (!m_client.isConnected())
        return done();
    statusBar()->showMessage(tr("Setting you away…"));
    m_client.setStatus(AgentStatus::Away, [done](const Result<reply::OneAgent> &) { done(); });
}

void MainWindow::buildStatusBar()
{
    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionState"));
    m_connection->setAccessibleName(tr("Connection state"));
    m_load = new QLabel(this);
    m_load->setObjectName(QStringLiteral("load"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("myStatus"));
    m_status->setAccessibleName(tr("My status"));
    for (const char *s : {"online", "away", "busy"})
        m_status->addItem(UiText::agentStatus(QString::fromLatin1(s)), QString::fromLatin1(s));
    connect(m_status, &QComboBox::activated, this,
            [this] { setMyStatus(agentStatusFromName(m_status->currentData().toString())); });
    statusBar()->addPermanentWidget(m_load);
    statusBar()->addPermanentWidget(m_status);
    statusBar()->addPermanentWidget(m_connection);
}

void MainWindow::onStateChanged()
{
    QString text;
    QString color;
    const QString where = m_client.credentials().url.toString();
    switch (m_client.state()) {
    case AgentClient::State::Online:
        text = tr("Connected to %1 as %2").arg(where, m_client.profile().agent.displayName);
        color = QStringLiteral("#2ea043");
        break;
    case AgentClient::State::Syncing:
        text = tr("Catching up with %1…").arg(where);
        color = QStringLiteral("#1d4ed8");
        break;
    case AgentClient::State::Connecting:
        text = tr("Connecting to %1…").arg(where);
        color = QStringLiteral("#b45309");
        break;
    case AgentClient::State::AuthFailed:
    case AgentClient::State::Incompatible:
        text = m_client.lastError() ? UiText::signInProblem(*m_client.lastError()) : tr("Sign-in refused.");
        color = QStringLiteral("#c62828");
        break;
    case AgentClient::State::Offline:
        text = tr("Offline — showing cached conversations; messages wait in the outbox");
        color = QStringLiteral("#c62828");
        break;
    }
    m_connection->setText(QStringLiteral("● ") + text);
    m_connection->setStyleSheet(QStringLiteral("color:%1").arg(color));
    const QString status = agentStatusName(m_client.profile().agent.status);
    if (const int i = m_status->findData(status); i >= 0)
        m_status->setCurrentIndex(i);
    m_status->setEnabled(m_client.state() == AgentClient::State::Online);
    updateLoad();
}

void MainWindow::updateLoad()
{
    const Agent &me = m_client.profile().agent;
    if (!me.id.isEmpty() && !me.rights.mayReceive) {
        // A "0/1" here would tell a reviewer that customers are on their way to them.
        m_load->setText(tr("Receives no customers"));
        return;
    }
    const int max = me.id.isEmpty() ? 0 : me.maxSessions;
    m_load->setText(max > 0 ? tr("Load %1/%2").arg(m_conversations.ownOpenCount()).arg(max) : QString());
}

qint64 MainWindow::currentConversation() const
{
    return m_chat->conversationId();
}

void MainWindow::selectConversation(qint64 conversationId)
{
    const int row = m_conversations.rowOf(conversationId);
    if (row >= 0)
        m_list->setCurrentIndex(m_conversations.index(row));
}

void MainWindow::moveSelection(int delta)
{
    const int rows = m_conversations.rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_list->currentIndex().row() + delta, 0, rows - 1);
    m_list->setCurrentIndex(m_conversations.index(row));
    // Moving to a chat is moving to answer it: what the agent types next is the reply, not a
    // type-ahead search in the list (a disabled composer of a closed chat ignores this).
    if (m_chat->composer()->isEnabled())
        m_chat->composer()->setFocus();
}

void MainWindow::onCurrentChanged()
{
    const qint64 id = m_conversations.idAt(m_list->currentIndex().row());
    if (id == m_chat->conversationId())
        return;
    m_chat->setConversation(id);
    m_panel->setConversation(id);
    m_middle->setCurrentWidget(id ? static_cast<QWidget *>(m_chat) : m_myDay);
    m_panel->setVisible(id != 0);
}

// The empty state: no chat open, the agent's day instead.
void MainWindow::showMyDay()
{
    m_list->selectionModel()->clear();
    m_list->setCurrentIndex({});
    m_chat->setConversation(0);
    m_panel->setConversation(0);
    m_myDay->refresh();
    m_middle->setCurrentWidget(m_myDay);
    m_panel->hide();
}

CommandPalette *MainWindow::openCommandPalette()
{
    using C = CommandPalette::Command;
    QList<C> commands{
        {tr("Transfer this conversation…"), QStringLiteral("transfer"), QKeySequence(Qt::CTRL | Qt::Key_T),
         [this] { openTransferDialog(); }},
        {tr("Close this conversation…"), QStringLiteral("close resolved"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
         [this] { openCloseDialog(); }},
        {tr("Open the incoming transfer"), QStringLiteral("offer incoming accept"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
         [this] { m_openOffer->trigger(); }},
        {tr("My status: online"), QStringLiteral("status online"), {}, [this] { setMyStatus(AgentStatus::Online); }},
        {tr("My status: away"), QStringLiteral("status away"), {}, [this] { setMyStatus(AgentStatus::Away); }},
        {tr("My status: busy"), QStringLiteral("status busy"), {}, [this] { setMyStatus(AgentStatus::Busy); }},
        {tr("My day"), QStringLiteral("day today"), QKeySequence(Qt::CTRL | Qt::Key_D), [this] { showMyDay(); }},
        {tr("Settings…"), QStringLiteral("settings canned replies"), QKeySequence(Qt::CTRL | Qt::Key_Comma), [this] { showSettings(); }},
        {tr("Keyboard shortcuts"), QStringLiteral("keys shortcuts help"), QKeySequence(Qt::Key_F1), [this] { openShortcutSheet(); }},
        {tr("Connect to another engine…"), QStringLiteral("connect engine server"), {}, [this] { showConnect(); }},
        {tr("Quit"), QStringLiteral("quit exit"), QKeySequence(Qt::CTRL | Qt::Key_Q), [this] { close(); }},
    };
    auto *palette = new CommandPalette(m_conversations, commands, this);
    palette->setAttribute(Qt::WA_DeleteOnClose);
    connect(palette, &CommandPalette::conversationChosen, this, [this](qint64 id) {
        selectConversation(id);
        m_chat->composer()->setFocus();
    });
    palette->open();
    return palette;
}

ShortcutSheet *MainWindow::openShortcutSheet()
{
    auto *sheet = new ShortcutSheet(findChildren<QAction *>(), this);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    sheet->open();
    return sheet;
}

void MainWindow::setMyStatus(AgentStatus status)
{
    m_client.setStatus(status, [this](const Result<reply::OneAgent> &result) {
        if (!result.ok())
            statusBar()->showMessage(UiText::error(result.error(), UiText::Action::SetStatus), 10'000);
        onStateChanged();
    });
}

TransferDialog *MainWindow::openTransferDialog(const QList<Candidate> &candidates)
{
    const auto s = m_cache.conversation(currentConversation());
    if (!s || !s->isOwnedBy(m_client.agentId())) {
        statusBar()->showMessage(tr("Select one of your open conversations to transfer it."), 5000);
        return nullptr;
    }
    if (s->outgoingState == QLatin1String("pending")) {
        statusBar()->showMessage(tr("A transfer of this conversation is already waiting for an answer."),
                                 5000);
        return nullptr;
    }
    auto *dialog = new TransferDialog(m_client, m_settings, s->view, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!candidates.isEmpty())
        dialog->setCandidates(candidates);
    dialog->open();
    return dialog;
}

IncomingTransferDialog *MainWindow::openOffer(qint64 transferId)
{
    if (m_offerDialog && m_offerDialog->transferId() == transferId) {
        m_offerDialog->raise();
        return m_offerDialog;
    }
    const auto offer = m_offers.openOffer(transferId);
    if (!offer) {
        statusBar()->showMessage(tr("This transfer has ended and can no longer be accepted."), 8000);
        return nullptr;
    }
    m_notice->hide();
    auto *dialog = new IncomingTransferDialog(m_client, m_cache, transferId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 conversationId = offer->conversationId;
    connect(dialog, &QDialog::accepted, this, [this, conversationId] { selectConversation(conversationId); });
    m_offerDialog = dialog;
    dialog->open();
    return dialog;
}

void MainWindow::onOfferArrived(const OfferInbox::Offer &offer)
{
    const QString text = tr("%1 offers you %2: %3").arg(offer.fromName, offer.customerName, offer.problem);
    m_notifier.notify(tr("Incoming transfer"), text);
    m_noticeTransfer = offer.transferId;
    if (m_notifier.usesTray())
        return;
    showNotice(text, offer.transferId);
}

// The trace a missed offer leaves: said in the notice bar, kept in the list ("missed transfer").
void MainWindow::onOfferMissed(const OfferInbox::Offer &offer, TransferState state)
{
    const QString when = UiText::clockTime(offer.deadlineMs);
    const QString text = state == TransferState::Cancelled
                             ? tr("%1 withdrew the transfer of %2 before you answered.")
                                   .arg(offer.fromName, offer.customerName)
                             : tr("Missed transfer: %1 offered you %2; it ended unanswered at %3.")
                                   .arg(offer.fromName, offer.customerName, when);
    // A withdrawn offer replaces its own notice; a missed one is worth a notice of its own.
    if (m_noticeTransfer == offer.transferId || (m_notice->isHidden() && state != TransferState::Cancelled)) {
        m_noticeTransfer = 0;
        m_noticeText->setFullText(text);
        m_noticeButton->hide();
        m_notice->show();
    }
    if (m_offerDialog && m_offerDialog->transferId() == offer.transferId)
        return; // the preview says it itself
    statusBar()->showMessage(text, 10'000);
}

void MainWindow::showNotice(const QString &text, qint64 transferId)
{
    m_noticeTransfer = transferId;
    m_noticeText->setFullText(text);
    m_noticeButton->setVisible(transferId > 0);
    m_notice->show();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, m_client, this);
    QString language;
    connect(&dialog, &SettingsDialog::languageChanged, this,
            [&language](const QString &chosen) { language = chosen; });
    dialog.exec();
    // Announced once the dialog is gone: whoever rebuilds the window in the new language may delete this one.
    if (!language.isEmpty())
        emit languageChangeRequested(language);
}

void MainWindow::showConnect()
{
    ConnectDialog::Choice current;
    current.embedded = m_settings.engineUrl().isEmpty();
    current.url = QUrl(m_settings.engineUrl());
    current.user = m_settings.userName();
    ConnectDialog dialog(current, this);
    if (dialog.exec() == QDialog::Accepted)
        emit connectRequested(dialog.choice());
}

} // namespace baton
