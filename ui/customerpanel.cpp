#include "customerpanel.h"

#include "chaindelegate.h"
#include "client/agentclient.h"
#include "client/localcache.h"
#include "uitext.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QPointer>
#include <QVBoxLayout>

namespace baton {

CustomerPanel::CustomerPanel(AgentClient &client, LocalCache &cache, QWidget *parent)
    : QWidget(parent), m_client(client), m_cache(cache)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *profile = new QGroupBox(tr("Customer"), this);
    auto *form = new QFormLayout(profile);
    const auto label = [profile](const char *name) {
        auto *l = new QLabel(profile);
        l->setObjectName(QString::fromLatin1(name));
        l->setTextFormat(Qt::PlainText); // the customer chose their name and tags
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    };
    m_name = label("customerName");
    m_vip = label("customerVip");
    m_tags = label("customerTags");
    m_reason = label("customerReason");
    m_since = label("customerSince");
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("VIP"), m_vip);
    form->addRow(tr("Tags"), m_tags);
    form->addRow(tr("Reached us"), m_reason);
    form->addRow(tr("Started"), m_since);
    layout->addWidget(profile);
    auto *chainBox = new QGroupBox(tr("Transfer chain"), this);
    auto *chainLayout = new QVBoxLayout(chainBox);
    m_chainView = new QListView(chainBox);
    m_chainView->setObjectName(QStringLiteral("chain"));
    m_chainView->setAccessibleName(tr("Transfer chain"));
    m_chainView->setModel(&m_chain);
    m_chainView->setItemDelegate(
        new ChainDelegate([this](const QString &id) { return m_client.departmentName(id); }, m_chainView));
    m_chainView->setFrameShape(QFrame::NoFrame);
    m_chainView->setSelectionMode(QAbstractItemView::NoSelection);
    m_chainView->setFocusPolicy(Qt::NoFocus);
    chainLayout->addWidget(m_chainView);
    layout->addWidget(chainBox, 1);

    connect(&client.updater(), &CacheUpdater::conversationChanged, this, [this](qint64 id) {
        if (id == m_conversationId)
            refreshProfile();
    });
    connect(&client.updater(), &CacheUpdater::transferChanged, this, [this](qint64 id, qint64) {
        if (id == m_conversationId)
            refreshChain();
    });
    connect(&client, &AgentClient::stateChanged, this, [this](AgentClient::State state) {
        if (state == AgentClient::State::Online)
            refreshChain();
    });
}

void CustomerPanel::setConversation(qint64 conversationId)
{
    m_conversationId = conversationId;
    refreshProfile();
    refreshChain();
}

void CustomerPanel::refreshProfile()
{
    const auto s = m_cache.conversation(m_conversationId);
    const ConversationView view = s ? s->view : ConversationView{};
    const Customer &customer = view.customer;
    const Conversation &c = view.conversation;
    const int vip = customer.vipLevel;
    m_name->setText(s ? customer.name : QString());
    m_vip->setText(!s ? QString() : vip > 0 ? tr("VIP level %1").arg(vip) : tr("Regular"));
    m_tags->setText(customer.tags.isEmpty() ? QStringLiteral("—") : customer.tags.join(QStringLiteral(", ")));
    m_reason->setText(c.escalation.isEmpty() ? QStringLiteral("—")
                                             : UiText::escalation(c.escalation, c.escalationTopic));
    m_since->setText(s ? UiText::clockTime(c.createdMs) : QString());
}

void CustomerPanel::refreshChain()
{
    // What the cache knows at once (also offline), then the engine's current chain.
    m_chain.setHops(m_cache.chain(m_conversationId));
    if (m_conversationId == 0)
        return;
    const qint64 id = m_conversationId;
    QPointer<CustomerPanel> self(this);
    m_client.fetchChain(id, [self, id](const Result<reply::Chain> &result) {
        if (self && result.ok() && self->m_conversationId == id)
            self->m_chain.setHops(result->hops);
    });
}

} // namespace baton
