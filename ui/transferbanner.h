#pragma once

#include <QFrame>
#include "core/candidate.h"
#include "core/transfer.h"

#include <QTimer>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace baton {

class AgentClient;
class LocalCache;

// The live state of the transfer this agent started for the open conversation (F1.5, F1.6):
// pending with a countdown and Cancel; accepted; rejected with the reason, or timed out — each
// with the next recommended colleagues one click away.
class TransferBanner : public QFrame {
    Q_OBJECT
public:
    TransferBanner(AgentClient &client, LocalCache &cache, QWidget *parent = nullptr);

    void setConversation(qint64 conversationId);
    QString stateShown() const { return m_shownState; }

signals:
    // Send the same note to this colleague.
    void retryWith(const QString &agentId, const QString &name, const baton::TransferNote &note);
    void chooseAnother(const QList<baton::Candidate> &candidates);

private:
    void refresh();
    void tick();
    void clearNextButtons();

    AgentClient &m_client;
    LocalCache &m_cache;
    qint64 m_conversationId = 0;
    Transfer m_transfer;
    QList<Candidate> m_next;
    QString m_shownState;
    QString m_targetName;
    QTimer m_tick;
    QLabel *m_text = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_more = nullptr;
    QHBoxLayout *m_nextRow = nullptr;
    QList<QPushButton *> m_nextButtons;
};

} // namespace baton
