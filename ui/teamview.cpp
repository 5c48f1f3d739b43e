#include "teamview.h"

#include "assigndialog.h"
#include "batchtransferdialog.h"
#include "client/teamclient.h"
#include "overflowdialog.h"
#include "queuetiledelegate.h"
#include "recorddetaildialog.h"
#include "staffingpanel.h"
#include "teamcelldelegate.h"
#include "uitext.h"

#include <QDragEnterEvent>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace baton {

namespace {
QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setItemDelegate(new TeamCellDelegate(table));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->verticalHeader()->hide();
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->setWordWrap(false);
    return table;
}

QGroupBox *box(const QString &title, QWidget *content, QWidget *buttons, QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(group);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content, 1);
    if (buttons)
        layout->addWidget(buttons);
    return group;
}
} // namespace

TeamView::TeamView(TeamClient &team, RecordsClient &records, QWidget *parent)
    : QWidget(parent), m_team(team), m_records(records), m_queues(new QListView(this)),
      m_tiles(new QueueTileDelegate(this)), m_agents(makeTable(&team.agents(), this)),
      m_waiting(makeTable(&team.waiting(), this)), m_away(new QPushButton(tr("Set away"), this)),
      m_online(new QPushButton(tr("Set online"), this)),
      m_batch(new QPushButton(tr("Transfer chats…"), this)),
      m_openChat(new QPushButton(tr("Open chat…"), this)),
      m_overflow(new QPushButton(tr("Open overflow…"), this)),
      m_assign(new QPushButton(tr("Assign to agent…"), this)), m_notice(new QLabel(this)),
      m_overflowInfo(new QLabel(this)), m_staffing(new StaffingPanel(team, this))
{
    m_queues->setModel(&team.queues());
    m_queues->setItemDelegate(m_tiles);
    m_queues->setViewMode(QListView::IconMode);
    m_queues->setFlow(QListView::LeftToRight);
    m_queues->setWrapping(false);
    m_queues->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_queues->setResizeMode(QListView::Adjust);
    m_queues->setMovement(QListView::Static);
    m_queues->setSelectionMode(QAbstractItemView::NoSelection);
    m_queues->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_queues->setFrameShape(QFrame::NoFrame);
    m_queues->setFixedHeight(QueueTileDelegate::tileHeight + 4);
    m_queues->setAccessibleName(tr("Queues"));

    QHeaderView *agentHeader = m_agents->horizontalHeader();
    agentHeader->setSectionResizeMode(QHeaderView::Stretch);
    agentHeader->setSectionResizeMode(TeamAgentModel::OffersColumn, QHeaderView::ResizeToContents);
    m_agents->setAccessibleName(tr("Agents"));
    QHeaderView *waitingHeader = m_waiting->horizontalHeader();
    waitingHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    waitingHeader->setSectionResizeMode(WaitingCustomerModel::SubjectColumn, QHeaderView::Stretch);
    m_waiting->setAccessibleName(tr("Waiting customers"));

    auto *agentButtons = new QWidget(this);
    auto *agentRow = new QHBoxLayout(agentButtons);
    agentRow->setContentsMargins(0, 0, 0, 0);
    agentRow->addWidget(m_away);
    agentRow->addWidget(m_online);
    agentRow->addWidget(m_batch);
    agentRow->addWidget(m_openChat);
    agentRow->addStretch();
    agentRow->addWidget(m_overflow);
    auto *waitingButtons = new QWidget(this);
    auto *waitingRow = new QHBoxLayout(waitingButtons);
    waitingRow->setContentsMargins(0, 0, 0, 0);
    waitingRow->addWidget(m_assign);
    waitingRow->addStretch();

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(box(tr("Agents"), m_agents, agentButtons, split));
    split->addWidget(box(tr("Waiting customers"), m_waiting, waitingButtons, split));
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *staffingBox = box(tr("Staffing what-if (Erlang C)"), m_staffing, nullptr, this);
    staffingBox->setFixedHeight(170);
    m_notice->setWordWrap(true);
    m_notice->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_queues);
    layout->addWidget(m_overflowInfo);
    layout->addWidget(m_notice);
    layout->addWidget(split, 1);
    layout->addWidget(staffingBox);

    connect(m_away, &QPushButton::clicked, this, [this] { setSelectedAgentStatus(true); });
    connect(m_online, &QPushButton::clicked, this, [this] { setSelectedAgentStatus(false); });
    connect(m_assign, &QPushButton::clicked, this, &TeamView::assignSelected);
    connect(m_waiting, &QTableView::doubleClicked, this, &TeamView::assignSelected);
    connect(m_batch, &QPushButton::clicked, this, &TeamView::batchTransferSelected);
    connect(m_overflow, &QPushButton::clicked, this, &TeamView::openOverflow);
    connect(m_openChat, &QPushButton::clicked, this, [this] {
        // One chat opens at once; several are offered in a menu under the button.
        const reply::TeamAgent *agent = selectedAgent();
        if (!agent || agent->chats.size() <= 1) {
            openChat();
            return;
        }
        QMenu menu(this);
        for (const reply::AgentChat &c : agent->chats) {
            const qint64 id = c.conversationId;
            menu.addAction(c.subject.isEmpty() ? c.customerName
                                               : tr("%1 — %2").arg(c.customerName, c.subject),
                           this, [this, id] { openChat(id); });
        }
        menu.exec(m_openChat->mapToGlobal(QPoint(0, m_openChat->height())));
    });
    // Drag a waiting customer onto an agent of the board to assign it.
    m_waiting->setDragEnabled(true);
    m_waiting->setDragDropMode(QAbstractItemView::DragOnly);
    m_agents->setAcceptDrops(true);
    m_agents->viewport()->setAcceptDrops(true);
    m_agents->viewport()->installEventFilter(this);
    connect(m_agents->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TeamView::updateActions);
    connect(m_waiting->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TeamView::updateActions);
    connect(&m_team, &TeamClient::snapshotApplied, this, &TeamView::updateActions);
    connect(&m_team, &TeamClient::snapshotApplied, this, &TeamView::showOverflows);
    m_overflowInfo->setObjectName(QStringLiteral("overflowInfo"));
    m_overflowInfo->setWordWrap(true);
    m_overflowInfo->setStyleSheet(QStringLiteral("color:#b45309"));
    m_overflowInfo->hide();
    connect(&m_team.queues(), &QAbstractItemModel::rowsInserted, this, &TeamView::layoutTiles);
    connect(&m_team.queues(), &QAbstractItemModel::rowsRemoved, this, &TeamView::layoutTiles);
    connect(&m_team, &TeamClient::watchFailed, this,
            [this](const RequestError &error) { showNotice(UiText::error(error, UiText::Action::Load)); });
    updateActions();
}

