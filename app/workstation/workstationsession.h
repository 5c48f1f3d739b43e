#pragma once

#include "client/agentclient.h"

#include <QString>
#include <QUrl>
#include <memory>

namespace baton {

class AlertBar;
class AlertCenter;
class ConversationListModel;
class EngineConnection;
class LocalCache;
class MainWindow;
class MessageModel;
class Notifier;
class OfferInbox;
class RecordsClient;
class RecordsView;
class AnalyticsView;
class LowRatingsView;
class SatisfactionBadge;
class TeamClient;
class TeamView;
class WorkstationSettings;

// One signed-in workstation: connection, local cache, client, models and window, built in
// dependency order and torn down in reverse. Switching engines builds a new session.
class WorkstationSession {
public:
    // `cacheIdentity` names the engine for the cache file: the URL of a remote engine, or a fixed
    // name for the embedded one, whose port changes from run to run.
    WorkstationSession(const AgentClient::Credentials &credentials, const QString &cacheIdentity,
                       const QString &dataFolder, WorkstationSettings &settings);
    ~WorkstationSession();

    // Opens the cache (the window can show it at once) and starts connecting.
    bool open(QString *error);
    MainWindow &window() { return *m_window; }
    AgentClient &client() { return *m_client; }
    LocalCache &cache() { return *m_cache; }
    ConversationListModel &conversations() { return *m_conversations; }
    OfferInbox &offers() { return *m_offers; }
    // Team leads and above: the Records workspace (null for agents, or before the sign-in said who).
    RecordsView *records() const { return m_records; }
    AnalyticsView *analytics() const { return m_analytics; }
    LowRatingsView *lowRatings() const { return m_lowRatings; }
    SatisfactionBadge *satisfaction() const { return m_satisfaction; }
    // Team leads and above: the Team tab once the engine said who signed in; nullptr otherwise.
    TeamView *teamView() const { return m_teamView; }
    TeamClient &team() { return *m_team; }
    AlertCenter &alerts() { return *m_alerts; }
    AlertBar *alertBar() const { return m_alertBar; }

private:
    // F4: reviewers land on the records rather than on an agent's empty chat list.
    void addRoleWorkspaces();

    AgentClient::Credentials m_credentials;
    QString m_cacheIdentity;
    QString m_dataFolder;
    WorkstationSettings &m_settings;
    std::unique_ptr<EngineConnection> m_connection;
    std::unique_ptr<LocalCache> m_cache;
    std::unique_ptr<AgentClient> m_client;
    std::unique_ptr<ConversationListModel> m_conversations;
    std::unique_ptr<MessageModel> m_messages;
    std::unique_ptr<OfferInbox> m_offers;
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<RecordsClient> m_recordsClient;
    std::unique_ptr<TeamClient> m_team;
    std::unique_ptr<AlertCenter> m_alerts;
    AlertBar *m_alertBar = nullptr; // owned by the window
    TeamView *m_teamView = nullptr; // owned by the window's tabs
    std::unique_ptr<MainWindow> m_window;
    RecordsView *m_records = nullptr; // owned by the window
    AnalyticsView *m_analytics = nullptr;
    LowRatingsView *m_lowRatings = nullptr;
    SatisfactionBadge *m_satisfaction = nullptr; // in the window's status bar
};

} // namespace baton
