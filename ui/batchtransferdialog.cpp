#include "batchtransferdialog.h"

#include "client/teamclient.h"
#include "uitext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace baton {

namespace {
constexpr int conversationRole = Qt::UserRole + 1;
}

BatchTransferDialog::BatchTransferDialog(TeamClient &team, const QList<reply::AgentChat> &chats,
                                         const QList<AgentView> &targets, QWidget *parent)
    : QDialog(parent), m_team(team), m_chats(new QListWidget(this)), m_target(new QComboBox(this)),
      m_remarks(new QLineEdit(this)), m_send(new QPushButton(tr("Transfer"), this)),
      m_summary(new QLabel(this))
{
    setWindowTitle(tr("Transfer several chats"));
    for (const reply::AgentChat &c : chats) {
        auto *item = new QListWidgetItem(
            c.subject.isEmpty() ? c.customerName : tr("%1 — %2").arg(c.customerName, c.subject), m_chats);
        item->setData(conversationRole, c.conversationId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    for (const AgentView &a : targets) {
        m_target->addItem(tr("%1 — %2, %3/%4")
                              .arg(a.agent.displayName, UiText::agentStatus(agentStatusName(a.agent.status)))
                              .arg(a.usedCapacity())
                              .arg(a.agent.maxSessions),
                          a.agent.id);
    }
    m_chats->setAccessibleName(tr("Chats to transfer"));
    m_remarks->setMaxLength(500);
    m_remarks->setPlaceholderText(tr("Note for the colleague (optional)"));
    m_summary->setWordWrap(true);
    m_send->setDefault(true);
    m_send->setEnabled(m_chats->count() > 0 && m_target->count() > 0);
    if (m_target->count() == 0)
        m_summary->setText(tr("No colleague has room right now."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_send, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &BatchTransferDialog::submit);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Chats"), m_chats);
    form->addRow(tr("To"), m_target);
    form->addRow(tr("Note"), m_remarks);
    form->addRow(m_summary);
    form->addRow(buttons);
    resize(520, 420);
}

void BatchTransferDialog::submit()
{
    QList<TeamClient::BatchItem> items;
    const QString to = m_target->currentData().toString();
    for (int i = 0; i < m_chats->count(); ++i) {
        QListWidgetItem *item = m_chats->item(i);
        if (item->checkState() == Qt::Checked && (item->flags() & Qt::ItemIsUserCheckable))
            items.append({item->data(conversationRole).toLongLong(), to});
    }
    if (items.isEmpty() || to.isEmpty())
        return;
    m_send->setEnabled(false);
    m_summary->setText(tr("Sending…"));
    m_team.batchTransfer(items, m_remarks->text().trimmed(),
                         [this](const Result<reply::BatchResults> &result) {
                             if (!result) {
                                 m_summary->setText(UiText::error(result.error(), UiText::Action::Transfer));
                                 m_send->setEnabled(true);
                                 return;
                             }
                             showResults(result.value());
                             emit finished(result.value());
                         });
}

void BatchTransferDialog::showResults(const reply::BatchResults &results)
{
    const QString name = m_target->currentText().section(QStringLiteral(" — "), 0, 0);
    for (const reply::BatchResults::Item &r : results.items) {
        for (int i = 0; i < m_chats->count(); ++i) {
            QListWidgetItem *item = m_chats->item(i);
            if (item->data(conversationRole).toLongLong() != r.conversationId)
                continue;
            const QString subject = item->text().section(QStringLiteral(" · "), 0, 0);
            // Sent chats are done with; a failed one stays checkable for another try.
            if (r.transfer) {
                item->setText(tr("%1 · offered to %2").arg(subject, name));
                item->setFlags(Qt::ItemIsEnabled);
                item->setData(Qt::CheckStateRole, QVariant()); // no box: nothing left to choose
                item->setForeground(QColor(0x1b, 0x5e, 0x20));
            } else {
                item->setText(
                    tr("%1 · not sent: %2").arg(subject, UiText::error(*r.error, UiText::Action::Transfer)));
                item->setForeground(QColor(0xc6, 0x28, 0x28));
            }
            item->setToolTip(item->text());
        }
    }
    m_summary->setText(tr("%n offered", nullptr, results.succeeded) + QStringLiteral(" · ") +
                       tr("%n failed", nullptr, results.failed));
    m_send->setEnabled(results.failed > 0);
}

} // namespace baton
