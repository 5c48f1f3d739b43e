#include "notifier.h"

#include "client/workstationsettings.h"

#include <QApplication>
#include <QSoundEffect>
#include <QStyle>
#include <QSystemTrayIcon>

static void initUiResources()
{
    Q_INIT_RESOURCE(ui_sounds);
}

namespace baton {

Notifier::Notifier(WorkstationSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    initUiResources();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = std::make_unique<QSystemTrayIcon>(QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation));
        m_tray->setToolTip(tr("Baton"));
        m_tray->show();
        connect(m_tray.get(), &QSystemTrayIcon::messageClicked, this, &Notifier::trayClicked);
    }
}

Notifier::~Notifier() = default;

bool Notifier::usesTray() const
{
    return m_tray && m_settings.notificationStyle() == WorkstationSettings::NotificationStyle::Desktop;
}

void Notifier::notify(const QString &title, const QString &text)
{
    const auto style = m_settings.notificationStyle();
    if (style != WorkstationSettings::NotificationStyle::Off) {
        if (usesTray())
            m_tray->showMessage(title, text, QSystemTrayIcon::Information, 10'000);
        else
            emit inWindowNotice(title, text);
    }
    if (m_settings.soundEnabled()) {
        if (!m_sound) { // created on first use: machines without audio never load the backend
            m_sound = new QSoundEffect(this);
            m_sound->setSource(QUrl(QStringLiteral("qrc:/baton/sounds/offer.wav")));
            m_sound->setVolume(0.6f);
        }
        m_sound->play();
    }
}

} // namespace baton
