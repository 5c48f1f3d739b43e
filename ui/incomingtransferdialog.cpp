#include "incomingtransferdialog.h"

#include "client/agentclient.h"
#include "client/localcache.h"
#include "historyview.h"
#include "focuschain.h"
#include "uitext.h"

#include <QDateTime>
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
    auto *label = new QLabel(text.isEmpty() ? QStringLiteral("—") : text.toHtmlEscaped(), parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

IncomingTransferDialog::IncomingTransferDialog(AgentClient &client, LocalCache &cache, qint64 transferId, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_cache(cache)
    , m_transferId(transferId)
    , m_history(cache, client)
{
    const auto cached = cache.transfer(transferId);
    m_transfer = cached ? cached->transfer : QJsonObject{};
    const QJsonObject from = cached ? cached->extra.value(QStringLiteral("from")).toObject() : QJsonObject{};
    const qint64 conversationId = qint64(m_transfer.value(QStringLiteral("conversationId")).toDouble());
    const auto summary = cache.conversation(conversationId);
    const QJsonObject conversation = summary ? summary->conversation() : QJsonObject{};
    const QJsonObject customer = conversation.value(QStringLiteral("customer")).toObject();
    const QJsonObject note = m_transfer.value(QStringLiteral("note")).toObject();

    setWindowTitle(tr("Incoming transfer — %1").arg(customer.value(QStringLiteral("name")).toString()));
    auto *layout = new QVBoxLayout(this);
    auto *header = new QLabel(this);
    header->setObjectName(QStringLiteral("header"));
    header->setTextFormat(Qt::RichText);
    header->setText(tr("<b>%1</b> (%2) asks you to take over <b>%3</b>")
                        .arg(from.value(QStringLiteral("name")).toString(m_transfer.value(QStringLiteral("from")).toString()).toHtmlEscaped(),
                             client.departmentName(m_transfer.value(QStringLiteral("fromDepartment")).toString()).toHtmlEscaped(),
                             customer.value(QStringLiteral("name")).toString().toHtmlEscaped()));
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
    noteForm->addRow(tr("Urgency"), wrapping(UiText::urgency(note.value(QStringLiteral("urgency")).toString()), noteBox));
    noteForm->addRow(tr("Problem"), wrapping(note.value(QStringLiteral("problem")).toString(), noteBox));
    noteForm->addRow(tr("Steps taken"), wrapping(note.value(QStringLiteral("stepsTaken")).toString(), noteBox));
    noteForm->addRow(tr("Customer"), wrapping(note.value(QStringLiteral("customerSituation")).toString(), noteBox));
    noteForm->addRow(tr("Remarks"), wrapping(note.value(QStringLiteral("remarks")).toString(), noteBox));
    auto *profileBox = new QGroupBox(tr("Customer profile"), side);
    auto *profileForm = new QFormLayout(profileBox);
    const int vip = customer.value(QStringLiteral("vipLevel")).toInt();
    QStringList tags;
    for (const QJsonValue &t : customer.value(QStringLiteral("tags")).toArray())
        tags.append(t.toString());
    const QJsonObject escalation = conversation.value(QStringLiteral("escalation")).toObject();
    profileForm->addRow(tr("Name"), wrapping(customer.value(QStringLiteral("name")).toString(), profileBox));
    profileForm->addRow(tr("VIP"), wrapping(vip > 0 ? tr("VIP level %1").arg(vip) : tr("Regular"), profileBox));
    profileForm->addRow(tr("Tags"), wrapping(tags.join(QStringLiteral(", ")), profileBox));
    profileForm->addRow(tr("Reached us"), wrapping(UiText::escalation(escalation.value(QStringLiteral("reason")).toString(),
                                                                       escalation.value(QStringLiteral("topic")).toString()),
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
    connect(&client.updater(), &CacheUpdater::transferChanged, this, &IncomingTransferDialog::onTransferChanged);
    connect(&m_tick, &QTimer::timeout, this, &IncomingTransferDialog::updateCountdown);
    m_tick.start(250);
    updateCountdown();
    resize(900, 600);
}

void IncomingTransferDialog::updateCountdown()
{
    const qint64 left = (qint64(m_transfer.value(QStringLiteral("deadlineMs")).toDouble()) -
                         QDateTime::currentMSecsSinceEpoch() + 999) / 1000;
    m_countdown->setText(tr("%1 s left").arg(std::max<qint64>(0, left)));
}

void IncomingTransferDialog::acceptOffer()
{
    m_accept->setEnabled(false);
    m_reject->setEnabled(false);
    QPointer<IncomingTransferDialog> self(this);
    m_client.acceptTransfer(m_transferId, [self](const QJsonObject &) { if (self) self->accept(); },
                            [self](const QString &, const QString &message) {
                                if (self)
                                    self->finish(tr("Could not accept: %1").arg(message));
                            });
}

void IncomingTransferDialog::rejectOffer()
{
    m_accept->setEnabled(false);
    m_reject->setEnabled(false);
    QPointer<IncomingTransferDialog> self(this);
    m_client.rejectTransfer(m_transferId, m_reason->text().trimmed(),
                            [self](const QJsonObject &) { if (self) self->reject(); },
                            [self](const QString &, const QString &message) {
                                if (self)
                                    self->finish(tr("Could not reject: %1").arg(message));
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
    const QString state = m_transfer.value(QStringLiteral("state")).toString();
    if (state == QLatin1String("cancelled"))
        finish(tr("The colleague withdrew the transfer."));
    else if (state == QLatin1String("timeout"))
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
