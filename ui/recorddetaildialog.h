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

// Drill-down from a transfer record or a rating: the conversation's whole chain and its read-only history,
// both fetched from the engine (the reviewer never held the conversation, so nothing is cached).
class RecordDetailDialog : public QDialog {
    Q_OBJECT
public:
    // `title` and `summary` say which conversation this is; `note` is shown under them when set.
    RecordDetailDialog(RecordsClient &client, qint64 conversationId, const QString &title, const QString &summary,
                       const QString &note, QWidget *parent = nullptr);
    static RecordDetailDialog *forTransfer(RecordsClient &client, const reply::TransferRecord &record, QWidget *parent);

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
