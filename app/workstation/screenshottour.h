#pragma once

#include <QJsonObject>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace baton {

class EngineConnection;
class LanguageSwitcher;
class Workstation;
class WorkstationSession;
class WorkstationSettings;

// `baton --screenshots DIR`: starts the embedded engine on a fresh folder, lets a few customers
// arrive and a colleague hand one over, and renders the main window, the transfer dialog and the
// incoming-transfer preview, then (signed in as the team lead) the Team view, to
// DIR/<name>-<language>.png. The same code paths as a real session.
class ScreenshotTour {
public:
    ScreenshotTour(const QString &outputFolder, LanguageSwitcher &languages, const QString &dataFolder);
    ~ScreenshotTour();
    int run();

private:
    bool waitUntil(const std::function<bool()> &condition, int timeoutMs);
    EngineConnection *connectTo(const QUrl &url);
    QJsonObject call(EngineConnection &connection, const QString &type, const QJsonObject &payload);
    void customer(const QString &name, const QString &customerId, const QString &text, bool human,
                  const QString &skill = {});
    // 张伟 (team lead) signs in on the same engine while sales is stretched: the Team tab.
    bool shootTeamView();
    bool save(QWidget &widget, const QString &name);
    // F4: the Records and Analytics workspaces as the demo supervisor sees them.
    bool supervisorScreens();

    QString m_output;
    LanguageSwitcher &m_languages;
    QString m_language;
    QString m_folder;
    std::unique_ptr<WorkstationSettings> m_settings;
    std::unique_ptr<Workstation> m_workstation;
    std::unique_ptr<WorkstationSession> m_supervisor;
    std::vector<std::unique_ptr<EngineConnection>> m_peers;
};

} // namespace baton