void TeamView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The list's own size settles after this widget's layout ran.
    QMetaObject::invokeMethod(this, &TeamView::layoutTiles, Qt::QueuedConnection);
}

void TeamView::layoutTiles()
{
    // All queues in one row, however many the team configured: no scrolling to find a backlog.
    const int count = std::max(1, m_team.queues().rowCount());
    m_tiles->setTileWidth((m_queues->viewport()->width() - 2) / count);
    m_queues->doItemsLayout();
}

const reply::TeamAgent *TeamView::selectedAgent() const
{
    const QModelIndexList rows = m_agents->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_team.agents().agentAt(rows.first().row());
}

void TeamView::updateActions()
{
    const reply::TeamAgent *agent = selectedAgent();
    m_away->setEnabled(agent && agent->view.agent.status == AgentStatus::Online);
    m_online->setEnabled(agent && (agent->view.agent.status == AgentStatus::Away ||
                                   agent->view.agent.status == AgentStatus::Busy));
    m_batch->setEnabled(agent && !agent->chats.isEmpty());
    m_openChat->setEnabled(agent && !agent->chats.isEmpty());
    m_assign->setEnabled(!m_waiting->selectionModel()->selectedRows().isEmpty());
}

void TeamView::showOverflows()
{
    QStringList lines;
    const AgentClient &client = m_team.client();
    for (const reply::Overflow &o : m_team.overflows()) {
        const QString department = client.departmentName(o.department);
        const QString until = UiText::clockTime(o.untilMs);
        lines.append(o.extraSessions > 0
                         ? tr("Overflow for %1 until %2: every agent may hold %n more chat(s).", nullptr,
                              o.extraSessions)
                               .arg(department, until)
                         : tr("Overflow for %1 until %2: %3 also takes the queue.")
                               .arg(department, until, client.departmentName(o.toDepartment)));
    }
    m_overflowInfo->setText(lines.join(QLatin1Char('\n')));
    m_overflowInfo->setVisible(!lines.isEmpty());
}

