#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace baton {

class AgentClient;
class CannedReplyPicker;
class ElidingLabel;
class HistoryView;
class LocalCache;
class MessageModel;
class TransferBanner;
class WorkstationSettings;

// The open conversation: who it is and why they came, the live transfer state, the history with a
// system line for each hop, and the composer (Ctrl+Enter sends, canned replies one click away).
// A conversation that is not the agent's any more is shown read-only.
class ChatView : public QWidget {
    Q_OBJECT
public:
    ChatView(AgentClient &client, LocalCache &cache, MessageModel &messages, WorkstationSettings &settings,
             QWidget *parent = nullptr);

    void setConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }
    TransferBanner *banner() const { return m_banner; }
    QPlainTextEdit *composer() const { return m_composer; }
    CannedReplyPicker *cannedPicker() const { return m_picker; }
    void send();

signals:
    void transferRequested();

private:
    void refreshHeader();

    AgentClient &m_client;
    LocalCache &m_cache;
    MessageModel &m_messages;
    qint64 m_conversationId = 0;
    ElidingLabel *m_title = nullptr;
    ElidingLabel *m_subtitle = nullptr;
    TransferBanner *m_banner = nullptr;
    HistoryView *m_list = nullptr;
    QLabel *m_readOnly = nullptr;
    QWidget *m_composerRow = nullptr;
    QPlainTextEdit *m_composer = nullptr;
    QPushButton *m_canned = nullptr;
    CannedReplyPicker *m_picker = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_transfer = nullptr;
};

} // namespace baton
