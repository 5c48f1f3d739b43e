// The client side of F4 that needs no engine: CSV escaping both ways, the report payloads and
// replies of the typed layer, and the metric table model.
#include "client/csvwriter.h"
#include "client/metrictablemodel.h"
#include "protocol/reportreplies.h"
#include "protocol/reportrequests.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QJsonArray>
#include <QTest>

using namespace baton;

class TestRecordsClient : public QObject {
    Q_OBJECT
private slots:
    void csvField_data();
    void csvField();
    void csvRoundTrip();
    void queryPayload();
    void typedReplies();
    void metricTable();
};

void TestRecordsClient::csvField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << "abc" << "abc";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("comma") << "a,b" << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "one\ntwo" << "\"one\ntwo\"";
    QTest::newRow("carriage return") << "one\r\ntwo" << "\"one\r\ntwo\"";
    QTest::newRow("edge space") << " padded " << "\" padded \"";
    QTest::newRow("Chinese") << "太忙了" << "太忙了";
    QTest::newRow("Chinese comma is not a separator") << "太忙，稍后" << "太忙，稍后";
}

void TestRecordsClient::csvField()
{
    QFETCH(QString, value);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::field(value), written);
}

void TestRecordsClient::csvRoundTrip()
{
    const QList<QStringList> records{{"转接", "原因", "备注"},
                                     {"1", "太忙, 稍后 \"再\" 转", "第一行\n第二行"},
                                     {"2", "", "\"\""},
                                     {"3", "a\r\nb", " 前后空格 "}};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    QVERIFY(writer.writeBom());
    for (const QStringList &r : records)
        QVERIFY(writer.writeRecord(r));
    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.endsWith("\r\n"));
    QCOMPARE(CsvWriter::parse(bytes), records);
}

void TestRecordsClient::queryPayload()
{
    request::ReportQuery q;
    QCOMPARE(q.toPayload(), QJsonObject{});
    q.fromMs = 10;
    q.toMs = 20;
    q.states = {"rejected"};
    q.crossDepartment = false;
    q.reasonContains = "忙";
    q.utcOffsetMinutes = 480;
    const QJsonObject p = q.toPayload();
    QCOMPARE(p.value("fromMs").toInt(), 10);
    QCOMPARE(p.value("states").toArray(), QJsonArray{"rejected"});
    QCOMPARE(p.value("crossDepartment").toBool(true), false);
    QCOMPARE(p.value("reasonContains").toString(), "忙");
    QCOMPARE(p.value("utcOffsetMinutes").toInt(), 480);
    QVERIFY(!p.contains("agent"));
}

void TestRecordsClient::typedReplies()
{
    const auto page = reply::TransferRecordPage::fromPayload(
        {{"transfers", QJsonArray{QJsonObject{{"id", 7}, {"conversationId", 3}, {"state", "rejected"}, {"fromName", "王芳"},
                                              {"toName", "刘洋"}, {"crossDepartment", true}, {"reason", "太忙"},
                                              {"createdMs", 1000}, {"resolvedMs", 4000}, {"responseMs", 3000},
                                              {"rating", QJsonValue()}, {"note", QJsonObject{{"problem", "闪退"}}}}}},
         {"next", "1000:7"}});
    QCOMPARE(page.transfers.size(), 1);
    const reply::TransferRecord &r = page.transfers.first();
    QCOMPARE(r.state, TransferState::Rejected);
    QCOMPARE(r.responseMs.value_or(0), 3000);
    QVERIFY(!r.rating);
    QCOMPARE(r.note.problem, "闪退");
    QCOMPARE(page.next, "1000:7");
    QVERIFY(reply::TransferRecordPage::fromPayload({{"transfers", QJsonArray{}}, {"next", QJsonValue()}}).next.isEmpty());

    const auto service = reply::ServiceMetrics::fromPayload(
        {{"rows", QJsonArray{QJsonObject{{"key", "2026-12-01"}, {"ratings", QJsonArray{0, 1, 2, 3, 4}},
                                         {"satisfactionAvg", 4.2}}}},
         {"handover", QJsonArray{QJsonObject{{"reason", "asked"}, {"count", 5}, {"rate", 0.5}}}},
         {"references", QJsonObject{{"firstResponseMs", 20000}, {"resolutionRate", 0.75}, {"satisfaction", 4.5}}}});
    QCOMPARE(service.rows.first().ratings, (QList<int>{0, 1, 2, 3, 4}));
    QCOMPARE(service.rows.first().satisfactionAvg.value_or(0), 4.2);
    QCOMPARE(service.handover.first().count, 5);
    QCOMPARE(service.satisfactionTarget, 4.5);
}

void TestRecordsClient::metricTable()
{
    MetricTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable({"日期", "转接", "成功率"}, {{{"12-01", {}}, {"10", 10}, {"80%", 0.8}}, {{"12-02", {}}, {"9", 9}, {"90%", 0.9}}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), "成功率");
    QCOMPARE(model.index(1, 2).data().toString(), "90%");
    QCOMPARE(model.index(1, 2).data(MetricTableModel::SortRole).toDouble(), 0.9);
    QCOMPARE(model.index(0, 0).data(MetricTableModel::SortRole).toString(), "12-01");
    model.setTable({}, {});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestRecordsClient)
#include "tst_records_client.moc"