void TeamView::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void TeamView::setSelectedAgentStatus(bool away)
{
    const reply::TeamAgent *agent = selectedAgent();
    if (!agent)
        return;
    m_team.setAgentStatus(agent->id(), away ? AgentStatus::Away : AgentStatus::Online,
                          [this](const Result<reply::OneAgent> &result) {
                              showNotice(result ? QString()
                                                : UiText::error(result.error(), UiText::Action::SetStatus));
                          });
}

AssignDialog *TeamView::assignSelected()
{
    const QModelIndexList rows = m_waiting->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return assignTo(m_team.waiting().conversationAt(rows.first().row()), QString());
}

AssignDialog *TeamView::assignTo(qint64 conversationId, const QString &agentId)
{
    int found = -1;
    for (int row = 0; row < m_team.waiting().rowCount(); ++row) {
        if (m_team.waiting().conversationAt(row) == conversationId)
            found = row;
    }
    if (found < 0)
        return nullptr; // no longer waiting
    QString customer = m_team.waiting().index(found, WaitingCustomerModel::CustomerColumn).data().toString();
    if (customer.isEmpty())
        customer = tr("conversation %1").arg(conversationId);
    auto *dialog = new AssignDialog(m_team.agents(), customer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!agentId.isEmpty())
        dialog->selectAgent(agentId);
    connect(dialog, &QDialog::accepted, this, [this, dialog, conversationId] {
        m_team.reassign(conversationId, dialog->agentId(), dialog->note(),
                        [this](const Result<reply::OneConversation> &result) {
                            showNotice(result ? QString()
                                              : UiText::error(result.error(), UiText::Action::Transfer));
                        });
    });
    dialog->open();
    return dialog;
}

bool TeamView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_agents->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        const QModelIndex at = m_agents->indexAt(drag->position().toPoint());
        const bool ok = WaitingCustomerModel::conversationFrom(drag->mimeData()) > 0 && at.isValid();
        if (ok)
            m_agents->selectRow(at.row()); // shows whom the customer would go to
        drag->setAccepted(ok);
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const qint64 id = WaitingCustomerModel::conversationFrom(drop->mimeData());
        const reply::TeamAgent *agent =
            m_team.agents().agentAt(m_agents->indexAt(drop->position().toPoint()).row());
        if (id > 0 && agent) {
            drop->acceptProposedAction();
            assignTo(id, agent->id());
        }
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

BatchTransferDialog *TeamView::batchTransferSelected()
{
    const reply::TeamAgent *agent = selectedAgent();
    if (!agent || agent->chats.isEmpty())
        return nullptr;
    // Colleagues of the board who can take a chat now, the emptiest first.
    QList<AgentView> targets;
    for (const reply::TeamAgent &a : m_team.agents().agents()) {
        // Not to the lead themselves: a transfer needs another person (the engine refuses it too).
        if (a.id() != agent->id() && a.id() != m_team.client().agentId() && a.takesChats() &&
            a.view.agent.status == AgentStatus::Online && a.view.usedCapacity() < a.view.agent.maxSessions)
            targets.append(a.view);
    }
    std::stable_sort(targets.begin(), targets.end(), [](const AgentView &x, const AgentView &y) {
        return double(x.usedCapacity()) / x.agent.maxSessions <
               double(y.usedCapacity()) / y.agent.maxSessions;
    });
    auto *dialog = new BatchTransferDialog(m_team, agent->chats, targets, this);
    dialog->setWindowTitle(tr("Transfer chats of %1").arg(agent->view.agent.displayName));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

RecordDetailDialog *TeamView::openChat(qint64 conversationId)
{
    const reply::TeamAgent *agent = selectedAgent();
    if (!agent || agent->chats.isEmpty())
        return nullptr;
    reply::AgentChat chat = agent->chats.first();
    for (const reply::AgentChat &c : agent->chats) {
        if (c.conversationId == conversationId)
            chat = c;
    }
    auto *dialog = new RecordDetailDialog(
        m_records, chat.conversationId,
        tr("%1 with %2 (read-only)").arg(chat.customerName, agent->view.agent.displayName), chat.subject,
        QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

OverflowDialog *TeamView::openOverflow()
{
    auto *dialog = new OverflowDialog(m_team, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { showNotice(tr("Overflow opened; it closes by itself.")); });
    dialog->open();
    return dialog;
}

} // namespace baton
