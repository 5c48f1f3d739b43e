#pragma once

#include "credentialstore.h"
#include "embeddedengine.h"
#include "ui/connectdialog.h"
#include "workstationsession.h"

#include <QObject>
#include <memory>

namespace baton {

class LanguageSwitcher;
class WorkstationSettings;

// The application: the embedded engine (unless working remotely) and the current session, rebuilt
// when the agent connects elsewhere.
class Workstation : public QObject {
    Q_OBJECT
public:
    Workstation(WorkstationSettings &settings, LanguageSwitcher &languages, const QString &dataFolder,
                QObject *parent = nullptr);
    ~Workstation() override;

    struct EmbeddedOptions {
        bool demoRunsAtStart = true;
        int demoCustomerIntervalMs = 20'000;
        int demoInitialCustomers = 4;
        // Who signs in on the demo team: demo (林晓, an agent) or a colleague such as zhangwei (张伟,
        // team lead), whose password is "baton". That login is not simulated.
        QString user = QStringLiteral("demo");
    };
    bool startEmbedded(const EmbeddedOptions &options, QString *error);
    bool startRemote(const QUrl &url, const QString &user, const QString &password, QString *error);
    // Reads the password remembered in the keychain, if any, then signs in; without one the session
    // token from the last sign-in is tried.
    void startRemoteWithRememberedPassword(const QUrl &url, const QString &user);
    WorkstationSession *session() { return m_session.get(); }
    EmbeddedEngine *engine() { return m_engine.get(); }

private:
    bool openSession(const AgentClient::Credentials &credentials, const QString &cacheIdentity, QString *error);
    void onConnectRequested(const ConnectDialog::Choice &choice);
    // Builds the window again in the new language; the cache keeps everything meanwhile.
    void onLanguageChangeRequested(const QString &language);

    WorkstationSettings &m_settings;
    LanguageSwitcher &m_languages;
    QString m_cacheIdentity;
    QString m_dataFolder;
    CredentialStore m_credentials;
    std::unique_ptr<EmbeddedEngine> m_engine;
    std::unique_ptr<WorkstationSession> m_session;
};

} // namespace baton
