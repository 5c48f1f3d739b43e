#include "closedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace baton {

CloseDialog::CloseDialog(const QString &customerName, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("closeDialog"));
    setWindowTitle(tr("Close conversation"));
    auto *layout = new QVBoxLayout(this);
    auto *question = new QLabel(this);
    question->setTextFormat(Qt::PlainText); // the customer's name, as typed
    question->setWordWrap(true);
    question->setText(
        tr("Close the conversation with %1. Was the customer's question resolved?").arg(customerName));
    layout->addWidget(question);
    m_resolved = new QRadioButton(tr("&Resolved"), this);
    m_resolved->setObjectName(QStringLiteral("resolved"));
    m_unresolved = new QRadioButton(tr("&Not resolved"), this);
    m_unresolved->setObjectName(QStringLiteral("unresolved"));
    m_resolved->setChecked(true);
    layout->addWidget(m_resolved);
    layout->addWidget(m_unresolved);
    auto *reasonLabel = new QLabel(tr("Reason (optional, not shown to the customer):"), this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("e.g. waiting for the warehouse; customer will call back"));
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *close = buttons->addButton(tr("Close conversation"), QDialogButtonBox::AcceptRole);
    close->setObjectName(QStringLiteral("confirmClose"));
    close->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(440, sizeHint().height());
}

bool CloseDialog::resolved() const
{
    return m_resolved->isChecked();
}

QString CloseDialog::reason() const
{
    return m_reason->text().trimmed();
}

void CloseDialog::setResolved(bool resolved)
{
    (resolved ? m_resolved : m_unresolved)->setChecked(true);
}

void CloseDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

} // namespace baton
