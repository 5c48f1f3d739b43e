#pragma once

#include "client/messagemodel.h"

#include <QDialog>
#include "core/transfer.h"

#include <QTimer>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace baton {

class AgentClient;
class LocalCache;

// F1.7: before taking a conversation the colleague sees who offers it and why (the note), the
// customer's profile and the whole history, with the seconds left to answer. Accept, or reject
// with an optional reason.
class IncomingTransferDialog : public QDialog {
    Q_OBJECT
public:
    IncomingTransferDialog(AgentClient &client, LocalCache &cache, qint64 transferId, QWidget *parent = nullptr);

    qint64 transferId() const { return m_transferId; }
    void acceptOffer();
    void rejectOffer();

private:
    void updateCountdown();
    void onTransferChanged(qint64 conversationId, qint64 transferId);
    void finish(const QString &message);

    AgentClient &m_client;
    LocalCache &m_cache;
    qint64 m_transferId;
    Transfer m_transfer;
    MessageModel m_history;
    QTimer m_tick;
    QLabel *m_countdown = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_reject = nullptr;
};

} // namespace baton
