#pragma once

#include "client/chainmodel.h"
#include "core/message.h"
#include "protocol/reportreplies.h"

#include <QDialog>

class QLabel;
class QListView;
class QTextBrowser;

namespace baton {

class RecordsClient;

// Drill-down from one transfer record: the conversation's whole chain and its read-only history,
// both fetched from the engine (the reviewer never held the conversation, so nothing is cached).
class RecordDetailDialog : public QDialog {
    Q_OBJECT
public:
    RecordDetailDialog(RecordsClient &client, const reply::TransferRecord &record, QWidget *parent = nullptr);

    QListView *chainView() const { return m_chainView; }
    QTextBrowser *historyView() const { return m_history; }
    const ChainModel &chain() const { return m_chain; }

signals:
    void loaded(); // chain and history are both shown

private:
    void showHistory(const QList<Message> &messages);
    void partDone();

    RecordsClient &m_client;
    ChainModel m_chain;
    QListView *m_chainView = nullptr;
    QTextBrowser *m_history = nullptr;
    QLabel *m_problem = nullptr;
    int m_pending = 2;
};

} // namespace baton
