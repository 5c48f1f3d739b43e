#include "engine/transferstatemachine.h"

#include <QTest>

using namespace baton;

class TestTransferStateMachine : public QObject {
    Q_OBJECT
private slots:
    void transitions_data();
    void transitions();
};

void TestTransferStateMachine::transitions_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("event");
    QTest::addColumn<int>("to"); // -1: refused
    const QList<std::pair<TransferEvent, TransferState>> fromPending = {
        {TransferEvent::Accept, TransferState::Accepted},   {TransferEvent::Reject, TransferState::Rejected},
        {TransferEvent::TargetOffline, TransferState::Rejected}, {TransferEvent::Timeout, TransferState::Timeout},
        {TransferEvent::Cancel, TransferState::Cancelled}};
    for (const auto &[event, to] : fromPending)
        QTest::addRow("pending + %s", qPrintable(TransferStateMachine::eventName(event)))
            << int(TransferState::Pending) << int(event) << int(to);
    // Every final state absorbs every event: this is what makes racing resolutions safe.
    for (TransferState from : {TransferState::Accepted, TransferState::Rejected, TransferState::Timeout, TransferState::Cancelled}) {
        for (const auto &[event, unused] : fromPending)
            QTest::addRow("%s + %s", qPrintable(transferStateName(from)), qPrintable(TransferStateMachine::eventName(event)))
                << int(from) << int(event) << -1;
    }
}

void TestTransferStateMachine::transitions()
{
    QFETCH(int, from);
    QFETCH(int, event);
    QFETCH(int, to);
    const auto next = TransferStateMachine::next(TransferState(from), TransferEvent(event));
    if (to < 0)
        QVERIFY(!next);
    else
        QCOMPARE(int(*next), to);
}

QTEST_GUILESS_MAIN(TestTransferStateMachine)
#include "tst_transferstatemachine.moc"
