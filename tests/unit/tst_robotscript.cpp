#include "engine/robotscript.h"

#include <QJsonDocument>
#include <QTest>

using namespace baton;

class TestRobotScript : public QObject {
    Q_OBJECT
private slots:
    void escalationWords_data();
    void escalationWords();
    void faq_data();
    void faq();
    void badFiles_data();
    void badFiles();
    void skillFromWords_data();
    void skillFromWords();
};

void TestRobotScript::skillFromWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("skill");
    QTest::newRow("退款") << "我要退款" << "after_sales";
    QTest::newRow("退货") << "衣服不合适想退货" << "after_sales";
    QTest::newRow("发票") << "发票抬头写错了" << "billing";
    QTest::newRow("账单") << "这个月账单不对" << "billing";
    QTest::newRow("报错") << "付款时报错 502" << "technical";
    QTest::newRow("登录不了") << "App 登录不了" << "technical";
    QTest::newRow("English") << "The app shows an error" << "technical";
    QTest::newRow("whole words only") << "terrorist movie" << "";
    QTest::newRow("negated") << "不用维修了，谢谢" << "";
    QTest::newRow("FAQ topic") << "会员积分怎么用" << "pre_sales";
    QTest::newRow("FAQ topic without a skill") << "你们几点上班" << "";
    QTest::newRow("nothing") << "你好" << "";
}

void TestRobotScript::skillFromWords()
{
    QFETCH(QString, text);
    QFETCH(QString, skill);
    QCOMPARE(RobotScript::builtIn().skillFor(text), skill);
}

void TestRobotScript::escalationWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("topic");
    QTest::newRow("人工") << "人工" << "asked" << "";
    QTest::newRow("转人工") << "转人工" << "asked" << "";
    QTest::newRow("人工客服") << "我要人工客服" << "asked" << "";
    QTest::newRow("找客服") << "怎么找客服啊" << "asked" << "";
    QTest::newRow("human") << "Human please" << "asked" << "";
    QTest::newRow("agent") << "talk to an agent" << "asked" << "";
    QTest::newRow("negated after a clause break") << "我不想等了，转人工" << "asked" << "";
    QTest::newRow("robot refused, person wanted") << "不要机器人，给我转人工" << "asked" << "";
    QTest::newRow("不用转人工了") << "不用转人工了" << "none" << "";
    QTest::newRow("不需要人工") << "谢谢，不需要人工" << "none" << "";
    QTest::newRow("别转人工") << "别转人工，我自己看看" << "none" << "";
    QTest::newRow("人工智能") << "你们是人工智能吗" << "none" << "";
    QTest::newRow("人工费怎么算") << "人工费怎么算" << "none" << "";
    QTest::newRow("人工成本") << "人工成本太高了吧" << "none" << "";
    QTest::newRow("no need for a human") << "no need for a human" << "none" << "";
    QTest::newRow("management is not agent") << "account management" << "none" << "";
    QTest::newRow("user agent") << "my browser user agent is old" << "none" << "";
    QTest::newRow("complaint") << "我要投诉你们" << "complaint" << "";
    QTest::newRow("urgent") << "紧急！账号登不上" << "urgent" << "";
    QTest::newRow("urgent beats asked") << "很急，转人工" << "urgent" << "";
    QTest::newRow("fraud") << "我好像被骗了" << "green_channel" << "fraud";
    QTest::newRow("诈骗") << "接到诈骗电话" << "green_channel" << "fraud";
    QTest::newRow("冻结") << "账户被冻结了怎么办" << "green_channel" << "account_frozen";
    QTest::newRow("未成年人") << "未成年人充值能退吗" << "green_channel" << "minor_refund";
    QTest::newRow("green beats complaint") << "被骗了我要投诉" << "green_channel" << "fraud";
    QTest::newRow("not frozen") << "账户没有冻结，只是想问问" << "none" << "";
    QTest::newRow("plain question") << "什么时候发货" << "none" << "";
}

void TestRobotScript::escalationWords()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QFETCH(QString, topic);
    const RobotScript script = RobotScript::builtIn();
    const Escalation e = script.detect(text);
    QCOMPARE(escalationReasonName(e.reason), reason);
    QCOMPARE(e.topic, topic);
}

void TestRobotScript::faq_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("answerContains"); // empty: no answer
    QTest::newRow("shipping") << "什么时候发货" << "zh" << "48 小时";
    QTest::newRow("refund") << "退款多久到账" << "zh" << "原路退回";
    QTest::newRow("english") << "when will my refund arrive" << "en" << "original payment";
    QTest::newRow("labour cost, not a human") << "人工费怎么算" << "zh" << "人工费";
    QTest::newRow("unknown language falls back") << "发票" << "fr" << "电子发票";
    QTest::newRow("nothing known") << "今天天气怎么样" << "zh" << "";
}

void TestRobotScript::faq()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QString, answerContains);
    const auto answer = RobotScript::builtIn().answer(text, language);
    QCOMPARE(answer.has_value(), !answerContains.isEmpty());
    if (answer)
        QVERIFY2(answer->contains(answerContains), qPrintable(*answer));
}

void TestRobotScript::badFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    const QByteArray replies = R"("replies":{"greeting":{"zh":"a"},"escalated":{"zh":"a"},"escalatedComplaint":{"zh":"a"},
        "escalatedUrgent":{"zh":"a"},"escalatedGreen":{"zh":"a"},"escalatedAfterMisses":{"zh":"a"},
        "unresolved":{"zh":"a"},"alreadyQueued":{"zh":"a"}})";
    const QByteArray words = R"("escalation":{"human":["人工"],"negations":[],"lookAlikes":[],"complaint":[],"urgent":[]})";
    QTest::newRow("no human words") << QByteArray("{" + replies + R"(,"escalation":{"human":[],"negations":[],"lookAlikes":[],"complaint":[],"urgent":[]}})") << "escalation.human";
    QTest::newRow("word not a string") << QByteArray("{" + replies + R"(,"escalation":{"human":[1],"negations":[],"lookAlikes":[],"complaint":[],"urgent":[]}})") << "escalation.human";
    QTest::newRow("missing reply") << QByteArray("{" + words + "}") << "replies.greeting";
    QTest::newRow("faq without answer") << QByteArray("{" + words + "," + replies + R"(,"faq":[{"id":"x","keywords":["a"]}]})") << "faq";
    QTest::newRow("turns out of range") << QByteArray("{" + words + "," + replies + R"(,"maxUnresolvedTurns":0})") << "maxUnresolvedTurns";
}

void TestRobotScript::badFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QVERIFY2(doc.isObject(), json.constData());
    QString error;
    QVERIFY(!RobotScript::fromJson(doc.object(), &error));
    QVERIFY2(error.contains(field), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestRobotScript)
#include "tst_robotscript.moc"
