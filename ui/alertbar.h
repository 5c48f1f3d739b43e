#pragma once

#include "client/alertcenter.h"

#include <QWidget>

class QPushButton;
class QTimer;
class QVBoxLayout;

namespace baton {

class AgentClient;
class ElidingLabel;
class LocalCache;
class MainWindow;
class TeamClient;
class TransferDialog;
class BatchTransferDialog;

// The engine's warnings in the window, above the chats (F2.4, F2.5): an overdue reply with a click
// into that chat; an overload with the suggested colleagues, one click into the transfer or a batch
// transfer; a keyword hint with one click into Ctrl+T filtered to the specialist skill; for a team
// lead, an overdue reply in the team. What is shown and for how long is AlertCenter's decision.
class AlertBar : public QWidget {
    Q_OBJECT
public:
    static constexpr int maxRows = 3;

    AlertBar(AlertCenter &alerts, MainWindow &window, AgentClient &client, LocalCache &cache,
             TeamClient &team, QWidget *parent = nullptr);

    // The row texts as shown, newest first (tests, the tour).
    QStringList texts() const;
    // The buttons of the row for `alertId`, by object name: open, transfer, batch, team, dismiss.
    QPushButton *button(quint64 alertId, const QString &name) const;

    // The actions, public for tests and the tour.
    void openChat(qint64 conversationId);
    TransferDialog *transferFor(const AlertCenter::Alert &alert);
    BatchTransferDialog *batchTransfer(const AlertCenter::Alert &alert);

signals:
    void teamViewRequested();

private:
    struct Row {
        quint64 id = 0;
        QWidget *widget = nullptr;
        ElidingLabel *text = nullptr;
    };
    void rebuild();
    QString describe(const AlertCenter::Alert &alert) const;
    void refreshTexts();
    qint64 ownChatFor(const AlertCenter::Alert &alert) const;

    AlertCenter &m_alerts;
    MainWindow &m_window;
    AgentClient &m_client;
    LocalCache &m_cache;
    TeamClient &m_team;
    QVBoxLayout *m_rows;
    QList<Row> m_shown;
    QTimer *m_tick;
};

} // namespace baton
