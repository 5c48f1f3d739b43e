#pragma once

#include <QObject>
#include <memory>

class QSoundEffect;
class QSystemTrayIcon;

namespace baton {

class WorkstationSettings;

// F1.7: tells the agent about an incoming transfer the way they chose — a desktop notification
// through the system tray where one exists, otherwise a notice inside the window — with a sound
// unless switched off.
class Notifier : public QObject {
    Q_OBJECT
public:
    explicit Notifier(WorkstationSettings &settings, QObject *parent = nullptr);
    ~Notifier() override;

    void notify(const QString &title, const QString &text);
    bool usesTray() const;

signals:
    // Shown by the window when there is no tray or the agent prefers it.
    void inWindowNotice(const QString &title, const QString &text);
    void trayClicked();

private:
    WorkstationSettings &m_settings;
    std::unique_ptr<QSystemTrayIcon> m_tray;
    QSoundEffect *m_sound = nullptr;
};

} // namespace baton
