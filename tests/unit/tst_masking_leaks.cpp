#include "support/enginefixture.h"

#include "core/eventtypes.h"

#include <QDir>
#include <QJsonDocument>
#include <QTest>

using namespace baton;
using namespace baton::test;

// F5.7 (issue 13.1): a number split across messages leaves no unmasked fragment anywhere —
// messages, subject, stored agent events, idempotent replies, the database file and its WAL.
class TestMaskingLeaks : public QObject {
    Q_OBJECT
private slots:
    void init() { m_fx = std::make_unique<EngineFixture>(); }
    void cleanup() { m_fx.reset(); }
    void robotReplyBetweenPartsDoesNotBreakTheJoin();
    void threePartsAreMaskedEverywhere();

private:
    QString allMessages(qint64 id)
    {
        QStringList texts;
        for (const Message &m : m_fx->store().messages(id, 0, 100))
            texts.append(m.text);
        return texts.join(QLatin1Char('|'));
    }
    QByteArray fileBytes()
    {
        QByteArray all;
        const QDir dir = QFileInfo(m_fx->databasePath()).dir();
        for (const QFileInfo &f : dir.entryInfoList(QDir::Files)) {
            QFile file(f.filePath());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }
    EngineResult say(qint64 id, const QString &key, const QString &text)
    {
        return m_fx->engine().idempotent(QStringLiteral("visitor:%1").arg(id), key, QStringLiteral("CUSTOMER_MESSAGE"),
                                         [&] { return m_fx->engine().customerMessage(id, text); });
    }
    std::unique_ptr<EngineFixture> m_fx;
};

void TestMaskingLeaks::robotReplyBetweenPartsDoesNotBreakTheJoin()
{
    const EngineResult r = m_fx->engine().startVisitor({QStringLiteral("访客"), {}, QStringLiteral("pre_sales"), {}, false, {}});
    const qint64 id = qint64(r.payload[QStringLiteral("conversationId")].toDouble());
    QVERIFY(say(id, QStringLiteral("a"), QStringLiteral("卡号 6222 0212")).ok());
    QCOMPARE(m_fx->store().lastMessage(id)->senderKind, SenderKind::Robot); // the robot answered in between
    QVERIFY(say(id, QStringLiteral("b"), QStringLiteral("3456 7890 123")).ok());
    const QString texts = allMessages(id);
    QVERIFY2(texts.contains(QStringLiteral("卡号 **** ****")), qPrintable(texts));
    QVERIFY2(texts.contains(QStringLiteral("**** ***0 123")), qPrintable(texts));
    QVERIFY2(!texts.contains(QStringLiteral("0212")), qPrintable(texts));
    const EngineResult replay = say(id, QStringLiteral("a"), QStringLiteral("卡号 6222 0212"));
    QCOMPARE(replay.payload[QStringLiteral("message")].toObject()[QStringLiteral("text")].toString(),
             QStringLiteral("卡号 **** ****"));
}

void TestMaskingLeaks::threePartsAreMaskedEverywhere()
{
    m_fx->connect({"alice"});
    // The first part is the start text, so it is also the subject alice was shown.
    const qint64 id = m_fx->startConversation(QStringLiteral("pre_sales"), QStringLiteral("卡号 6222"));
    QCOMPARE(m_fx->engine().state().conversations.value(id).ownerId, QStringLiteral("alice"));
    QVERIFY(say(id, QStringLiteral("k1"), QStringLiteral("0212 3456")).ok());
    QVERIFY(m_fx->engine().sendMessage(QStringLiteral("alice"), id, QStringLiteral("请继续")).ok());
    QVERIFY(allMessages(id).contains(QStringLiteral("0212 3456"))); // twelve digits are no number yet
    QVERIFY(say(id, QStringLiteral("k2"), QStringLiteral("7890 123")).ok());

    // Whole parts as typed: digits alone could occur by chance in times or hashes.
    const QStringList fragments{QStringLiteral("卡号 6222"), QStringLiteral("0212 3456")};
    const QString texts = allMessages(id);
    QVERIFY2(texts.contains(QStringLiteral("卡号 ****|您好，我是Alice，接下来由我为您服务。|**** ****|请继续|***0 123")), qPrintable(texts));
    QCOMPARE(m_fx->engine().state().conversations.value(id).subject, QStringLiteral("卡号 ****"));
    QCOMPARE(m_fx->store().conversation(id)->subject, QStringLiteral("卡号 ****"));
    // What RESUME would send alice.
    const EngineResult events = m_fx->engine().eventsAfter(QStringLiteral("alice"), 0, 1000);
    const QByteArray eventText = QJsonDocument(events.payload).toJson(QJsonDocument::Compact);
    QVERIFY(eventText.contains(msg::ConversationAssigned.data()));
    for (const QString &f : fragments)
        QVERIFY2(!eventText.contains(f.toUtf8()), qPrintable(f + QLatin1String(" in ") + QString::fromUtf8(eventText)));
    // What an idempotent replay of the second part answers.
    const EngineResult replay = say(id, QStringLiteral("k1"), QStringLiteral("0212 3456"));
    QCOMPARE(replay.payload[QStringLiteral("message")].toObject()[QStringLiteral("text")].toString(),
             QStringLiteral("**** ****"));
    // And the files on disk: the database, its WAL and anything else beside it.
    const QByteArray disk = fileBytes();
    QVERIFY(!disk.isEmpty());
    QVERIFY(disk.contains(QStringLiteral("请继续").toUtf8())); // the scan does see stored text
    for (const QString &f : fragments)
        QVERIFY2(!disk.contains(f.toUtf8()), qPrintable(f));
}

QTEST_GUILESS_MAIN(TestMaskingLeaks)
#include "tst_masking_leaks.moc"
