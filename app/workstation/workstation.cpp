#include "workstation.h"

#include "client/workstationsettings.h"
#include "languageswitcher.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QLoggingCategory>
#include <QMessageBox>

Q_LOGGING_CATEGORY(lcWorkstation, "baton.workstation")

namespace baton {

namespace {
const QString demoUser = QStringLiteral("demo");
const QString demoPassword = QStringLiteral("demo");
} // namespace

Workstation::Workstation(WorkstationSettings &settings, LanguageSwitcher &languages, const QString &dataFolder,
                         QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_languages(languages)
    , m_dataFolder(dataFolder)
{
}

Workstation::~Workstation()
{
    m_session.reset(); // disconnect before the engine goes
    m_engine.reset();
}

bool Workstation::startEmbedded(const EmbeddedOptions &options, QString *error)
{
    m_session.reset();
    if (!m_engine) {
        EngineHost::Options host;
        host.address = QHostAddress::LocalHost;
        host.port = 0;
        host.listenFromCommandLine = true;
        host.databasePath = QDir(m_dataFolder).filePath(QStringLiteral("embedded-engine.db"));
        host.demo = true;
        host.demoRunsAtStart = options.demoRunsAtStart;
        host.demoCustomerIntervalMs = options.demoCustomerIntervalMs;
        host.demoInitialCustomers = options.demoInitialCustomers;
        host.demoHumanUser = options.user;
        QDir().mkpath(m_dataFolder);
        m_engine = std::make_unique<EmbeddedEngine>(host);
        if (!m_engine->start(error)) {
            m_engine.reset();
            return false;
        }
        qCInfo(lcWorkstation) << "embedded engine on" << m_engine->agentUrl();
    }
    const QString password = options.user == demoUser ? demoPassword : QStringLiteral("baton");
    return openSession({m_engine->agentUrl(), options.user, password}, QStringLiteral("embedded"), error);
}

bool Workstation::startRemote(const QUrl &url, const QString &user, const QString &password, QString *error)
{
    m_session.reset();
    m_engine.reset(); // a remote engine replaces the embedded one
    return openSession({url, user, password}, url.toString(), error);
}

void Workstation::startRemoteWithRememberedPassword(const QUrl &url, const QString &user)
{
    m_credentials.load(url.toString() + QLatin1Char('|') + user, [this, url, user](bool found, const QString &password) {
        QString error;
        if (!startRemote(url, user, found ? password : QString(), &error))
            QMessageBox::critical(nullptr, tr("Baton"), tr("Cannot start: %1").arg(error));
    });
}

bool Workstation::openSession(const AgentClient::Credentials &credentials, const QString &cacheIdentity, QString *error)
{
    m_cacheIdentity = cacheIdentity;
    m_session = std::make_unique<WorkstationSession>(credentials, cacheIdentity, m_dataFolder, m_settings);
    if (!m_session->open(error)) {
        m_session.reset();
        return false;
    }
    connect(&m_session->window(), &MainWindow::connectRequested, this, &Workstation::onConnectRequested,
            Qt::QueuedConnection);
    connect(&m_session->window(), &MainWindow::languageChangeRequested, this,
            &Workstation::onLanguageChangeRequested, Qt::QueuedConnection);
    m_session->window().show();
    return true;
}

void Workstation::onLanguageChangeRequested(const QString &language)
{
    m_languages.apply(language);
    const AgentClient::Credentials credentials = m_session->client().credentials();
    const qint64 open = m_session->window().currentConversation();
    m_session.reset();
    QString error;
    if (!openSession(credentials, m_cacheIdentity, &error)) {
        QMessageBox::critical(nullptr, tr("Baton"), tr("Cannot start: %1").arg(error));
        return;
    }
    m_session->window().selectConversation(open);
}

void Workstation::onConnectRequested(const ConnectDialog::Choice &choice)
{
    QString error;
    bool ok = false;
    if (choice.embedded) {
        m_settings.setRemoteEngine({}, {});
        ok = startEmbedded({}, &error);
    } else {
        m_settings.setRemoteEngine(choice.url.toString(), choice.user);
        if (choice.remember) {
            m_credentials.save(choice.url.toString() + QLatin1Char('|') + choice.user, choice.password,
                               [](bool saved, const QString &message) {
                                   if (!saved)
                                       qCInfo(lcWorkstation) << "password not remembered (no keychain):" << message;
                               });
        }
        ok = startRemote(choice.url, choice.user, choice.password, &error);
    }
    m_settings.sync();
    if (!ok)
        QMessageBox::critical(nullptr, tr("Baton"), tr("Cannot start: %1").arg(error));
}

} // namespace baton
