#include "core/compactjson.h"
#include "core/message.h"
#include "protocol/envelope.h"
#include "protocol/messagecatalog.h"
#include "protocol/messagetypes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace baton;

Q_DECLARE_METATYPE(baton::Message)

class TestProtocol : public QObject {
    Q_OBJECT
private slots:
    void malformedFrames_data();
    void malformedFrames();
    void envelopeRoundTrip();
    void eventFrameMatchesEnvelope_data();
    void eventFrameMatchesEnvelope();
    void framesAroundSerialisedPayloadsMatch_data();
    void framesAroundSerialisedPayloadsMatch();
    void compactStringsMatchQt_data();
    void compactStringsMatchQt();
    void compactMessagesMatchQt_data();
    void compactMessagesMatchQt();
    void validation_data();
    void validation();
    void everyTypeIsDocumented();
    void transferTypesExist();

private:
    MessageCatalog m_catalog;
};

void TestProtocol::malformedFrames_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::newRow("not json") << QByteArray("hello");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("no type") << QByteArray(R"({"id":"1"})");
    QTest::newRow("type not string") << QByteArray(R"({"type":5,"id":"1"})");
    QTest::newRow("empty type") << QByteArray(R"({"type":"","id":"1"})");
    QTest::newRow("id not string") << QByteArray(R"({"type":"PING","id":7})");
    QTest::newRow("id too long") << (QByteArray(R"({"type":"PING","id":")") + QByteArray(65, 'x') + "\"}");
    QTest::newRow("payload not object") << QByteArray(R"({"type":"PING","id":"1","payload":[]})");
    QTest::newRow("negative seq") << QByteArray(R"({"type":"PING","id":"1","seq":-3})");
    QTest::newRow("empty idem") << QByteArray(R"({"type":"PING","id":"1","idem":""})");
    QTest::newRow("oversized") << (QByteArray(R"({"type":"PING","id":"1","payload":{"x":")") + QByteArray(70000, 'a') + "\"}}");
}

void TestProtocol::malformedFrames()
{
    QFETCH(QByteArray, frame);
    ProtocolError error;
    QVERIFY(!Envelope::parse(frame, &error));
    QCOMPARE(error.code, ErrorCode::BadFrame);
    QVERIFY(!error.message.isEmpty());
}

void TestProtocol::envelopeRoundTrip()
{
    Envelope e = Envelope::request(QString(msg::Transfer), QStringLiteral("r1"), {{QStringLiteral("to"), QStringLiteral("bob")}});
    e.idempotencyKey = QStringLiteral("k-1");
    ProtocolError error;
    const auto parsed = Envelope::parse(e.toJson(), &error);
    QVERIFY(parsed);
    QCOMPARE(parsed->type, QString(msg::Transfer));
    QCOMPARE(parsed->id, QStringLiteral("r1"));
    QCOMPARE(parsed->idempotencyKey, QStringLiteral("k-1"));
    QCOMPARE(parsed->payload.value(QStringLiteral("to")).toString(), QStringLiteral("bob"));
    QCOMPARE(parsed->seq, -1);
    const auto event = Envelope::parse(Envelope::event(QString(msg::Message), 42, {}).toJson(), &error);
    QCOMPARE(event->seq, 42);
}

