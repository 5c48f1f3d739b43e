#include "incomingtransferdialog.h"

#include "client/agentclient.h"
#include "client/localcache.h"
#include "focuschain.h"
#include "historyview.h"
#include "uitext.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace baton {

namespace {
QLabel *wrapping(const QString &text, QWidget *parent)
{
    // Notes and names are written by people: shown as typed, never as markup.
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text.isEmpty() ? QStringLiteral("—") : text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

IncomingTransferDialog::IncomingTransferDialog(AgentClient &client, LocalCache &cache, qint64 transferId,
                                               QWidget *parent)
    : QDialog(parent), m_client(client), m_cache(cache), m_transferId(transferId), m_history(cache, client)
{
    const auto cached = cache.transfer(transferId);
    if (cached)
        m_transfer = cached->transfer;
    const QString fromName =
        cached && cached->from ? cached->from->agent.displayName : client.agentName(m_transfer.fromAgent);
    const qint64 conversationId = m_transfer.conversationId;
    const auto summary = cache.conversation(conversationId);
    const ConversationView view = summary ? summary->view : ConversationView{};
    const Customer &customer = view.customer;
    const TransferNote &note = m_transfer.note;

    setWindowTitle(tr("Incoming transfer — %1").arg(customer.name));
    auto *layout = new QVBoxLayout(this);
    auto *header = new QLabel(this);
    header->setObjectName(QStringLiteral("header"));
    header->setTextFormat(Qt::RichText);
    header->setText(tr("<b>%1</b> (%2) asks you to take over <b>%3</b>")
                        .arg(fromName.toHtmlEscaped(),
                             client.departmentName(m_transfer.fromDepartment).toHtmlEscaped(),
                             customer.name.toHtmlEscaped()));
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("countdown"));
    m_countdown->setStyleSheet(QStringLiteral("font-weight:bold;color:#b45309"));
    auto *top = new QHBoxLayout;
    top->addWidget(header, 1);
    top->addWidget(m_countdown);
    layout->addLayout(top);

    auto *splitter = new QSplitter(this);
    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *noteBox = new QGroupBox(tr("Transfer note"), side);
    auto *noteForm = new QFormLayout(noteBox);
    noteForm->addRow(tr("Urgency"), wrapping(UiText::urgency(urgencyName(note.urgency)), noteBox));
    noteForm->addRow(tr("Problem"), wrapping(note.problem, noteBox));
    noteForm->addRow(tr("Steps taken"), wrapping(note.stepsTaken, noteBox));
    noteForm->addRow(tr("Customer"), wrapping(note.customerSituation, noteBox));
    noteForm->addRow(tr("Remarks"), wrapping(note.remarks, noteBox));
    auto *profileBox = new QGroupBox(tr("Customer profile"), side);
    auto *profileForm = new QFormLayout(profileBox);
    const int vip = customer.vipLevel;
    profileForm->addRow(tr("Name"), wrapping(customer.name, profileBox));
    profileForm->addRow(tr("VIP"),
                        wrapping(vip > 0 ? tr("VIP level %1").arg(vip) : tr("Regular"), profileBox));
    profileForm->addRow(tr("Tags"), wrapping(customer.tags.join(QStringLiteral(", ")), profileBox));
    profileForm->addRow(tr("Reached us"), wrapping(UiText::escalation(view.conversation.escalation,
                                                                      view.conversation.escalationTopic),
                                                   profileBox));
    sideLayout->addWidget(noteBox);
    sideLayout->addWidget(profileBox);
    sideLayout->addStretch(1);
    auto *history = new HistoryView(m_history, splitter);
    history->setObjectName(QStringLiteral("history"));
    splitter->addWidget(side);
    splitter->addWidget(history);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({330, 570});
    layout->addWidget(splitter, 1);
    m_history.setConversation(conversationId);
    QMetaObject::invokeMethod(history, &QListView::scrollToBottom, Qt::QueuedConnection);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Reason for rejecting (optional)"));
    m_reason->setAccessibleName(tr("Reason for rejecting"));
    m_reject = new QPushButton(tr("&Reject"), this);
    m_reject->setObjectName(QStringLiteral("reject"));
    m_accept = new QPushButton(tr("&Accept"), this);
    m_accept->setObjectName(QStringLiteral("accept"));
    m_accept->setDefault(true);
    buttons->addWidget(m_reason, 1);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_accept);
    layout->addLayout(buttons);
    setFocusChain({m_accept, m_reason, m_reject, history});
    m_accept->setFocus();

    connect(m_accept, &QPushButton::clicked, this, &IncomingTransferDialog::acceptOffer);
    connect(m_reject, &QPushButton::clicked, this, &IncomingTransferDialog::rejectOffer);
    connect(&client.updater(), &CacheUpdater::transferChanged, this,
            &IncomingTransferDialog::onTransferChanged);
    connect(&m_tick, &QTimer::timeout, this, &IncomingTransferDialog::updateCountdown);
    m_tick.start(250);
    updateCountdown();
    resize(900, 600);
    // Opened on an offer that already ended (it can be reopened from the list): say so at once.
    if (m_transfer.id == 0 || m_transfer.isFinal() || m_transfer.deadlineMs <= m_client.engineNowMs())
        finish(m_transfer.isFinal()
                   ? UiText::error(RequestError::engine(
                                       ErrorCode::Conflict, {},
                                       {{QStringLiteral("state"), transferStateName(m_transfer.state)}}),
                                   UiText::Action::Accept)
                   : tr("The time to answer ran out; the offer went back."));
}

void IncomingTransferDialog::updateCountdown()
{
    const qint64 left = (m_transfer.deadlineMs - m_client.engineNowMs() + 999) / 1000;
    m_countdown->setText(tr("%1 s left").arg(std::max<qint64>(0, left)));
}

void IncomingTransferDialog::acceptOffer()
{
    m_accept->setEnabled(false);
    m_reject->setEnabled(false);
    QPointer<IncomingTransferDialog> self(this);
    m_client.acceptTransfer(m_transferId, [self](const Result<reply::OneTransfer> &result) {
        if (!self)
            return;
        if (result.ok())
            self->accept();
        else
            self->finish(UiText::error(result.error(), UiText::Action::Accept));
    });
}

void IncomingTransferDialog::rejectOffer()
{
    m_accept->setEnabled(false);
    m_reject->setEnabled(false);
    QPointer<IncomingTransferDialog> self(this);
    m_client.rejectTransfer(m_transferId, m_reason->text().trimmed(),
                            [self](const Result<reply::OneTransfer> &result) {
                                if (!self)
                                    return;
                                if (result.ok())
                                    self->reject();
                                else
                                    self->finish(UiText::error(result.error(), UiText::Action::Reject));
                            });
}

void IncomingTransferDialog::onTransferChanged(qint64, qint64 transferId)
{
    if (transferId != m_transferId)
        return;
    const auto cached = m_cache.transfer(transferId);
    if (!cached)
        return;
    m_transfer = cached->transfer;
    if (m_transfer.state == TransferState::Cancelled)
        finish(tr("The colleague withdrew the transfer."));
    else if (m_transfer.state == TransferState::Timeout)
        finish(tr("The time to answer ran out; the offer went back."));
}

void IncomingTransferDialog::finish(const QString &message)
{
    m_tick.stop();
    m_accept->setEnabled(false);
    m_reject->setEnabled(false);
    m_reason->setEnabled(false);
    m_status->setText(message);
    m_status->show();
}

} // namespace baton
