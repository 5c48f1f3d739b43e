#include "overflowdialog.h"

#include "client/teamclient.h"
#include "uitext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

namespace baton {

OverflowDialog::OverflowDialog(TeamClient &team, QWidget *parent)
    : QDialog(parent), m_team(team), m_capacity(new QRadioButton(tr("More chats per agent"), this)),
      m_routing(new QRadioButton(tr("Let another department take our queue"), this)),
      m_extra(new QSpinBox(this)), m_department(new QComboBox(this)), m_minutes(new QSpinBox(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Open overflow"));
    m_extra->setRange(1, 10);
    const AgentClient &client = team.client();
    const QString own = client.profile().agent.department;
    for (const QString &id : client.departmentIds()) {
        if (id != own)
            m_department->addItem(client.departmentName(id), id);
    }
    m_routing->setEnabled(m_department->count() > 0);
    m_capacity->setChecked(true);
    m_department->setEnabled(false);
    connect(m_routing, &QRadioButton::toggled, m_department, &QWidget::setEnabled);
    connect(m_routing, &QRadioButton::toggled, m_extra, &QWidget::setDisabled);
    m_minutes->setRange(1, 480);
    m_minutes->setValue(30);
    m_minutes->setSuffix(tr(" min"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OverflowDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(m_capacity, m_extra);
    form->addRow(m_routing, m_department);
    form->addRow(tr("For"), m_minutes);
    form->addRow(new QLabel(tr("It closes by itself; nobody loses a chat they hold."), this));
    form->addRow(m_error);
    form->addRow(buttons);
}

void OverflowDialog::submit()
{
    const int extra = m_capacity->isChecked() ? m_extra->value() : 0;
    const QString to = m_capacity->isChecked() ? QString() : m_department->currentData().toString();
    m_team.openOverflow(extra, to, qint64(m_minutes->value()) * 60'000,
                        [this](const Result<reply::Overflow> &r) {
                            if (r) {
                                accept();
                                return;
                            }
                            m_error->setText(UiText::error(r.error(), UiText::Action::Load));
                            m_error->show();
                        });
}

} // namespace baton
