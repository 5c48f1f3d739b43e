#include "chatview.h"

#include "cannedreplypicker.h"
#include "client/agentclient.h"
#include "client/localcache.h"
#include "client/messagemodel.h"
#include "client/workstationsettings.h"
#include "elidinglabel.h"
#include "historyview.h"
#include "painthelpers.h"
#include "transferbanner.h"
#include "uitext.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace baton {

ChatView::ChatView(AgentClient &client, LocalCache &cache, MessageModel &messages,
                   WorkstationSettings &settings, QWidget *parent)
    : QWidget(parent), m_client(client), m_cache(cache), m_messages(messages)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_title = new ElidingLabel(this);
    m_title->setObjectName(QStringLiteral("chatTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size:15px;font-weight:bold"));
    m_title->setTextFormat(Qt::PlainText); // the customer's name and first words, as typed
    m_subtitle = new ElidingLabel(this);
    m_subtitle->setObjectName(QStringLiteral("chatSubtitle"));
    m_subtitle->setStyleSheet(QStringLiteral("color:#4b5563"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_transfer = new QPushButton(paint::icon("transfer"), tr("Transfer… (Ctrl+T)"), this);
    m_transfer->setObjectName(QStringLiteral("transferButton"));
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(m_transfer);
    layout->addLayout(header);
    m_banner = new TransferBanner(client, cache, this);
    layout->addWidget(m_banner);

    m_list = new HistoryView(m_messages, this);
    m_list->setObjectName(QStringLiteral("messages"));
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_list, 1);

    m_readOnly = new QLabel(this);
    m_readOnly->setObjectName(QStringLiteral("readOnlyNotice"));
    m_readOnly->setStyleSheet(
        QStringLiteral("background:#f3f4f6;color:#4b5563;padding:8px;border-radius:6px"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setTextFormat(Qt::PlainText);
    layout->addWidget(m_readOnly);

    m_composerRow = new QWidget(this);
    auto *composerLayout = new QHBoxLayout(m_composerRow);
    composerLayout->setContentsMargins(0, 0, 0, 0);
    m_composer = new QPlainTextEdit(m_composerRow);
    m_composer->setObjectName(QStringLiteral("composer"));
    m_composer->setAccessibleName(tr("Message to the customer"));
    m_composer->setPlaceholderText(tr("Write to the customer — Ctrl+Enter sends, / finds a canned reply"));
    m_composer->setFixedHeight(78);
    m_composer->setTabChangesFocus(true);
    m_canned = new QPushButton(paint::icon("replies"), QString(), m_composerRow);
    m_canned->setObjectName(QStringLiteral("cannedReplies"));
    m_canned->setText(tr("Replies"));
    m_canned->setAccessibleName(tr("Canned replies"));
    m_picker = new CannedReplyPicker(*m_composer, settings, this);
    auto *menu = new QMenu(m_canned);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { m_picker->fillMenu(menu); });
    m_canned->setMenu(menu);
    m_send = new QPushButton(paint::icon("send"), tr("Send"), m_composerRow);
    m_send->setObjectName(QStringLiteral("sendButton"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_canned);
    buttons->addWidget(m_send);
    composerLayout->addWidget(m_composer, 1);
    composerLayout->addLayout(buttons);
    layout->addWidget(m_picker);
    layout->addWidget(m_composerRow);

    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_composer);
    sendShortcut->setContext(Qt::WidgetShortcut);
    connect(sendShortcut, &QShortcut::activated, this, &ChatView::send);
    auto *sendShortcut2 = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), m_composer);
    sendShortcut2->setContext(Qt::WidgetShortcut);
    connect(sendShortcut2, &QShortcut::activated, this, &ChatView::send);
    connect(m_send, &QPushButton::clicked, this, &ChatView::send);
    connect(m_transfer, &QPushButton::clicked, this, &ChatView::transferRequested);
    connect(&client.updater(), &CacheUpdater::conversationChanged, this, [this](qint64 id) {
        if (id == m_conversationId)
            refreshHeader();
    });
    connect(&client, &AgentClient::profileChanged, this, &ChatView::refreshHeader);
    setConversation(0);
}

void ChatView::setConversation(qint64 conversationId)
{
    m_conversationId = conversationId;
    m_messages.setConversation(conversationId);
    m_banner->setConversation(conversationId);
    m_client.setActiveConversation(conversationId);
    refreshHeader();
    m_list->scrollToBottom();
}

void ChatView::refreshHeader()
{
    const auto s = m_cache.conversation(m_conversationId);
    if (!s) {
        m_title->setFullText(tr("No conversation selected"));
        m_subtitle->setFullText(tr("Pick one on the left, or wait for the next customer."));
        m_readOnly->hide();
        m_composerRow->setEnabled(false);
        m_transfer->setEnabled(false);
        return;
    }
    const Conversation &c = s->conversation();
    QString title = s->customerName;
    if (s->vipLevel > 0)
        title += QStringLiteral("  ·  VIP%1").arg(s->vipLevel);
    m_title->setFullText(title);
    m_picker->setContext(c.language, s->customerName, m_client.profile().agent.displayName);
    const bool mine = s->isOwnedBy(m_client.agentId());
    // A chat that went to a colleague says to whom, not the state it has on their desk.
    const bool transferredAway = !mine && s->isOpen() && !s->isOffered() && s->everMine;
    const QString newOwner = transferredAway ? m_client.agentName(s->owner) : QString();
    QStringList sub{transferredAway ? tr("Transferred to %1").arg(newOwner)
                                    : UiText::conversationState(s->state)};
    if (!c.escalation.isEmpty())
        sub.append(UiText::escalation(c.escalation, c.escalationTopic));
    if (!c.subject.isEmpty())
        sub.append(c.subject);
    m_subtitle->setFullText(sub.join(QStringLiteral("  ·  ")));
    const bool pending = s->outgoingState == QLatin1String("pending");
    m_composerRow->setVisible(mine);
    m_composerRow->setEnabled(mine);
    m_transfer->setEnabled(mine && !pending);
    m_readOnly->setVisible(!mine);
    if (s->isOffered())
        m_readOnly->setText(
            tr("A colleague offers you this conversation. Open the offer to accept or reject it."));
    else if (!s->isOpen())
        m_readOnly->setText(tr("This conversation is closed. It is kept here as read-only history."));
    else
        m_readOnly->setText(
            tr("This conversation was transferred to %1. It is kept here as read-only history.")
                .arg(newOwner.isEmpty() ? tr("a colleague") : newOwner));
}

void ChatView::send()
{
    const QString text = m_composer->toPlainText().trimmed();
    if (text.isEmpty() || !m_composerRow->isEnabled())
        return;
    m_client.sendMessage(m_conversationId, text);
    m_composer->clear();
}

} // namespace baton
