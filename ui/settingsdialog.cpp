#include "settingsdialog.h"

#include "cannedrepliespage.h"
#include "client/agentclient.h"
#include "client/workstationsettings.h"
#include "uitext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace baton {

namespace {
QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (QString t : text.split(QRegularExpression(QStringLiteral("[,，;；]")), Qt::SkipEmptyParts)) {
        t = t.trimmed();
        if (!t.isEmpty() && !tags.contains(t))
            tags.append(t);
    }
    return tags;
}
} // namespace

SettingsDialog::SettingsDialog(WorkstationSettings &settings, AgentClient &client, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_client(client)
{
    setWindowTitle(tr("Settings"));
    auto *outer = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    auto *general = new QWidget(tabs);
    auto *layout = new QVBoxLayout(general);
    tabs->addTab(general, tr("General"));
    m_canned = new CannedRepliesPage(settings.cannedReplies(), tabs);
    m_canned->setObjectName(QStringLiteral("cannedReplies"));
    tabs->addTab(m_canned, tr("Canned replies"));
    outer->addWidget(tabs, 1);

    auto *notify = new QGroupBox(tr("Incoming transfers"), this);
    auto *notifyForm = new QFormLayout(notify);
    m_style = new QComboBox(notify);
    m_style->setObjectName(QStringLiteral("notificationStyle"));
    m_style->addItem(tr("Desktop notification (tray)"));
    m_style->addItem(tr("Notice in the window"));
    m_style->addItem(tr("No notification"));
    m_style->setCurrentIndex(int(settings.notificationStyle()));
    m_sound = new QCheckBox(tr("Play a sound"), notify);
    m_sound->setObjectName(QStringLiteral("sound"));
    m_sound->setChecked(settings.soundEnabled());
    notifyForm->addRow(tr("&Notification"), m_style);
    notifyForm->addRow(QString(), m_sound);
    layout->addWidget(notify);

    auto *rules = new QGroupBox(tr("Auto-accept"), this);
    auto *rulesForm = new QFormLayout(rules);
    m_autoAccept = new QCheckBox(tr("Accept offers without asking when all conditions below hold"), rules);
    m_autoAccept->setObjectName(QStringLiteral("autoAccept"));
    m_autoAccept->setChecked(settings.autoAcceptEnabled());
    m_sameDepartment = new QCheckBox(tr("The offer comes from my own department"), rules);
    m_sameDepartment->setObjectName(QStringLiteral("sameDepartment"));
    m_sameDepartment->setChecked(settings.autoAcceptSameDepartmentOnly());
    m_loadBelow = new QSpinBox(rules);
    m_loadBelow->setObjectName(QStringLiteral("loadBelow"));
    m_loadBelow->setRange(0, 50);
    m_loadBelow->setSpecialValueText(tr("any load"));
    m_loadBelow->setValue(settings.autoAcceptLoadBelow());
    m_loadBelow->setAccessibleName(tr("Only while my open conversations are fewer than"));
    rulesForm->addRow(m_autoAccept);
    rulesForm->addRow(m_sameDepartment);
    rulesForm->addRow(tr("While my load is under"), m_loadBelow);
    layout->addWidget(rules);

    auto *me = new QGroupBox(tr("Me"), this);
    auto *meForm = new QFormLayout(me);
    m_tags = new QLineEdit(client.profile().agent.tags.join(QStringLiteral(", ")), me);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("e.g. refunds, logistics, payment failures"));
    m_tags->setAccessibleName(tr("My skill tags"));
    m_tags->setEnabled(client.state() == AgentClient::State::Online);
    m_language = new QComboBox(me);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    meForm->addRow(tr("My skill &tags"), m_tags);
    meForm->addRow(tr("&Language"), m_language);
    layout->addWidget(me);
    layout->addStretch(1);
    layout = outer;

    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color:#c62828"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SettingsDialog::done(int result)
{
    if (result != QDialog::Accepted) {
        QDialog::done(result);
        return;
    }
    m_settings.setNotificationStyle(WorkstationSettings::NotificationStyle(m_style->currentIndex()));
    m_settings.setSoundEnabled(m_sound->isChecked());
    m_settings.setAutoAcceptEnabled(m_autoAccept->isChecked());
    m_settings.setAutoAcceptSameDepartmentOnly(m_sameDepartment->isChecked());
    m_settings.setAutoAcceptLoadBelow(m_loadBelow->value());
    m_settings.setCannedReplies(m_canned->replies());
    const QString language = m_language->currentData().toString();
    if (language != m_settings.language()) {
        m_settings.setLanguage(language);
        emit languageChanged(language);
    }
    m_settings.sync();
    if (!m_tags->isEnabled()) {
        QDialog::done(result);
        return;
    }
    QPointer<SettingsDialog> self(this);
    m_client.setTags(splitTags(m_tags->text()), [self, result](const Result<reply::OneAgent> &reply) {
        if (!self)
            return;
        if (reply.ok()) {
            self->QDialog::done(result);
            return;
        }
        self->m_error->setText(tr("The engine refused the tags: %1")
                                   .arg(UiText::error(reply.error(), UiText::Action::SaveTags)));
        self->m_error->show();
    });
}

} // namespace baton
