#include "workstationsession.h"

#include "client/alertcenter.h"
#include "client/conversationlistmodel.h"
#include "client/engineconnection.h"
#include "client/localcache.h"
#include "client/messagemodel.h"
#include "client/offerinbox.h"
#include "client/recordsclient.h"
#include "client/workstationsettings.h"
#include "ui/alertbar.h"
#include "ui/mainwindow.h"
#include "ui/notifier.h"
#include "ui/analyticsview.h"
#include "ui/lowratingsview.h"
#include "ui/satisfactionbadge.h"
#include "ui/recordsview.h"
#include "client/teamclient.h"
#include "ui/teamview.h"

#include <QApplication>
#include <QDir>
#include <QStatusBar>

namespace baton {

WorkstationSession::WorkstationSession(const AgentClient::Credentials &credentials, const QString &cacheIdentity,
                                       const QString &dataFolder, WorkstationSettings &settings)
    : m_credentials(credentials)
    , m_cacheIdentity(cacheIdentity)
    , m_dataFolder(dataFolder)
    , m_settings(settings)
{
}

WorkstationSession::~WorkstationSession()
{
    m_window.reset(); // views first, then the models and client they point at
}

bool WorkstationSession::open(QString *error)
{
    QDir().mkpath(m_dataFolder);
    m_connection = std::make_unique<EngineConnection>();
    m_cache = std::make_unique<LocalCache>(
        LocalCache::pathFor(m_dataFolder, m_cacheIdentity, m_credentials.user));
    if (!m_cache->open(error))
        return false;
    m_client = std::make_unique<AgentClient>(*m_connection, *m_cache);
    m_client->setCredentials(m_credentials);
    m_conversations = std::make_unique<ConversationListModel>(*m_cache, *m_client);
    m_conversations->reload();
    m_messages = std::make_unique<MessageModel>(*m_cache, *m_client);
    m_offers = std::make_unique<OfferInbox>(*m_client, *m_cache, m_settings);
    m_notifier = std::make_unique<Notifier>(m_settings);
    m_window = std::make_unique<MainWindow>(*m_client, *m_cache, m_settings, *m_conversations, *m_messages, *m_offers,
                                            *m_notifier);
    m_recordsClient = std::make_unique<RecordsClient>(*m_client);
    m_satisfaction = new SatisfactionBadge(*m_recordsClient);
    m_window->statusBar()->addPermanentWidget(m_satisfaction);
    QObject::connect(m_client.get(), &AgentClient::profileChanged, m_window.get(), [this] { addRoleWorkspaces(); });
    m_team = std::make_unique<TeamClient>(*m_client);
    QObject::connect(m_client.get(), &AgentClient::profileChanged, m_window.get(), [this] {
        if (!m_teamView && TeamClient::mayWatch(m_client->profile().agent.role)) {
            m_teamView = new TeamView(*m_team, *m_recordsClient);
            m_window->addWorkspace(m_teamView, TeamView::title(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
        }
    });
    m_alerts = std::make_unique<AlertCenter>(*m_client, *m_cache);
    m_alertBar = new AlertBar(*m_alerts, *m_window, *m_client, *m_cache, *m_team);
    m_window->addBar(m_alertBar);
    QObject::connect(m_alerts.get(), &AlertCenter::changed, m_conversations.get(),
                     [this] { m_conversations->setOverdue(m_alerts->overdueConversations()); });
    QObject::connect(m_alertBar, &AlertBar::teamViewRequested, m_window.get(), [this] {
        if (m_teamView)
            m_window->showWorkspace(m_teamView);
    });
    QObject::connect(m_alerts.get(), &AlertCenter::raised, m_window.get(), [this](const AlertCenter::Alert &) {
        QApplication::alert(m_window.get()); // a warning is worth the agent's eye, not only a log line
    });
    m_team->start();
    m_client->start();
    return true;
}

void WorkstationSession::addRoleWorkspaces()
{
    const Role role = m_client->profile().agent.role;
    // Supervisors and administrators review; they serve no customers, so they get no rating of their own.
    m_satisfaction->setVisible(role == Role::Agent || role == Role::TeamLead);
    if (m_records || role == Role::Agent)
        return;
    m_records = new RecordsView(*m_recordsClient);
    m_window->addWorkspace(m_records, QObject::tr("Records"), QKeySequence(Qt::CTRL | Qt::Key_R));
    m_analytics = new AnalyticsView(*m_recordsClient);
    m_window->addWorkspace(m_analytics, QObject::tr("Analytics"), QKeySequence(Qt::CTRL | Qt::Key_Y));
    m_lowRatings = new LowRatingsView(*m_recordsClient);
    m_window->addWorkspace(m_lowRatings, QObject::tr("Low ratings"));
    m_window->showWorkspace(m_records);
}

} // namespace baton
