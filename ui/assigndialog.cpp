#include "assigndialog.h"

#include "client/teamagentmodel.h"
#include "uitext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace baton {

AssignDialog::AssignDialog(const TeamAgentModel &agents, const QString &customer, QWidget *parent)
    : QDialog(parent), m_agents(new QComboBox(this)), m_note(new QLineEdit(this))
{
    setWindowTitle(tr("Assign %1").arg(customer));
    for (const reply::TeamAgent &a : agents.agents()) {
        if (!a.takesChats())
            continue; // leads without chats of their own, reviewers and signed-out colleagues cannot take it
        m_agents->addItem(
            tr("%1 — %2, %3/%4")
                .arg(a.view.agent.displayName, UiText::agentStatus(agentStatusName(a.view.agent.status)))
                .arg(a.view.usedCapacity())
                .arg(a.view.agent.maxSessions),
            a.id());
    }
    m_note->setMaxLength(500);
    m_note->setPlaceholderText(tr("What the agent should know (optional)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_agents->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Agent"), m_agents);
    form->addRow(tr("Note"), m_note);
    form->addRow(buttons);
}

QString AssignDialog::agentId() const
{
    return m_agents->currentData().toString();
}

void AssignDialog::selectAgent(const QString &agentId)
{
    if (const int at = m_agents->findData(agentId); at >= 0)
        m_agents->setCurrentIndex(at);
}

QString AssignDialog::note() const
{
    return m_note->text().trimmed();
}

} // namespace baton
