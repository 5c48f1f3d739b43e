#pragma once

#include "core/agentview.h"
#include "protocol/teamreplies.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace baton {

class TeamClient;

// BATCH_TRANSFER (F2.5): several chats to one colleague in one request — an overloaded agent
// handing chats off, or a lead emptying an agent's queue. Each chat succeeds or fails on its own;
// the dialog stays open and says, per chat, where it went or why not.
class BatchTransferDialog : public QDialog {
    Q_OBJECT
public:
    BatchTransferDialog(TeamClient &team, const QList<reply::AgentChat> &chats,
                        const QList<AgentView> &targets, QWidget *parent = nullptr);

    QListWidget *chatList() const { return m_chats; }
    QComboBox *targetBox() const { return m_target; }
    QLineEdit *remarksEdit() const { return m_remarks; }
    QPushButton *sendButton() const { return m_send; }
    QLabel *summaryLabel() const { return m_summary; }
    void submit();

signals:
    void finished(const baton::reply::BatchResults &results);

private:
    void showResults(const reply::BatchResults &results);

    TeamClient &m_team;
    QListWidget *m_chats;
    QComboBox *m_target;
    QLineEdit *m_remarks;
    QPushButton *m_send;
    QLabel *m_summary;
};

} // namespace baton
