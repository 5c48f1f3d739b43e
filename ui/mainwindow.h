#pragma once

#include "client/offerinbox.h"
#include "connectdialog.h"
#include "core/candidate.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

class QLabel;
class QListView;
class QComboBox;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace baton {

class AgentClient;
class ChatView;
class CloseDialog;
class CommandPalette;
class ElidingLabel;
class MyDayPanel;
class ShortcutSheet;
class ConversationListModel;
class CustomerPanel;
class IncomingTransferDialog;
class LocalCache;
class MessageModel;
class Notifier;
class TransferDialog;
class WorkstationSettings;

// The agent's window (F6.1): conversations on the left, the open chat in the middle, the customer
// and the transfer chain on the right; connection state and the agent's own status below.
// Everything it shows comes from the models and the client passed in.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(AgentClient &client, LocalCache &cache, WorkstationSettings &settings,
               ConversationListModel &conversations, MessageModel &messages, OfferInbox &offers,
               Notifier &notifier, QWidget *parent = nullptr);
    ~MainWindow() override;

    TransferDialog *openTransferDialog(const QList<Candidate> &candidates = {});
    // Asks resolved or not (and why) before closing the selected chat; null when it is not the agent's.
    CloseDialog *openCloseDialog();
    // Ctrl+K: jump to a chat by the customer's name (pinyin too), or run a command.
    CommandPalette *openCommandPalette();
    // F1 / Ctrl+/: every key the window answers to.
    ShortcutSheet *openShortcutSheet();
    // The empty state: no chat open, the agent's day (Ctrl+D).
    void showMyDay();
    MyDayPanel *myDay() const { return m_myDay; }
    // The question closing the window asks while chats are open; null when none is shown.
    QMessageBox *quitWarning() const { return m_quitWarning; }
    // Opens the preview of an offer the agent can still answer; an ended one only gets a word in
    // the status bar (it can no longer be accepted). Returns null then.
    IncomingTransferDialog *openOffer(qint64 transferId);
    void selectConversation(qint64 conversationId);
    void moveSelection(int delta);
    qint64 currentConversation() const;

    // Role workspaces beside the chats (team view, records, analytics) become tabs along the top.
    // An agent, who has only the chats, sees no tab bar. The window owns the page from then on.
    void addWorkspace(QWidget *page, const QString &title, const QKeySequence &shortcut = {});
    // A bar across the window under the notice bar (the alerts); the window owns it from then on.
    void addBar(QWidget *bar);
    void showWorkspace(QWidget *page);
    QTabWidget *workspaces() const { return m_workspaces; }

    ChatView *chatView() const { return m_chat; }
    QListView *conversationView() const { return m_list; }
    CustomerPanel *customerPanel() const { return m_panel; }
    QLabel *connectionLabel() const { return m_connection; }
    QWidget *noticeBar() const { return m_notice; }

signals:
    // The agent confirmed quitting and is set away (or was not connected): the window closes now.
    void leaving();
    void connectRequested(const baton::ConnectDialog::Choice &choice);
    void languageChangeRequested(const QString &language);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void leave();
    void buildActions();
    void buildStatusBar();
    void onStateChanged();
    void onOfferArrived(const OfferInbox::Offer &offer);
    void onOfferMissed(const OfferInbox::Offer &offer, TransferState state);
    void onCurrentChanged();
    void showNotice(const QString &text, qint64 transferId);
    void showSettings();
    void showConnect();
    void updateLoad();
    void setMyStatus(AgentStatus status);

    AgentClient &m_client;
    LocalCache &m_cache;
    WorkstationSettings &m_settings;
    ConversationListModel &m_conversations;
    OfferInbox &m_offers;
    Notifier &m_notifier;
    QTabWidget *m_workspaces = nullptr;
    QListView *m_list = nullptr;
    QStackedWidget *m_middle = nullptr;
    MyDayPanel *m_myDay = nullptr;
    ChatView *m_chat = nullptr;
    QAction *m_openOffer = nullptr;
    CustomerPanel *m_panel = nullptr;
    QWidget *m_notice = nullptr;
    ElidingLabel *m_noticeText = nullptr;
    QPushButton *m_noticeButton = nullptr;
    qint64 m_noticeTransfer = 0;
    QLabel *m_connection = nullptr;
    QLabel *m_load = nullptr;
    QComboBox *m_status = nullptr;
    QPointer<IncomingTransferDialog> m_offerDialog;
    QPointer<QMessageBox> m_quitWarning;
    bool m_leaving = false;
};

} // namespace baton