void TestProtocol::validation_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<int>("endpoint");
    QTest::addColumn<QString>("expected"); // empty: valid
    const int agent = int(Endpoint::Agent);
    const int visitor = int(Endpoint::Visitor);
    QTest::newRow("hello ok") << QByteArray(R"({"type":"HELLO","id":"1","payload":{"protocol":1}})") << agent << QString();
    QTest::newRow("hello missing version") << QByteArray(R"({"type":"HELLO","id":"1"})") << agent << "MISSING_FIELD";
    QTest::newRow("unknown type") << QByteArray(R"({"type":"FLY","id":"1"})") << agent << "UNKNOWN_TYPE";
    QTest::newRow("event type as request") << QByteArray(R"({"type":"CONVERSATION_ASSIGNED","id":"1"})") << agent << "UNKNOWN_TYPE";
    QTest::newRow("visitor type on agent endpoint") << QByteArray(R"({"type":"CUSTOMER_MESSAGE","id":"1","payload":{"text":"x"}})") << agent << "UNKNOWN_TYPE";
    QTest::newRow("agent type on visitor endpoint") << QByteArray(R"({"type":"TRANSFER","id":"1","payload":{"conversationId":1,"to":"b"}})") << visitor << "UNKNOWN_TYPE";
    QTest::newRow("no request id") << QByteArray(R"({"type":"PING"})") << agent << "BAD_FRAME";
    QTest::newRow("transfer ok") << QByteArray(R"({"type":"TRANSFER","id":"1","payload":{"conversationId":3,"to":"bob","note":{}}})") << agent << QString();
    QTest::newRow("id as string") << QByteArray(R"({"type":"TRANSFER","id":"1","payload":{"conversationId":"3","to":"bob"}})") << agent << "INVALID_FIELD";
    QTest::newRow("fractional id") << QByteArray(R"({"type":"TRANSFER_ACCEPT","id":"1","payload":{"transferId":1.5}})") << agent << "INVALID_FIELD";
    QTest::newRow("zero id") << QByteArray(R"({"type":"TRANSFER_ACCEPT","id":"1","payload":{"transferId":0}})") << agent << "INVALID_FIELD";
    QTest::newRow("note not object") << QByteArray(R"({"type":"TRANSFER","id":"1","payload":{"conversationId":3,"to":"bob","note":"x"}})") << agent << "INVALID_FIELD";
    QTest::newRow("empty text") << QByteArray(R"({"type":"SEND_MESSAGE","id":"1","payload":{"conversationId":3,"text":""}})") << agent << "INVALID_FIELD";
    QTest::newRow("text too long") << (QByteArray(R"({"type":"SEND_MESSAGE","id":"1","payload":{"conversationId":3,"text":")") + QByteArray(4001, 'a') + "\"}}") << agent << "INVALID_FIELD";
    QTest::newRow("limit too high") << QByteArray(R"({"type":"RECOMMEND","id":"1","payload":{"conversationId":3,"limit":1000}})") << agent << "INVALID_FIELD";
    QTest::newRow("idem on a read") << QByteArray(R"({"type":"GET_CHAIN","id":"1","idem":"k","payload":{"conversationId":3}})") << agent << "INVALID_FIELD";
    QTest::newRow("idem on a write") << QByteArray(R"({"type":"SEND_MESSAGE","id":"1","idem":"k","payload":{"conversationId":3,"text":"hi"}})") << agent << QString();
    QTest::newRow("resolved not bool") << QByteArray(R"({"type":"CLOSE_CONVERSATION","id":"1","payload":{"conversationId":3,"resolved":"yes"}})") << agent << "INVALID_FIELD";
    QTest::newRow("visitor start ok") << QByteArray(R"({"type":"CUSTOMER_START","id":"1","payload":{"text":"你好"}})") << visitor << QString();
}

void TestProtocol::validation()
{
    QFETCH(QByteArray, frame);
    QFETCH(int, endpoint);
    QFETCH(QString, expected);
    ProtocolError error;
    const auto envelope = Envelope::parse(frame, &error);
    QVERIFY2(envelope, qPrintable(error.message));
    const auto result = m_catalog.validateRequest(*envelope, Endpoint(endpoint));
    if (expected.isEmpty()) {
        QVERIFY2(!result, result ? qPrintable(result->message) : "");
    } else {
        QVERIFY(result);
        QCOMPARE(errorCodeName(result->code), expected);
        QVERIFY(!result->message.isEmpty());
    }
}

