#include "screenshottour.h"

#include "client/conversationlistmodel.h"
#include "client/engineconnection.h"
#include "client/localcache.h"
#include "client/teamclient.h"
#include "client/workstationsettings.h"
#include "languageswitcher.h"
#include "ui/chatview.h"
#include "ui/commandpalette.h"
#include "ui/incomingtransferdialog.h"
#include "ui/mainwindow.h"
#include "ui/shortcutsheet.h"
#include "ui/analyticsview.h"
#include "ui/recordsview.h"
#include "ui/teamview.h"
#include "ui/transferdialog.h"
#include "workstation.h"
#include "workstationsession.h"

#include <QTableView>

#include <QAbstractItemView>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QListView>
#include <QTableView>
#include <QTextStream>
#include <QThread>

namespace baton {

namespace {
struct Line {
    const char *zh;
    const char *en;
};
} // namespace

ScreenshotTour::ScreenshotTour(const QString &outputFolder, LanguageSwitcher &languages,
                               const QString &dataFolder)
    : m_output(outputFolder), m_languages(languages), m_language(languages.current()),
      m_folder(QDir(dataFolder).filePath(QStringLiteral("screenshot-tour-") + m_language))
{
}

ScreenshotTour::~ScreenshotTour()
{
    m_supervisor.reset();
    m_peers.clear();
    m_workstation.reset();
    m_settings.reset();
}

bool ScreenshotTour::waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

EngineConnection *ScreenshotTour::connectTo(const QUrl &url)
{
    m_peers.push_back(std::make_unique<EngineConnection>());
    EngineConnection *c = m_peers.back().get();
    c->open(url);
    waitUntil([c] { return c->isReady(); }, 5000);
    return c;
}

QJsonObject ScreenshotTour::call(EngineConnection &connection, const QString &type,
                                 const QJsonObject &payload)
{
    // Shared, so a reply that comes after the wait gave up has somewhere harmless to go.
    struct Reply {
        QJsonObject result;
        bool done = false;
    };
    auto reply = std::make_shared<Reply>();
    connection.call(type, payload, [reply](const QJsonObject &r) { reply->result = r; reply->done = true; },
                    [reply, type](const QString &code, const QString &message) {
                        QTextStream(stderr) << "screenshots: " << type << " failed: " << code << " " << message << Qt::endl;
                        reply->done = true;
                    });
    waitUntil([&] { return reply->done; }, 5000);
    return reply->result;
}

void ScreenshotTour::customer(const QString &name, const QString &customerId, const QString &text, bool human,
                              const QString &skill)
{
    EngineConnection *c = connectTo(m_workstation->engine()->visitorUrl());
    QJsonObject start{{QStringLiteral("name"), name},
                      {QStringLiteral("text"), text},
                      {QStringLiteral("human"), human},
                      {QStringLiteral("language"),
                       m_language == QLatin1String("zh_CN") ? QStringLiteral("zh") : QStringLiteral("en")}};
    if (!customerId.isEmpty())
        start.insert(QStringLiteral("customerId"), customerId);
    if (!skill.isEmpty())
        start.insert(QStringLiteral("skill"), skill);
    call(*c, QStringLiteral("CUSTOMER_START"), start);
}

bool ScreenshotTour::save(QWidget &widget, const QString &name)
{
    QApplication::processEvents();
    const QString path = QDir(m_output).filePath(QStringLiteral("%1-%2.png").arg(name, m_language));
    const bool ok = widget.grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "could not write ") << path << Qt::endl;
    return ok;
}

