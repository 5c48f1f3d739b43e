#include "mainwindow.h"

#include "chatview.h"
#include "client/agentclient.h"
#include "client/autoacceptpolicy.h"
#include "client/conversationlistmodel.h"
#include "client/localcache.h"
#include "client/workstationsettings.h"
#include "conversationdelegate.h"
#include "customerpanel.h"
#include "incomingtransferdialog.h"
#include "notifier.h"
#include "settingsdialog.h"
#include "transferbanner.h"
#include "transferdialog.h"
#include "uitext.h"

#include <QAction>
#include <QApplication>
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
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace baton {

MainWindow::MainWindow(AgentClient &client, LocalCache &cache, WorkstationSettings &settings,
                       ConversationListModel &conversations, MessageModel &messages, Notifier &notifier, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_cache(cache)
    , m_settings(settings)
    , m_conversations(conversations)
    , m_notifier(notifier)
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
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setObjectName(QStringLiteral("noticeText"));
    m_noticeText->setWordWrap(true);
    m_noticeButton = new QPushButton(tr("Preview (Ctrl+Shift+O)"), m_notice);
    m_noticeButton->setObjectName(QStringLiteral("noticePreview"));
    auto *dismiss = new QPushButton(tr("Dismiss"), m_notice);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(m_noticeButton);
    noticeLayout->addWidget(dismiss);
    m_notice->hide();
    layout->addWidget(m_notice);
    connect(m_noticeButton, &QPushButton::clicked, this, [this] { openOffer(m_noticeTransfer); });
    connect(dismiss, &QPushButton::clicked, m_notice, &QWidget::hide);

    auto *splitter = new QSplitter;
    m_list = new QListView(splitter);
    m_list->setObjectName(QStringLiteral("conversations"));
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setModel(&conversations);
    m_list->setItemDelegate(new ConversationDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setMinimumWidth(300);
    m_chat = new ChatView(client, cache, messages, settings, splitter);
    m_panel = new CustomerPanel(client, cache, splitter);
    m_panel->setMinimumWidth(240);
    splitter->addWidget(m_list);
    splitter->addWidget(m_chat);
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

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onCurrentChanged);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        if (index.data(ConversationListModel::OfferedRole).toBool())
            openOffer(m_cache.conversation(m_conversations.idAt(index.row()))->offerTransferId);
    });
    connect(&client, &AgentClient::stateChanged, this, &MainWindow::onStateChanged);
    connect(&client, &AgentClient::profileChanged, this, &MainWindow::onStateChanged);
    connect(&client.updater(), &CacheUpdater::offerReceived, this, &MainWindow::onOfferReceived);
    connect(&client.updater(), &CacheUpdater::conversationChanged, this, &MainWindow::updateLoad);
    connect(&client, &AgentClient::messageRefused, this, [this](qint64, const QString &text, const QString &message) {
        statusBar()->showMessage(tr("Not delivered: “%1” — %2").arg(text.left(40), message), 10'000);
    });
    connect(&notifier, &Notifier::inWindowNotice, this, [this](const QString &, const QString &text) {
        showNotice(text, m_noticeTransfer);
    });
    connect(&notifier, &Notifier::trayClicked, this, [this] {
        showNormal();
        activateWindow();
        openOffer(m_noticeTransfer);
    });
    connect(m_chat, &ChatView::transferRequested, this, [this] { openTransferDialog(); });
    connect(m_chat->banner(), &TransferBanner::chooseAnother, this, [this](const QJsonArray &next) { openTransferDialog(next); });
    connect(m_chat->banner(), &TransferBanner::retryWith, this,
            [this](const QString &agentId, const QString &name, const QJsonObject &note) {
                m_client.startTransfer(currentConversation(), agentId, name, note, {},
                                       [this](const QString &, const QString &message) {
                                           statusBar()->showMessage(tr("The transfer was not started: %1").arg(message), 10'000);
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
}

MainWindow::~MainWindow() = default;

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
    QAction *transfer = work->addAction(tr("&Transfer…"), this, [this] { openTransferDialog(); });
    transfer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    transfer->setShortcutContext(Qt::WindowShortcut);
    QAction *offer = work->addAction(tr("&Open incoming transfer"), this, [this] { openOffer(m_noticeTransfer); });
    offer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *next = work->addAction(tr("&Next conversation"), this, [this] { moveSelection(1); });
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    QAction *previous = work->addAction(tr("&Previous conversation"), this, [this] { moveSelection(-1); });
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    work->addSeparator();
    QAction *close = work->addAction(tr("&Close conversation"), this, [this] {
        const qint64 id = currentConversation();
        if (id && QMessageBox::question(this, tr("Close conversation"), tr("Close this conversation as resolved?")) ==
                      QMessageBox::Yes)
            m_client.closeConversation(id, [this](const QString &, const QString &message) {
                statusBar()->showMessage(tr("Not closed: %1").arg(message), 10'000);
            });
    });
    close->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    QMenu *app = menuBar()->addMenu(tr("&Baton"));
    app->addAction(tr("&Connect…"), this, &MainWindow::showConnect);
    QAction *settings = app->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    app->addSeparator();
    QAction *quit = app->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
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
    connect(m_status, &QComboBox::activated, this, [this] {
        m_client.setStatus(m_status->currentData().toString());
    });
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
        text = tr("Connected to %1 as %2").arg(where, m_client.agentId());
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
        text = tr("Sign-in refused: %1").arg(m_client.lastError());
        color = QStringLiteral("#c62828");
        break;
    case AgentClient::State::Offline:
        text = tr("Offline — showing cached conversations; messages wait in the outbox");
        color = QStringLiteral("#c62828");
        break;
    }
    m_connection->setText(QStringLiteral("● ") + text);
    m_connection->setStyleSheet(QStringLiteral("color:%1").arg(color));
    const QString status = m_client.profile().value(QStringLiteral("status")).toString();
    if (const int i = m_status->findData(status); i >= 0)
        m_status->setCurrentIndex(i);
    m_status->setEnabled(m_client.state() == AgentClient::State::Online);
    updateLoad();
}

void MainWindow::updateLoad()
{
    const int max = m_client.profile().value(QStringLiteral("maxSessions")).toInt();
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
}

void MainWindow::onCurrentChanged()
{
    const qint64 id = m_conversations.idAt(m_list->currentIndex().row());
    if (id == m_chat->conversationId())
        return;
    m_chat->setConversation(id);
    m_panel->setConversation(id);
}

TransferDialog *MainWindow::openTransferDialog(const QJsonArray &candidates)
{
    const auto s = m_cache.conversation(currentConversation());
    if (!s || !s->isOwnedBy(m_client.agentId())) {
        statusBar()->showMessage(tr("Select one of your open conversations to transfer it."), 5000);
        return nullptr;
    }
    if (s->outgoingState == QLatin1String("pending")) {
        statusBar()->showMessage(tr("A transfer of this conversation is already waiting for an answer."), 5000);
        return nullptr;
    }
    auto *dialog = new TransferDialog(m_client, m_settings, s->conversation(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!candidates.isEmpty())
        dialog->setCandidates(candidates);
    dialog->open();
    return dialog;
}

IncomingTransferDialog *MainWindow::openOffer(qint64 transferId)
{
    if (transferId <= 0)
        return nullptr;
    if (m_offerDialog && m_offerDialog->transferId() == transferId) {
        m_offerDialog->raise();
        return m_offerDialog;
    }
    m_notice->hide();
    auto *dialog = new IncomingTransferDialog(m_client, m_cache, transferId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const auto cached = m_cache.transfer(transferId);
    const qint64 conversationId = cached ? qint64(cached->transfer.value(QStringLiteral("conversationId")).toDouble()) : 0;
    connect(dialog, &QDialog::accepted, this, [this, conversationId] { selectConversation(conversationId); });
    m_offerDialog = dialog;
    dialog->open();
    return dialog;
}

void MainWindow::onOfferReceived(qint64 conversationId, qint64 transferId)
{
    // Offers replayed by RESUME may have ended later in the same batch: decide once it is applied.
    QTimer::singleShot(0, this, [this, conversationId, transferId] { announceOffer(conversationId, transferId); });
}

void MainWindow::announceOffer(qint64 conversationId, qint64 transferId)
{
    const auto transfer = m_cache.transfer(transferId);
    const auto summary = m_cache.conversation(conversationId);
    if (!transfer || !summary || summary->offerTransferId != transferId)
        return;
    const QJsonObject from = transfer->extra.value(QStringLiteral("from")).toObject();
    if (AutoAcceptPolicy::fromSettings(m_settings).accepts(transfer->transfer, m_client.profile(), m_conversations.ownOpenCount())) {
        m_client.acceptTransfer(transferId, {}, {});
        statusBar()->showMessage(tr("Accepted %1 from %2 automatically (your auto-accept rule).")
                                     .arg(summary->customerName, from.value(QStringLiteral("name")).toString()),
                                 10'000);
        return;
    }
    m_noticeTransfer = transferId;
    const QString text = tr("%1 offers you %2: %3")
                             .arg(from.value(QStringLiteral("name")).toString(), summary->customerName,
                                  transfer->transfer.value(QStringLiteral("note")).toObject().value(QStringLiteral("problem")).toString().simplified().left(60));
    m_notifier.notify(tr("Incoming transfer"), text);
    if (m_notifier.usesTray())
        return;
    showNotice(text, transferId);
}

void MainWindow::showNotice(const QString &text, qint64 transferId)
{
    m_noticeTransfer = transferId;
    m_noticeText->setText(text);
    m_notice->show();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, m_client, this);
    QString language;
    connect(&dialog, &SettingsDialog::languageChanged, this, [&language](const QString &chosen) { language = chosen; });
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
