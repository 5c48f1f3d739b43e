#include "recorddetaildialog.h"

#include "chaindelegate.h"
#include "client/recordsclient.h"
#include "uitext.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace baton {

RecordDetailDialog *RecordDetailDialog::forTransfer(RecordsClient &client, const reply::TransferRecord &record,
                                                    QWidget *parent)
{
    return new RecordDetailDialog(
        client, record.conversationId, tr("Chat #%1 — %2").arg(record.conversationId).arg(record.customerName),
        tr("%1 → %2 · %3 · %4")
            .arg(record.fromName, record.toName, UiText::transferState(transferStateName(record.state)),
                 UiText::clockTime(record.createdMs)),
        record.note.problem.isEmpty() ? QString() : tr("Note: %1").arg(record.note.problem), parent);
}

RecordDetailDialog::RecordDetailDialog(RecordsClient &client, qint64 conversationId, const QString &title,
                                       const QString &summaryText, const QString &note, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setWindowTitle(title);
    resize(820, 560);
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(summaryText, this);
    summary->setObjectName(QStringLiteral("recordSummary"));
    summary->setWordWrap(true);
    QFont bold = summary->font();
    bold.setBold(true);
    summary->setFont(bold);
    layout->addWidget(summary);
    m_problem = new QLabel(note, this);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_chainView = new QListView(split);
    m_chainView->setObjectName(QStringLiteral("recordChain"));
    m_chainView->setAccessibleName(tr("Transfer chain"));
    m_chainView->setModel(&m_chain);
    AgentClient &agents = client.agentClient();
    m_chainView->setItemDelegate(
        new ChainDelegate([&agents](const QString &id) { return agents.departmentName(id); }, m_chainView));
    m_chainView->setSelectionMode(QAbstractItemView::NoSelection);
    m_history = new QTextBrowser(split);
    m_history->setObjectName(QStringLiteral("recordHistory"));
    m_history->setAccessibleName(tr("Conversation history"));
    m_history->setPlaceholderText(tr("Loading the history…"));
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    client.chain(conversationId, this, [this](const Result<reply::Chain> &chain) {
        if (chain)
            m_chain.setHops(chain->hops);
        else
            m_problem->setText(UiText::error(chain.error(), UiText::Action::Load));
        partDone();
    });
    client.history(conversationId, this, [this](const Result<reply::History> &history) {
        if (history)
            showHistory(history->messages);
        else
            m_history->setPlainText(UiText::error(history.error(), UiText::Action::Load));
        partDone();
    });
}

void RecordDetailDialog::showHistory(const QList<Message> &messages)
{
    AgentClient &agents = m_client.agentClient();
    QString html;
    for (const Message &m : messages) {
        QString who;
        switch (m.senderKind) {
        case SenderKind::Customer: who = tr("Customer"); break;
        case SenderKind::Agent: who = agents.agentName(m.senderId); break;
        case SenderKind::Robot: who = tr("Robot"); break;
        case SenderKind::System: who = tr("System"); break;
        }
        html += QStringLiteral("<p><span style='color:#5f6b7a'>%1 · %2</span><br>%3</p>")
                    .arg(UiText::clockTime(m.timeMs), who.toHtmlEscaped(), m.text.toHtmlEscaped());
    }
    m_history->setHtml(html.isEmpty() ? tr("No messages.") : html);
}

void RecordDetailDialog::partDone()
{
    if (--m_pending == 0)
        emit loaded();
}

} // namespace baton
