#include "alertbar.h"

#include "batchtransferdialog.h"
#include "client/agentclient.h"
#include "client/localcache.h"
#include "client/teamclient.h"
#include "elidinglabel.h"
#include "mainwindow.h"
#include "transferdialog.h"
#include "uitext.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace baton {

namespace {
QString listOfNames(const QList<AgentView> &agents)
{
    QStringList names;
    for (const AgentView &a : agents)
        names.append(a.agent.displayName);
    return names.join(QStringLiteral("、"));
}
} // namespace

AlertBar::AlertBar(AlertCenter &alerts, MainWindow &window, AgentClient &client, LocalCache &cache,
                   TeamClient &team, QWidget *parent)
    : QWidget(parent), m_alerts(alerts), m_window(window), m_client(client), m_cache(cache), m_team(team),
      m_rows(new QVBoxLayout(this)), m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("alertBar"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#alertBar{background:#fdecea;border-bottom:1px solid #f19c96}"));
    setAccessibleName(tr("Alerts"));
    m_rows->setContentsMargins(8, 2, 8, 2);
    m_rows->setSpacing(0);
    connect(&alerts, &AlertCenter::changed, this, &AlertBar::rebuild);
    // Waiting times move on by the second, like those in the chat list.
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &AlertBar::refreshTexts);
    rebuild();
}

QString AlertBar::describe(const AlertCenter::Alert &a) const
{
    const qint64 waited = std::max<qint64>(0, (m_client.engineNowMs() - a.waitingSinceMs) / 1000);
    const QString customer =
        a.customerName.isEmpty() ? tr("Conversation %1").arg(a.conversationId) : a.customerName;
    switch (a.kind) {
    case AlertCenter::Kind::ReplyOverdue:
        return tr("Reply overdue: %1 has waited %2 for your answer.")
            .arg(customer, UiText::waitingTime(waited));
    case AlertCenter::Kind::TeamReplyOverdue:
        return tr("Reply overdue in your team: a customer of %1 has waited %2 (conversation %3).")
            .arg(a.agentName, UiText::waitingTime(waited))
            .arg(a.conversationId);
    case AlertCenter::Kind::Overload:
        return a.suggestions.isEmpty()
                   ? tr("You are at capacity (%1/%2) while %n customer(s) wait; no colleague has room yet.",
                        nullptr, a.waiting)
                         .arg(a.load)
                         .arg(a.maxSessions)
                   : tr("You are at capacity (%1/%2) while %n customer(s) wait. Room with: %3.", nullptr,
                        a.waiting)
                         .arg(a.load)
                         .arg(a.maxSessions)
                         .arg(listOfNames(a.suggestions));
    case AlertCenter::Kind::TransferHint:
        return tr("%1 wrote “%2”: a question for %3. Transfer to a specialist?")
            .arg(customer, a.word, UiText::skill(a.skill));
    }
    return {};
}

void AlertBar::rebuild()
{
    for (const Row &r : std::as_const(m_shown))
        r.widget->deleteLater();
    m_shown.clear();
    const QList<AlertCenter::Alert> &alerts = m_alerts.alerts();
    for (qsizetype i = 0; i < alerts.size() && i < maxRows; ++i) {
        const AlertCenter::Alert a = alerts[i];
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 2, 0, 2);
        auto *text = new ElidingLabel(row);
        text->setFullText(describe(a));
        layout->addWidget(text, 1);
        auto addButton = [&](const QString &name, const QString &label, auto slot) {
            auto *b = new QPushButton(label, row);
            b->setObjectName(name);
            layout->addWidget(b);
            connect(b, &QPushButton::clicked, this, slot);
        };
        switch (a.kind) {
        case AlertCenter::Kind::ReplyOverdue:
            addButton(QStringLiteral("open"), tr("Open chat"), [this, a] { openChat(a.conversationId); });
            break;
        case AlertCenter::Kind::TeamReplyOverdue:
            addButton(QStringLiteral("team"), tr("Team view"), [this] { emit teamViewRequested(); });
            break;
        case AlertCenter::Kind::Overload:
            if (!a.suggestions.isEmpty()) {
                addButton(QStringLiteral("transfer"),
                          tr("Transfer to %1…").arg(a.suggestions.first().agent.displayName),
                          [this, a] { transferFor(a); });
                addButton(QStringLiteral("batch"), tr("Transfer several…"), [this, a] { batchTransfer(a); });
            }
            break;
        case AlertCenter::Kind::TransferHint:
            addButton(QStringLiteral("transfer"), tr("Transfer (%1)…").arg(UiText::skill(a.skill)),
                      [this, a] { transferFor(a); });
            break;
        }
        const quint64 id = a.id;
        addButton(QStringLiteral("dismiss"), tr("Dismiss"), [this, id] { m_alerts.dismiss(id); });
        m_rows->addWidget(row);
        m_shown.append({id, row, text});
    }
    if (alerts.size() > maxRows) {
        auto *more = new QWidget(this);
        auto *layout = new QHBoxLayout(more);
        layout->setContentsMargins(0, 0, 0, 2);
        auto *label = new ElidingLabel(more);
        label->setFullText(tr("%n more alert(s)", nullptr, int(alerts.size() - maxRows)));
        layout->addWidget(label);
        m_rows->addWidget(more);
        m_shown.append({0, more, nullptr});
    }
    setVisible(!alerts.isEmpty());
    if (alerts.isEmpty())
        m_tick->stop();
    else if (!m_tick->isActive())
        m_tick->start();
}

