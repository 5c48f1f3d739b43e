#include "engine/keywordindex.h"

#include <QTest>

using namespace baton;

// KeywordIndex must find exactly what QString::indexOf(word, from, Qt::CaseInsensitive) finds,
// every occurrence, in list-then-position order.
class TestKeywordIndex : public QObject {
    Q_OBJECT
private slots:
    void scan_data();
    void scan();
    void agreesWithIndexOf_data();
    void agreesWithIndexOf();
    void everyCaseVariantOfEveryBmpUnit();
};

namespace {

// Words or hits written "a|b|c" (QT_NO_CAST_FROM_ASCII keeps QStringList{"a"} from compiling).
QStringList ws(const char *joined)
{
    return *joined ? QString::fromUtf8(joined).split(QLatin1Char('|')) : QStringList();
}

// "word@at" for each hit, in the order scan() returns them.
QStringList describe(const KeywordIndex &index, const KeywordIndex::Hits &hits)
{
    QStringList out;
    for (const KeywordIndex::Hit &h : hits)
        out.append(QStringLiteral("%1@%2").arg(index.word(h.word)).arg(h.at));
    return out;
}

// The per-word loop the index replaces.
QStringList byIndexOf(const QStringList &words, const QString &text)
{
    QStringList out;
    for (const QString &w : words) {
        if (w.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(w, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(w, at + 1, Qt::CaseInsensitive))
            out.append(QStringLiteral("%1@%2").arg(w).arg(at));
    }
    return out;
}

const QStringList robotWords = {QStringLiteral("转人工"), QStringLiteral("人工"),  QStringLiteral("人工客服"),
                                QStringLiteral("human"),  QStringLiteral("agent"), QStringLiteral("iPhone"),
                                QStringLiteral("VIP"),    QStringLiteral("退款"),  QStringLiteral("log in")};

} // namespace

void TestKeywordIndex::scan_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("hits");
    QTest::newRow("chinese") << ws("退款|发票") << "我要退款" << ws("退款@2");
    QTest::newRow("overlapping, list order first")
        << ws("转人工|人工|人工客服") << "请转人工客服" << ws("转人工@1|人工@2|人工客服@2");
    QTest::newRow("latin folded both ways")
        << ws("iPhone|VIP") << "IPHONE坏了，我是vip" << ws("iPhone@0|VIP@11");
    QTest::newRow("greek final sigma") << ws("σοφιας") << "ΣΟΦΙΑΣ" << ws("σοφιας@0");
    QTest::newRow("kelvin sign folds to k") << ws("kg") << QStringLiteral("\u212AG") << ws("kg@0");
    QTest::newRow("sharp s is not ss") << ws("strasse") << "Straße" << ws("");
    QTest::newRow("word is the whole text") << ws("人工") << "人工" << ws("人工@0");
    QTest::newRow("at the start and the end")
        << ws("agent") << "Agent, I said agent" << ws("agent@0|agent@14");
    QTest::newRow("repeated") << ws("急") << "急急急" << ws("急@0|急@1|急@2");
    QTest::newRow("overlapping itself") << ws("哈哈") << "哈哈哈" << ws("哈哈@0|哈哈@1");
    QTest::newRow("longer than what is left") << ws("人工客服") << "找人工客" << ws("");
    QTest::newRow("listed twice, both hit")
        << ws("人工|转人工|人工") << "转人工" << ws("人工@1|转人工@0|人工@1");
    QTest::newRow("empty word never hits") << ws("|a") << "a" << ws("a@0");
    QTest::newRow("empty text") << ws("人工|human") << "" << ws("");
    QTest::newRow("no keywords") << ws("人工|human") << "今天天气不错" << ws("");
    QTest::newRow("no words") << ws("") << "人工" << ws("");
    QTest::newRow("emoji around") << ws("人工") << "😀人工😀" << ws("人工@2");
    QTest::newRow("emoji word") << ws("😡") << "太慢了😡😡" << ws("😡@3|😡@5");
}

void TestKeywordIndex::scan()
{
    QFETCH(QStringList, words);
    QFETCH(QString, text);
    QFETCH(QStringList, hits);
    const KeywordIndex index(words);
    QCOMPARE(index.size(), words.size());
    QCOMPARE(describe(index, index.scan(text)), hits);
    QCOMPARE(byIndexOf(words, text), hits); // the expectation is what indexOf says
}

void TestKeywordIndex::agreesWithIndexOf_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("short") << "转人工";
    QTest::newRow("mixed") << "Human? HUMAN! 我要人工客服，iphone 的 vip 退款，can't LOG IN";
    QTest::newRow("agents") << "agents agent user agent management";
    QTest::newRow("none") << "你好，我的订单什么时候发货？";
    // Over 500 units with a needle over 5 units is where indexOf switches to Boyer-Moore.
    QTest::newRow("long") << QString(QStringLiteral("我想问一下订单的情况，")).repeated(30) +
                                 QStringLiteral("cannot LOG IN, iPhone, 人工客服");
}

void TestKeywordIndex::agreesWithIndexOf()
{
    QFETCH(QString, text);
    QStringList words = robotWords;
    words.append(QStringLiteral("cannot log in"));
    const KeywordIndex index(words);
    QCOMPARE(describe(index, index.scan(text)), byIndexOf(words, text));
}

void TestKeywordIndex::everyCaseVariantOfEveryBmpUnit()
{
    // The index buckets words by their folded first unit; compare() folds too. For every unit u and
    // every case variant v of it, indexOf and the index must agree whether word u occurs in text v.
    QStringList words;
    for (char32_t u = 1; u < 0x10000; ++u) {
        if (!QChar::isSurrogate(u))
            words.append(QString{QChar(char16_t(u))});
    }
    const KeywordIndex index(words);
    int variantsChecked = 0;
    for (char32_t u = 1; u < 0x10000; ++u) {
        if (QChar::isSurrogate(u))
            continue;
        const char32_t variants[] = {u, QChar::toLower(u), QChar::toUpper(u), QChar::toTitleCase(u),
                                     QChar::toCaseFolded(u)};
        const QString text{QChar(char16_t(u))};
        QStringList found;
        for (const KeywordIndex::Hit &h : index.scan(text))
            found.append(index.word(h.word));
        for (const char32_t v : variants) {
            if (v >= 0x10000 || QChar::isSurrogate(v))
                continue;
            const QString word{QChar(char16_t(v))};
            const bool byIndexOf = text.indexOf(word, 0, Qt::CaseInsensitive) == 0;
            if (found.contains(word) != byIndexOf)
                QFAIL(qPrintable(QStringLiteral("U+%1 in U+%2").arg(uint(v), 4, 16).arg(uint(u), 4, 16)));
            ++variantsChecked;
        }
        for (const QString &w : found) {
            if (text.indexOf(w, 0, Qt::CaseInsensitive) != 0)
                QFAIL(qPrintable(QStringLiteral("extra hit U+%1 in U+%2")
                                     .arg(uint(w.front().unicode()), 4, 16)
                                     .arg(uint(u), 4, 16)));
        }
    }
    QVERIFY(variantsChecked > 5 * 60000);
}

QTEST_GUILESS_MAIN(TestKeywordIndex)
#include "tst_keywordindex.moc"
