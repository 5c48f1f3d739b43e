#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QTableView;

namespace baton {

class QueueTileDelegate;
class StaffingPanel;
class TeamClient;

// F2 for team leads: the queues as tiles, the agent board, the customers waiting, and the staffing
// what-if, all live from TEAM_STATS. Actions: set an agent away or back online, assign a waiting
// customer to an agent with a note. Rows update in place, so selections survive every snapshot.
class TeamView : public QWidget {
    Q_OBJECT
public:
    explicit TeamView(TeamClient &team, QWidget *parent = nullptr);
    static QString title() { return tr("Team"); }

    QListView *queueView() const { return m_queues; }
    QTableView *agentView() const { return m_agents; }
    QTableView *waitingView() const { return m_waiting; }
    QPushButton *assignButton() const { return m_assign; }
    QPushButton *awayButton() const { return m_away; }
    QPushButton *onlineButton() const { return m_online; }
    QLabel *noticeLabel() const { return m_notice; }
    StaffingPanel *staffingPanel() const { return m_staffing; }

    // Opens the assign dialog for the selected waiting customer; public for tests and the tour.
    void assignSelected();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void layoutTiles();
    void setSelectedAgentStatus(bool away);
    void updateActions();
    void showNotice(const QString &text);

    TeamClient &m_team;
    QListView *m_queues;
    QueueTileDelegate *m_tiles;
    QTableView *m_agents;
    QTableView *m_waiting;
    QPushButton *m_away;
    QPushButton *m_online;
    QPushButton *m_assign;
    QLabel *m_notice;
    StaffingPanel *m_staffing;
};

} // namespace baton
