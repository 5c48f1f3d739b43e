#pragma once

#include "client/chainmodel.h"

#include <QWidget>

class QLabel;
class QListView;

namespace baton {

class AgentClient;
class LocalCache;

// Who the customer is (name, VIP level, tags, why they reached a person) and the conversation's
// transfer chain so far, with each hop's note and result.
class CustomerPanel : public QWidget {
    Q_OBJECT
public:
    CustomerPanel(AgentClient &client, LocalCache &cache, QWidget *parent = nullptr);

    void setConversation(qint64 conversationId);
    ChainModel &chain() { return m_chain; }

private:
    void refreshProfile();
    void refreshChain();

    AgentClient &m_client;
    LocalCache &m_cache;
    qint64 m_conversationId = 0;
    ChainModel m_chain;
    QLabel *m_name = nullptr;
    QLabel *m_vip = nullptr;
    QLabel *m_tags = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_since = nullptr;
    QListView *m_chainView = nullptr;
};

} // namespace baton
