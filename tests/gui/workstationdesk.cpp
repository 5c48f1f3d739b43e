#include "workstationdesk.h"

#include "ui/mainwindow.h"

#include <QDir>
#include <QTest>

namespace baton::test {

WorkstationDesk::WorkstationDesk(const QUrl &url, const QString &user, const QString &folder)
{
    if (folder.isEmpty()) {
        m_dir = std::make_unique<QTemporaryDir>();
        m_folder = m_dir->path();
    } else {
        m_folder = folder;
    }
    m_settings = std::make_unique<WorkstationSettings>(QDir(m_folder).filePath(QStringLiteral("settings.ini")));
    m_settings->setSoundEnabled(false);
    m_settings->setNotificationStyle(WorkstationSettings::NotificationStyle::InWindow);
    m_session = std::make_unique<WorkstationSession>(AgentClient::Credentials{url, user, user + QStringLiteral("-pw")},
                                                     QStringLiteral("test-engine"), m_folder, *m_settings);
    QString error;
    if (!m_session->open(&error))
        qFatal("cannot open the workstation session: %s", qPrintable(error));
    m_session->window().show();
}

WorkstationDesk::~WorkstationDesk()
{
    m_session.reset();
}

bool WorkstationDesk::waitOnline(int timeoutMs)
{
    return QTest::qWaitFor([this] { return client().state() == AgentClient::State::Online; }, timeoutMs);
}

bool WorkstationDesk::activate()
{
    window().activateWindow();
    return QTest::qWaitForWindowActive(&window(), 3000);
}

} // namespace baton::test