int ScreenshotTour::run()
{
    const bool zh = m_language == QLatin1String("zh_CN");
    const auto say = [zh](const Line &l) { return QString::fromUtf8(zh ? l.zh : l.en); };
    QDir(m_folder).removeRecursively();
    QDir().mkpath(m_folder);
    QDir().mkpath(m_output);
    m_settings =
        std::make_unique<WorkstationSettings>(QDir(m_folder).filePath(QStringLiteral("settings.ini")));
    m_settings->setSoundEnabled(false);
    m_settings->setNotificationStyle(WorkstationSettings::NotificationStyle::InWindow);
    m_workstation = std::make_unique<Workstation>(*m_settings, m_languages, m_folder);
    QString error;
    if (!m_workstation->startEmbedded({false, 3'600'000, 0}, &error)) {
        QTextStream(stderr) << "screenshots: " << error << Qt::endl;
        return 1;
    }
    WorkstationSession &session = *m_workstation->session();
    MainWindow &window = session.window();
    window.resize(1360, 820);
    if (!waitUntil([&] { return session.client().state() == AgentClient::State::Online; }, 10000)) {
        QTextStream(stderr) << "screenshots: the workstation did not sign in" << Qt::endl;
        return 1;
    }
    EngineConnection *colleague = connectTo(m_workstation->engine()->agentUrl());
    call(*colleague, QStringLiteral("LOGIN"),
         {{QStringLiteral("user"), QStringLiteral("wangfang")},
          {QStringLiteral("password"), QStringLiteral("baton")}});

    customer(
        say({"王女士", "Ms Wang"}), QStringLiteral("cust-vip-001"),
        say({"我上周买的空气净化器还没发货，订单号 88231907，能帮我催一下吗？",
             "The air purifier I bought last week has not shipped yet (order 88231907). Can you chase it?"}),
        true);
    customer(say({"陈先生", "Mr Chen"}), {},
             say({"支付一直失败，提示银行卡异常，卡号 6222021234567890123",
                  "Payment keeps failing with a card error, card 6222021234567890123"}),
             true);
    customer(say({"刘女士", "Ms Liu"}), {},
             say({"我被骗了，有人冒充客服让我转账，怎么办？",
                  "I was scammed: someone posing as support made me transfer money!"}),
             false);
    customer(say({"马同学", "Student Ma"}), QStringLiteral("cust-003"),
             say({"学生买电脑有优惠吗？", "Is there a student discount on laptops?"}), true);
    customer(say({"黄先生", "Mr Huang"}), QStringLiteral("cust-vip-002"),
             say({"我要投诉，退款申请三天了还没处理！",
                  "I want to complain: my refund request has waited three days!"}),
             true);
    const QString me = session.client().agentId();
    waitUntil(
        [&] {
            int mine = 0;
            for (int row = 0; row < session.conversations().rowCount(); ++row)
                mine += session.conversations().index(row).data(ConversationListModel::GroupRole).toInt() ==
                        ConversationListModel::MineGroup;
            return mine >= 3;
        },
        10000);

    // The agent answers one customer, so the chat shows both sides.
    // The oldest of our open ones (closed ones from the demo history follow them in the list).
    qint64 first = 0;
    for (int row = 0; row < session.conversations().rowCount(); ++row) {
        if (session.conversations().index(row).data(ConversationListModel::GroupRole).toInt() == ConversationListModel::MineGroup)
            first = session.conversations().idAt(row);
    }
    window.selectConversation(first);
    session.client().sendMessage(first, say({"您好，我已经帮您查到订单，仓库今天下午发出，稍后会有物流单号。",
                                             "Hello, I found your order: the warehouse ships it this "
                                             "afternoon and you will get a tracking number."}));
    waitUntil([&] { return session.cache().outbox().isEmpty(); }, 5000);

    // Colleagues come online; one of them hands a conversation over to us.
    m_workstation->engine()->startDemo(3'600'000, 0);
    QThread::msleep(1500);
    const QJsonObject listed = call(*colleague, QStringLiteral("LIST_CONVERSATIONS"), {});
    const QJsonArray theirs = listed.value(QStringLiteral("conversations")).toArray();
    if (!theirs.isEmpty()) {
        const qint64 id = qint64(theirs.first().toObject().value(QStringLiteral("id")).toDouble());
        call(*colleague, QStringLiteral("TRANSFER"),
             {{QStringLiteral("conversationId"), id},
              {QStringLiteral("to"), me},
              {QStringLiteral("note"),
               QJsonObject{
                   {QStringLiteral("template"), QStringLiteral("complaint")},
                   {QStringLiteral("problem"),
                    say({"退款申请 3 天未处理，客户要求今天给答复",
                         "Refund request open for 3 days; customer wants an answer today"})},
                   {QStringLiteral("stepsTaken"),
                    say({"已致歉，已核实订单和退款单号",
                         "Apologised; verified the order and the refund number"})},
                   {QStringLiteral("customerSituation"), say({"VIP2，情绪激动", "VIP 2, upset"})},
                   {QStringLiteral("urgency"), QStringLiteral("high")},
                   {QStringLiteral("remarks"), say({"请 3 分钟内回复", "Please reply within 3 minutes"})}}}});
    }
    waitUntil(
        [&] {
            return session.conversations().rowCount() > 0 &&
                   session.conversations().index(0).data(ConversationListModel::OfferedRole).toBool();
        },
        5000);
    window.selectConversation(first);
    QApplication::processEvents();
    bool ok = save(window, QStringLiteral("main-window"));

    if (const auto offered = session.cache().conversation(session.conversations().idAt(0));
        offered && offered->isOffered()) {
        IncomingTransferDialog *preview = window.openOffer(offered->offerTransferId);
        waitUntil([] { return false; }, 800); // history arrives from the engine
        ok = save(*preview, QStringLiteral("incoming-transfer")) && ok;
        preview->close();
    }

    // The empty state (my day) and the command palette looking for a customer by pinyin.
    window.showMyDay();
    ok = save(window, QStringLiteral("my-day")) && ok;
    CommandPalette *palette = window.openCommandPalette();
    palette->setQuery(QString());
    ok = save(*palette, QStringLiteral("command-palette")) && ok;
    palette->close();
    ShortcutSheet *sheet = window.openShortcutSheet();
    ok = save(*sheet, QStringLiteral("shortcuts")) && ok;
    sheet->close();

    // The smallest size the layout is made for: nothing cut, no horizontal scroll bar.
    window.selectConversation(first);
    window.resize(1090, 640);
    ok = save(window, QStringLiteral("main-window-1090x640")) && ok;
    window.resize(1360, 820);

    window.selectConversation(first);
    TransferDialog *dialog = window.openTransferDialog();
    if (dialog) {
        dialog->applyTemplate(0);
        waitUntil([&] { return dialog->candidates().rowCount() > 0; }, 5000);
        ok = save(*dialog, QStringLiteral("transfer-dialog")) && ok;
        dialog->close();
    }
    ok = shootTeamView() && ok;
    return supervisorScreens() && ok ? 0 : 1;
}

