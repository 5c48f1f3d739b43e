#pragma once

#include "protocol/teamreplies.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QTableView;

namespace baton {

class AssignDialog;
class BatchTransferDialog;
class OverflowDialog;
class QueueTileDelegate;
class RecordDetailDialog;
class RecordsClient;
class StaffingPanel;
class TeamClient;

// F2 for team leads: the queues as tiles, the agent board, the customers waiting, and the staffing
// what-if, all live from TEAM_STATS. Actions: set an agent away or back online, batch-transfer their
// chats, open one of them read-only (history and chain), open an overflow; assign a waiting customer
// to an agent with a note (button, double click, or drag onto the agent). Rows update in place, so
// selections survive every snapshot.
class TeamView : public QWidget {
    Q_OBJECT
public:
    TeamView(TeamClient &team, RecordsClient &records, QWidget *parent = nullptr);
    static QString title() { return tr("Team"); }

    QListView *queueView() const { return m_queues; }
    QTableView *agentView() const { return m_agents; }
    QTableView *waitingView() const { return m_waiting; }
    QPushButton *assignButton() const { return m_assign; }
    QPushButton *awayButton() const { return m_away; }
    QPushButton *onlineButton() const { return m_online; }
    QPushButton *batchButton() const { return m_batch; }
    QPushButton *openChatButton() const { return m_openChat; }
    QPushButton *overflowButton() const { return m_overflow; }
    QLabel *noticeLabel() const { return m_notice; }
    QLabel *overflowLabel() const { return m_overflowInfo; }
    StaffingPanel *staffingPanel() const { return m_staffing; }

    // Opens the assign dialog for the selected waiting customer; public for tests and the tour.
    AssignDialog *assignSelected();
    // Assigns waiting customer `conversationId` to `agentId` after the note dialog (a drop on the board).
    AssignDialog *assignTo(qint64 conversationId, const QString &agentId);
    BatchTransferDialog *batchTransferSelected();
    // The selected agent's chat `conversationId` (their first when 0), read-only.
    RecordDetailDialog *openChat(qint64 conversationId = 0);
    OverflowDialog *openOverflow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

    void resizeEvent(QResizeEvent *event) override;

private:
    void layoutTiles();
    void setSelectedAgentStatus(bool away);
    void updateActions();
    void showNotice(const QString &text);
    void showOverflows();
    const reply::TeamAgent *selectedAgent() const;

    TeamClient &m_team;
    RecordsClient &m_records;
    QListView *m_queues;
    QueueTileDelegate *m_tiles;
    QTableView *m_agents;
    QTableView *m_waiting;
    QPushButton *m_away;
    QPushButton *m_online;
    QPushButton *m_batch;
    QPushButton *m_openChat;
    QPushButton *m_overflow;
    QPushButton *m_assign;
    QLabel *m_notice;
    QLabel *m_overflowInfo;
    StaffingPanel *m_staffing;
};

} // namespace baton
