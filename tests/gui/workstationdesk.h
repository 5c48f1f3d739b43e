#pragma once

#include "client/workstationsettings.h"
#include "workstation/workstationsession.h"

#include <QTemporaryDir>
#include <memory>

namespace baton::test {

// One agent's workstation for GUI tests: its own data folder (settings, local cache), a session
// against the given engine URL, the window shown offscreen. Sound off; notices inside the window.
class WorkstationDesk {
public:
    WorkstationDesk(const QUrl &url, const QString &user, const QString &folder = {});
    ~WorkstationDesk();

    WorkstationSession &session() { return *m_session; }
    MainWindow &window() { return m_session->window(); }
    AgentClient &client() { return m_session->client(); }
    WorkstationSettings &settings() { return *m_settings; }
    QString folder() const { return m_folder; }
    bool waitOnline(int timeoutMs = 10000);
    // Makes the window the active one, as keyboard shortcuts need.
    bool activate();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    std::unique_ptr<WorkstationSettings> m_settings;
    std::unique_ptr<WorkstationSession> m_session;
};

} // namespace baton::test
