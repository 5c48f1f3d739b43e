#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace baton {

class TeamAgentModel;

// Hands a waiting customer to an agent of the team, with a note for them.
class AssignDialog : public QDialog {
    Q_OBJECT
public:
    AssignDialog(const TeamAgentModel &agents, const QString &customer, QWidget *parent = nullptr);

    QString agentId() const;
    // Preselects the agent a customer was dropped on.
    void selectAgent(const QString &agentId);
    QString note() const;
    QComboBox *agentBox() const { return m_agents; }
    QLineEdit *noteEdit() const { return m_note; }

private:
    QComboBox *m_agents;
    QLineEdit *m_note;
};

} // namespace baton
