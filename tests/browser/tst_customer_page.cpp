// A real customer in a real browser (headless Chromium driven by playwright-core) against the real
// engine on 127.0.0.1:0; this test plays the agent over the agent WebSocket. Label: browser.
#include "core/eventtypes.h"
#include "engine/trackrecordquery.h"
#include "protocol/messagetypes.h"
#include "support/serverfixture.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace baton;
using namespace baton::test;

class TestCustomerPage : public QObject {
    Q_OBJECT
private slots:
    void customerReachesAHumanInOneMessage();

private:
    bool waitForLine(QProcess &node, const QByteArray &name, QByteArray *detail = nullptr, int timeoutMs = 30000);
    QByteArray m_output;
};

bool TestCustomerPage::waitForLine(QProcess &node, const QByteArray &name, QByteArray *detail, int timeoutMs)
{
    const bool seen = QTest::qWaitFor(
        [&] {
            m_output += node.readAllStandardOutput();
            return m_output.contains(QByteArray('\n' + name)) || m_output.startsWith(name) || m_output.contains("FAILED") ||
                   node.state() == QProcess::NotRunning;
        },
        timeoutMs);
    const qsizetype at = m_output.indexOf(name);
    if (!seen || at < 0) {
        qWarning().noquote() << "browser said:" << m_output << node.readAllStandardError();
        return false;
    }
    if (detail)
        *detail = m_output.mid(at + name.size(), m_output.indexOf('\n', at) - at - name.size()).trimmed();
    return true;
}

void TestCustomerPage::customerReachesAHumanInOneMessage()
{
    const QString browserDir = qEnvironmentVariable("BATON_SOURCE_DIR") + QStringLiteral("/tests/browser");
    const QString script = browserDir + QStringLiteral("/customer_page.mjs");
    QVERIFY2(QFileInfo::exists(browserDir + QStringLiteral("/node_modules/playwright-core")),
             "run `npm install` in tests/browser (scripts/test.sh does)");
    const QString chromium = qEnvironmentVariable("CHROMIUM", QStringLiteral("/usr/bin/chromium"));
    QVERIFY2(QFileInfo::exists(chromium), "chromium is not installed (scripts/install-deps.sh --test installs it)");

    ServerFixture fx;
    QProcess node;
    node.setProcessChannelMode(QProcess::SeparateChannels);
    node.setWorkingDirectory(browserDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SCREENSHOT"), QDir::temp().filePath(QStringLiteral("baton-customer-page.png")));
    node.setProcessEnvironment(env);
    node.start(QStringLiteral("node"), {script, fx.pageUrl().toString()});
    QVERIFY2(node.waitForStarted(), "node is not installed");

    QVERIFY(waitForLine(node, "ROBOT_GREETED"));
    QVERIFY(waitForLine(node, "ROBOT_ANSWERED"));
    QByteArray queued;
    QVERIFY(waitForLine(node, "QUEUED", &queued));
    QVERIFY2(queued.contains("第 1 位"), queued.constData()); // position shown, nobody online yet

    auto alice = fx.agent(QStringLiteral("alice"));
    const auto assigned = alice->waitEvent(msg::ConversationAssigned);
    QVERIFY(assigned);
    const QJsonObject conversation = assigned->payload[QStringLiteral("conversation")].toObject();
    const qint64 id = qint64(conversation[QStringLiteral("id")].toDouble());
    // The agent sees why the customer came: they asked for a person.
    QCOMPARE(conversation[QStringLiteral("escalation")].toObject()[QStringLiteral("reason")].toString(), QStringLiteral("asked"));
    QVERIFY(alice->call(msg::SendMessage, {{QStringLiteral("conversationId"), id},
                                           {QStringLiteral("text"), QStringLiteral("您好，我是人工客服小王，请问有什么可以帮您？")}},
                        QStringLiteral("reply-1"))
                .ok);
    QVERIFY(waitForLine(node, "AGENT_REPLIED"));
    QVERIFY(waitForLine(node, "MASKED"));
    QVERIFY(waitForLine(node, "RELOADED"));
    QVERIFY(alice->call(msg::CloseConversation, {{QStringLiteral("conversationId"), id}, {QStringLiteral("resolved"), true}},
                        QStringLiteral("close-1"))
                .ok);
    QVERIFY(waitForLine(node, "RATED"));
    QVERIFY(node.waitForFinished(30000));
    QCOMPARE(node.exitCode(), 0);

    // Nothing unmasked reached storage, and the rating counts for alice.
    for (const Message &m : fx.store().messages(id, 0, 100))
        QVERIFY2(!m.text.contains(QStringLiteral("12345678")), qPrintable(m.text));
    QCOMPARE(TrackRecordQuery::byAgent(fx.store().database()).value(QStringLiteral("alice")).ratingSum, 4);
}

QTEST_GUILESS_MAIN(TestCustomerPage)
#include "tst_customer_page.moc"
