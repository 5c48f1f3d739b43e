#include "client/workstationsettings.h"
#include "languageswitcher.h"
#include "screenshottour.h"
#include "workstation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextStream>

#include <memory>
#include <string_view>

using namespace baton;

namespace {

// --help and --version must answer where there is no display (a server, the package check), so they
// get a QCoreApplication; QApplication would abort without a platform plugin.
bool asksOnlyForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-?" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

// The icon of packaging/icons, built in (":/baton/icons/<size>/baton.png") so the window carries it
// whether or not the package installed it into the icon theme.
QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/baton/icons/%1x%1/baton.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = asksOnlyForHelpOrVersion(argc, argv)
                                                      ? std::make_unique<QCoreApplication>(argc, argv)
                                                      : std::make_unique<QApplication>(argc, argv);
    QApplication::setApplicationName(QStringLiteral("baton"));
    QApplication::setOrganizationName(QStringLiteral("baton"));
    QApplication::setApplicationVersion(QStringLiteral(BATON_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Baton agent workstation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption remote(QStringLiteral("remote"), QStringLiteral("Connect to a remote engine (ws:// or wss:// URL) instead of the embedded one."), QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("User name. With --remote the password is read from BATON_PASSWORD or the keychain; without it, a demo login (demo, or zhangwei for the team lead's view)."), QStringLiteral("NAME"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Folder for the settings, the local cache and the embedded engine's database."), QStringLiteral("DIR"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("zh_CN or en (default: the setting, else the system's)."), QStringLiteral("LANG"));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"), QStringLiteral("Render the main window, the transfer dialog and an incoming-transfer preview to PNG files in DIR, then exit."), QStringLiteral("DIR"));
    parser.addOptions({remote, user, data, language, screenshots});
    parser.process(*app);
    if (!qobject_cast<QApplication *>(app.get())) // "-v" or "-h" was the value of an option: no window
        parser.showHelp(2);
    QApplication::setWindowIcon(applicationIcon());

    const QString dataFolder = parser.isSet(data) ? parser.value(data)
                                                  : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataFolder);
    WorkstationSettings settings(QDir(dataFolder).filePath(QStringLiteral("settings.ini")));
    LanguageSwitcher languages;
    const QString lang = languages.apply(parser.isSet(language) ? parser.value(language) : settings.language());

    if (parser.isSet(screenshots)) {
        ScreenshotTour tour(parser.value(screenshots), languages, dataFolder);
        return tour.run();
    }

    Workstation workstation(settings, languages, dataFolder);
    QString error;
    const QString remoteUrl = parser.isSet(remote) ? parser.value(remote) : settings.engineUrl();
    bool ok = false;
    if (!remoteUrl.isEmpty()) {
        const QString name = parser.isSet(user) ? parser.value(user) : settings.userName();
        const QString password = qEnvironmentVariable("BATON_PASSWORD");
        if (password.isEmpty()) {
            workstation.startRemoteWithRememberedPassword(QUrl(remoteUrl), name);
            return app->exec();
        }
        ok = workstation.startRemote(QUrl(remoteUrl), name, password, &error);
    } else {
        Workstation::EmbeddedOptions embedded;
        if (parser.isSet(user)) // a demo login: demo (agent) or zhangwei (team lead)
            embedded.user = parser.value(user);
        ok = workstation.startEmbedded(embedded, &error);
    }
    if (!ok) {
        QTextStream(stderr) << "baton: " << error << Qt::endl;
        QMessageBox::critical(nullptr, QObject::tr("Baton"), QObject::tr("Cannot start: %1").arg(error));
        return 1;
    }
    return app->exec();
}