void TestProtocol::everyTypeIsDocumented()
{
    QFile doc(qEnvironmentVariable("BATON_SOURCE_DIR") + QStringLiteral("/docs/protocol.md"));
    QVERIFY2(doc.open(QIODevice::ReadOnly), "docs/protocol.md must exist");
    const QString text = QString::fromUtf8(doc.readAll());
    for (const MessageSpec &spec : m_catalog.all()) {
        QVERIFY2(text.contains(QStringLiteral("### `%1`").arg(spec.type)),
                 qPrintable(QStringLiteral("%1 has no section in docs/protocol.md").arg(spec.type)));
        for (const FieldSpec &field : spec.fields)
            QVERIFY2(text.contains(QStringLiteral("`%1`").arg(field.name)),
                     qPrintable(QStringLiteral("field %1 of %2 is not documented").arg(field.name, spec.type)));
    }
    for (ErrorCode code : {ErrorCode::BadFrame, ErrorCode::UnknownType, ErrorCode::InvalidField, ErrorCode::MissingField,
                           ErrorCode::VersionMismatch, ErrorCode::HelloRequired, ErrorCode::NotAuthenticated,
                           ErrorCode::AuthFailed, ErrorCode::PermissionDenied, ErrorCode::NotFound, ErrorCode::Conflict,
                           ErrorCode::TargetUnavailable, ErrorCode::RateLimited, ErrorCode::Internal})
        QVERIFY2(text.contains(QStringLiteral("`%1`").arg(errorCodeName(code))), qPrintable(errorCodeName(code)));
}

void TestProtocol::transferTypesExist()
{
    for (QLatin1String type : {msg::Transfer, msg::TransferAccept, msg::TransferReject, msg::TransferCancel})
        QVERIFY(m_catalog.find(QString(type), Direction::Request));
    for (QLatin1String type : {msg::Transfer, msg::TransferAccept, msg::TransferReject, msg::TransferTimeout, msg::TransferCancel})
        QVERIFY(m_catalog.find(QString(type), Direction::Event));
}

void TestProtocol::eventFrameMatchesEnvelope_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<qint64>("seq");
    QTest::addColumn<QJsonObject>("payload");
    const QJsonObject message{{QStringLiteral("conversationId"), 7}, {QStringLiteral("seq"), 3},
                              {QStringLiteral("text"), QStringLiteral("你好 \"quoted\" \\ \n")},
                              {QStringLiteral("senderKind"), QStringLiteral("customer")}};
    QTest::newRow("durable message") << QString(msg::Message) << qint64(42) << QJsonObject{{QStringLiteral("message"), message}};
    QTest::newRow("visitor message, no seq") << QString(msg::Message) << qint64(-1) << QJsonObject{{QStringLiteral("message"), message}};
    QTest::newRow("seq zero") << QString(msg::Status) << qint64(0) << QJsonObject{{QStringLiteral("state"), QStringLiteral("active")}};
    QTest::newRow("empty payload") << QString(msg::TeamStats) << qint64(9'007'199'254) << QJsonObject();
}

void TestProtocol::eventFrameMatchesEnvelope()
{
    // Frames assembled around a payload serialised once must be byte for byte what clients got before.
    QFETCH(QString, type);
    QFETCH(qint64, seq);
    QFETCH(QJsonObject, payload);
    Envelope event = Envelope::event(type, seq, payload);
    const QByteArray expected = event.toJson();
    event.compactPayload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    QCOMPARE(event.toJson(), expected);
}

void TestProtocol::framesAroundSerialisedPayloadsMatch_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("idem");
    QTest::addColumn<qint64>("seq");
    const auto row = [](const char *name, const QString &type, const QString &id, const QString &idem,
                        qint64 seq) { QTest::newRow(name) << type << id << idem << seq; };
    row("result", msg::Result, QStringLiteral("17"), QString(), -1);
    row("result without id", msg::Result, QString(), QString(), -1);
    row("id with quote and backslash", msg::Result, QStringLiteral("a\"b\\c"), QString(), -1);
    row("id with control characters", msg::Result, QStringLiteral("x\n\t\x01\x7f"), QString(), -1);
    row("chinese id", msg::Result, QStringLiteral("请求-1"), QString(), -1);
    row("id and idem", msg::Result, QStringLiteral("9"), QStringLiteral("k-1"), -1);
    row("idem with unicode", msg::Result, QStringLiteral("9"), QStringLiteral("键\u2028"), -1);
    row("event with seq", msg::Message, QString(), QString(), 42);
    row("everything", msg::Message, QStringLiteral("3"), QStringLiteral("i"), 0);
}

