#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;

namespace baton {

class AgentClient;
class ConversationListModel;

// What the middle pane shows while no chat is open: the agent's day at a glance — customers
// waiting for an answer, load, today's conversations, the track record the engine keeps — and the
// keys that get them going. Every figure comes from the list model and the agent's profile.
class MyDayPanel : public QWidget {
    Q_OBJECT
public:
    MyDayPanel(AgentClient &client, ConversationListModel &conversations, QWidget *parent = nullptr);

    void refresh();

private:
    QWidget *card(const char *objectName, const QString &caption, QLabel **value, QLabel **detail);

    AgentClient &m_client;
    ConversationListModel &m_conversations;
    QTimer m_tick;
    QLabel *m_greeting = nullptr;
    QLabel *m_waiting = nullptr;
    QLabel *m_waitingDetail = nullptr;
    QLabel *m_load = nullptr;
    QLabel *m_loadDetail = nullptr;
    QLabel *m_today = nullptr;
    QLabel *m_todayDetail = nullptr;
    QLabel *m_record = nullptr;
    QLabel *m_recordDetail = nullptr;
};

} // namespace baton