bool ScreenshotTour::supervisorScreens()
{
    // The supervisor signs in on the same engine, whose demo history fills the records and charts.
    const QUrl url = m_workstation->engine()->agentUrl();
    m_supervisor = std::make_unique<WorkstationSession>(
        AgentClient::Credentials{url, QStringLiteral("supervisor"), QStringLiteral("baton")},
        QStringLiteral("screenshot-supervisor"), QDir(m_folder).filePath(QStringLiteral("supervisor")), *m_settings);
    QString error;
    if (!m_supervisor->open(&error)) {
        QTextStream(stderr) << "screenshots: " << error << Qt::endl;
        return false;
    }
    MainWindow &window = m_supervisor->window();
    window.resize(1090, 640); // the smallest window the workstation promises to fit
    window.show();
    if (!waitUntil([&] { return m_supervisor->records() && m_supervisor->records()->model().rowCount() > 0 &&
                                !m_supervisor->records()->model().isLoading(); }, 15000)) {
        QTextStream(stderr) << "screenshots: the supervisor's records did not load" << Qt::endl;
        return false;
    }
    m_supervisor->records()->table()->selectRow(1);
    bool ok = save(window, QStringLiteral("records"));

    AnalyticsView *analytics = m_supervisor->analytics();
    window.showWorkspace(analytics);
    window.resize(1360, 900); // three rows of charts in view
    if (!waitUntil([&] { return analytics->isLoaded(); }, 15000)) {
        QTextStream(stderr) << "screenshots: the analytics did not load" << Qt::endl;
        return false;
    }
    return save(window, QStringLiteral("analytics")) && ok;
}

bool ScreenshotTour::shootTeamView()
{
    const bool zh = m_language == QLatin1String("zh_CN");
    const auto say = [zh](const Line &l) { return QString::fromUtf8(zh ? l.zh : l.en); };
    QString error;
    if (!m_workstation->startEmbedded({false, 3'600'000, 0, QStringLiteral("zhangwei")}, &error)) {
        QTextStream(stderr) << "screenshots: " << error << Qt::endl;
        return false;
    }
    WorkstationSession &session = *m_workstation->session();
    MainWindow &window = session.window();
    window.resize(1360, 820);
    if (!waitUntil([&] { return session.client().state() == AgentClient::State::Online && session.teamView(); }, 10000)) {
        QTextStream(stderr) << "screenshots: the team lead did not sign in" << Qt::endl;
        return false;
    }
    // The lead is in a meeting, two of the team step away: pre-sales customers start to queue.
    session.client().setStatus(AgentStatus::Busy);
    session.team().setAgentStatus(QStringLiteral("wangfang"), AgentStatus::Away);
    session.team().setAgentStatus(QStringLiteral("liqiang"), AgentStatus::Busy);
    waitUntil([] { return false; }, 5600); // 林晓 signed off above: her grace to reconnect runs out
    customer(say({"赵先生", "Mr Zhao"}), {}, say({"这款手机有现货吗？", "Is this phone in stock?"}), true, QStringLiteral("pre_sales"));
    customer(say({"钱女士", "Ms Qian"}), {}, say({"企业采购可以开专票吗？", "Can you invoice a company purchase?"}), true, QStringLiteral("pre_sales"));
    customer(say({"孙先生", "Mr Sun"}), QStringLiteral("cust-vip-001"), say({"想升级会员套餐", "I want to upgrade my plan"}), true, QStringLiteral("pre_sales"));
    customer(say({"周女士", "Ms Zhou"}), {}, say({"以旧换新怎么算？", "How does trade-in work?"}), true, QStringLiteral("pre_sales"));
    TeamView &team = *session.teamView();
    window.showWorkspace(&team);
    waitUntil([&] { return session.team().waiting().rowCount() >= 3; }, 8000);
    waitUntil([] { return false; }, 3000); // waits grow to a few seconds
    team.waitingView()->selectRow(0);
    team.agentView()->selectRow(0);
    QApplication::processEvents();
    return save(window, QStringLiteral("team-view"));
}

} // namespace baton