void TestProtocol::framesAroundSerialisedPayloadsMatch()
{
    // A reply that reuses the MESSAGE event's serialised payload must be the bytes toJson() wrote before.
    QFETCH(QString, type);
    QFETCH(QString, id);
    QFETCH(QString, idem);
    QFETCH(qint64, seq);
    const QJsonObject message{{QStringLiteral("conversationId"), 7},
                              {QStringLiteral("seq"), 3},
                              {QStringLiteral("text"), QStringLiteral("你好 \"quoted\" \\ \n")}};
    Envelope e;
    e.type = type;
    e.id = id;
    e.idempotencyKey = idem;
    e.seq = seq;
    e.payload = {{QStringLiteral("message"), message}};
    const QByteArray expected = e.toJson();
    e.compactPayload = QJsonDocument(e.payload).toJson(QJsonDocument::Compact);
    QCOMPARE(e.toJson(), expected);
    ProtocolError error;
    const auto parsed = Envelope::parse(e.toJson(), &error);
    QVERIFY(parsed);
    QCOMPARE(parsed->id, id);
    QCOMPARE(parsed->idempotencyKey, idem);
    QCOMPARE(parsed->payload, e.payload);
}

void TestProtocol::compactStringsMatchQt_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << QStringLiteral("hello, world 123 ~");
    QTest::newRow("quote and backslash") << QStringLiteral("say \"hi\" \\ back\\");
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls.append(QChar(c)).append(u'x');
    QTest::newRow("every control character") << controls;
    QTest::newRow("delete") << QStringLiteral("a\x7f b");
    QTest::newRow("chinese") << QStringLiteral("您好，我的订单还没到，能帮我查一下吗？");
    QTest::newRow("masked number") << QStringLiteral("卡号 6222 **** **** 1234，手机 138****5678");
    QTest::newRow("emoji (surrogate pair)") << QString::fromUtf8("谢谢\xF0\x9F\x98\x80!");
    QTest::newRow("line and paragraph separators") << QStringLiteral("a\u2028b\u2029c");
    QTest::newRow("byte order mark") << QStringLiteral("\uFEFFstart");
    QTest::newRow("lone high surrogate") << QString(QChar(0xD83D)) + QStringLiteral("x");
    QTest::newRow("lone low surrogate at the end") << QStringLiteral("x") + QString(QChar(0xDE00));
}

void TestProtocol::compactStringsMatchQt()
{
    // Stored events and frames written without QJsonDocument must be the bytes it writes.
    QFETCH(QString, text);
    QByteArray ours;
    compactjson::appendString(ours, text);
    const QByteArray qt = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    QCOMPARE(ours, qt.mid(1, qt.size() - 2));
}

void TestProtocol::compactMessagesMatchQt_data()
{
    QTest::addColumn<Message>("message");
    QTest::newRow("customer") << Message{
        7, 3, SenderKind::Customer, QStringLiteral("c-1"), QStringLiteral("退款怎么办？"), 1'765'000'000'000};
    QTest::newRow("agent with quotes") << Message{9'007'199'254,
                                                  120,
                                                  SenderKind::Agent,
                                                  QStringLiteral("linxiao"),
                                                  QStringLiteral("\"{customer}\"\n请稍等\t片刻"),
                                                  1};
    QTest::newRow("robot, empty sender") << Message{1, 1, SenderKind::Robot, QString(), QString(), 0};
    QTest::newRow("integers beyond 2^53") << Message{9'007'199'254'740'993, 0, SenderKind::Customer,
                                                     QStringLiteral("x"), QStringLiteral("a"),
                                                     9'223'372'036'854'775'807};
    QTest::newRow("system") << Message{2,
                                       5,
                                       SenderKind::System,
                                       QStringLiteral("zhangwei"),
                                       QStringLiteral("会话转给 王芳 \\ note"),
                                       1'765'432'109'876};
}

void TestProtocol::compactMessagesMatchQt()
{
    QFETCH(Message, message);
    QCOMPARE(message.toCompactJson(), QJsonDocument(message.toJson()).toJson(QJsonDocument::Compact));
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