void AlertBar::refreshTexts()
{
    for (const Row &r : std::as_const(m_shown)) {
        for (const AlertCenter::Alert &a : m_alerts.alerts()) {
            if (a.id == r.id && r.text)
                r.text->setFullText(describe(a));
        }
    }
}

QStringList AlertBar::texts() const
{
    QStringList list;
    for (const Row &r : m_shown) {
        if (r.text && r.id != 0)
            list.append(r.text->fullText());
    }
    return list;
}

QPushButton *AlertBar::button(quint64 alertId, const QString &name) const
{
    for (const Row &r : m_shown) {
        if (r.id == alertId)
            return r.widget->findChild<QPushButton *>(name);
    }
    return nullptr;
}

void AlertBar::openChat(qint64 conversationId)
{
    m_window.workspaces()->setCurrentIndex(0);
    m_window.selectConversation(conversationId);
}

qint64 AlertBar::ownChatFor(const AlertCenter::Alert &alert) const
{
    if (alert.conversationId > 0)
        return alert.conversationId;
    // An overload names no chat: the one open in the window if it is the agent's, else the oldest.
    const QString me = m_client.agentId();
    if (const auto current = m_cache.conversation(m_window.currentConversation());
        current && current->isOwnedBy(me))
        return current->id;
    qint64 oldest = 0;
    qint64 oldestMs = 0;
    for (const ConversationSummary &s : m_cache.conversations()) {
        if (s.isOwnedBy(me) && s.outgoingState != QLatin1String("pending") &&
            (oldest == 0 || s.conversation().createdMs < oldestMs)) {
            oldest = s.id;
            oldestMs = s.conversation().createdMs;
        }
    }
    return oldest;
}

TransferDialog *AlertBar::transferFor(const AlertCenter::Alert &alert)
{
    const qint64 id = ownChatFor(alert);
    if (id == 0)
        return nullptr;
    openChat(id);
    QList<Candidate> candidates = alert.candidates;
    for (const AgentView &a : alert.suggestions)
        candidates.append(Candidate{a, 0, 0, 0, 0, 0, {}});
    TransferDialog *dialog = m_window.openTransferDialog(
        alert.kind == AlertCenter::Kind::Overload ? candidates : QList<Candidate>());
    if (dialog && alert.kind == AlertCenter::Kind::TransferHint)
        dialog->setSkillFilter(alert.skill);
    return dialog;
}

BatchTransferDialog *AlertBar::batchTransfer(const AlertCenter::Alert &alert)
{
    QList<reply::AgentChat> chats;
    const QString me = m_client.agentId();
    for (const ConversationSummary &s : m_cache.conversations()) {
        if (s.isOwnedBy(me) && s.state == QLatin1String("active") &&
            s.outgoingState != QLatin1String("pending"))
            chats.append({s.id, s.customerName, s.conversation().subject});
    }
    auto *dialog = new BatchTransferDialog(m_team, chats, alert.suggestions, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace baton
