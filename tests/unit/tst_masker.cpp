#include "core/sensitivedatamasker.h"

#include <QTest>

using namespace baton;

class TestMasker : public QObject {
    Q_OBJECT
private slots:
    void whole_data();
    void whole();
    void split_data();
    void split();
    void threeParts();
    void keepsLength();
};

void TestMasker::whole_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unionpay card, spaced") << "卡号 6222 0212 3456 7890 123" << "卡号 **** **** **** ***0 123";
    QTest::newRow("visa card, luhn") << "my card is 4111111111111111." << "my card is ************1111.";
    QTest::newRow("card with dashes") << "4111-1111-1111-1111" << "****-****-****-1111";
    QTest::newRow("id card") << "身份证110105199003071234" << "身份证**************1234";
    QTest::newRow("id card with X") << "证件号 11010519900307123X 谢谢" << "证件号 **************123X 谢谢";
    QTest::newRow("mobile") << "电话13812345678" << "电话138****5678";
    QTest::newRow("mobile, spaced") << "打 138 1234 5678 找我" << "打 138 **** 5678 找我";
    QTest::newRow("mobile with +86") << "+86 138 1234 5678" << "+86 138 **** 5678";
    QTest::newRow("two numbers") << "卡6222021234567890 手机15900001111" << "卡************7890 手机159****1111";
    // Look-alikes that must stay readable.
    QTest::newRow("order number") << "订单号 6222021234567890123" << "订单号 6222021234567890123";
    QTest::newRow("order number, english") << "order #4111111111111111" << "order #4111111111111111";
    QTest::newRow("tracking number mobile-like") << "快递单号13812345678" << "快递单号13812345678";
    QTest::newRow("amount") << "退款 1234.56 元" << "退款 1234.56 元";
    QTest::newRow("date") << "2024-11-21 下单" << "2024-11-21 下单";
    QTest::newRow("landline") << "010-12345678" << "010-12345678";
    QTest::newRow("non-luhn 16 digits") << "1234567812345678" << "1234567812345678";
    QTest::newRow("product code") << "型号SN13812345678" << "型号SN13812345678";
    QTest::newRow("18 digits, no birth date") << "123456789012345678" << "123456789012345678";
    QTest::newRow("12 digits") << "138123456789" << "138123456789";
    QTest::newRow("plain text") << "人工客服在吗" << "人工客服在吗";
}

void TestMasker::whole()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(SensitiveDataMasker::mask(input), expected);
}

void TestMasker::split_data()
{
    QTest::addColumn<QString>("previous");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("expectedPrevious");
    QTest::addColumn<QString>("expectedNext");
    QTest::newRow("card across two") << "6222 0212" << "3456 7890 123" << "**** ****" << "**** ***0 123";
    QTest::newRow("card with words") << "我的卡是 6222 0212" << "3456 7890 123 麻烦查一下" << "我的卡是 **** ****"
                                     << "**** ***0 123 麻烦查一下";
    QTest::newRow("mobile across two") << "手机 138" << "1234 5678" << "手机 138" << "**** 5678";
    QTest::newRow("id across two") << "身份证 110105" << "199003071234" << "身份证 ******" << "********1234";
    QTest::newRow("unrelated numbers") << "我买了 2 件" << "3 件退货" << "我买了 2 件" << "3 件退货";
    QTest::newRow("order number across two") << "订单号 6222 0212" << "3456 7890 123" << "订单号 6222 0212"
                                             << "3456 7890 123";
    QTest::newRow("text between") << "6222 0212 好的" << "3456 7890 123" << "6222 0212 好的" << "3456 7890 123";
}

void TestMasker::split()
{
    QFETCH(QString, previous);
    QFETCH(QString, next);
    QFETCH(QString, expectedPrevious);
    QFETCH(QString, expectedNext);
    const auto s = SensitiveDataMasker::maskAcross(previous, next);
    QCOMPARE(s.previous, expectedPrevious);
    QCOMPARE(s.next, expectedNext);
    QCOMPARE(s.previousChanged, previous != expectedPrevious);
}

void TestMasker::threeParts()
{
    const QStringList masked = SensitiveDataMasker::maskJoined(
        {QStringLiteral("卡号 6222"), QStringLiteral("0212 3456"), QStringLiteral("7890 123")});
    QCOMPARE(masked, (QStringList{QStringLiteral("卡号 ****"), QStringLiteral("**** ****"), QStringLiteral("***0 123")}));
    // Two parts of it alone are twelve digits: no number yet.
    QCOMPARE(SensitiveDataMasker::maskJoined({QStringLiteral("6222"), QStringLiteral("0212 3456")}),
             (QStringList{QStringLiteral("6222"), QStringLiteral("0212 3456")}));
}

void TestMasker::keepsLength()
{
    const QString text = QStringLiteral("卡 6222 0212 3456 7890 123，手机 13812345678，证 110105199003071234");
    const QString masked = SensitiveDataMasker::mask(text);
    QCOMPARE(masked.size(), text.size());
    QVERIFY(!masked.contains(QStringLiteral("0212")));
    QVERIFY(!masked.contains(QStringLiteral("1234567")));
}

QTEST_GUILESS_MAIN(TestMasker)
#include "tst_masker.moc"
