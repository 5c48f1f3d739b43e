#include "connectdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace baton {

ConnectDialog::ConnectDialog(const Choice &current, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to an engine"));
    auto *layout = new QVBoxLayout(this);
    m_embedded = new QRadioButton(tr("&Embedded engine on this computer (demo team)"), this);
    m_remote = new QRadioButton(tr("&Remote engine"), this);
    layout->addWidget(m_embedded);
    layout->addWidget(m_remote);
    auto *form = new QFormLayout;
    m_url = new QLineEdit(current.url.toString(), this);
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(QStringLiteral("wss://baton.example.com/agent"));
    m_url->setAccessibleName(tr("Engine URL"));
    m_user = new QLineEdit(current.user, this);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setAccessibleName(tr("User"));
    m_password = new QLineEdit(current.password, this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_remember = new QCheckBox(tr("Remember the password (system keychain)"), this);
    m_remember->setChecked(current.remember);
    form->addRow(tr("&URL"), m_url);
    form->addRow(tr("U&ser"), m_user);
    form->addRow(tr("&Password"), m_password);
    form->addRow(QString(), m_remember);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color:#c62828"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto sync = [this] {
        for (QWidget *w : {static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_user),
                           static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_remember)})
            w->setEnabled(m_remote->isChecked());
    };
    connect(m_remote, &QRadioButton::toggled, this, sync);
    (current.embedded ? m_embedded : m_remote)->setChecked(true);
    sync();
}

ConnectDialog::Choice ConnectDialog::choice() const
{
    return {m_embedded->isChecked(), QUrl(m_url->text().trimmed()), m_user->text().trimmed(), m_password->text(),
            m_remember->isChecked()};
}

QString ConnectDialog::validate(const Choice &c)
{
    if (c.embedded)
        return {};
    if (!c.url.isValid() || (c.url.scheme() != QLatin1String("ws") && c.url.scheme() != QLatin1String("wss")) ||
        c.url.host().isEmpty())
        return tr("The URL must start with ws:// or wss:// and name a host, e.g. ws://10.0.0.5:8700/agent.");
    if (c.user.isEmpty())
        return tr("Enter your user name.");
    return {};
}

void ConnectDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        const QString error = validate(choice());
        if (!error.isEmpty()) {
            m_error->setText(error);
            m_error->show();
            return;
        }
    }
    QDialog::done(result);
}

} // namespace baton
