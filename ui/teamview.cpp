#include "teamview.h"

#include "assigndialog.h"
#include "client/teamclient.h"
#include "queuetiledelegate.h"
#include "staffingpanel.h"
#include "teamcelldelegate.h"
#include "uitext.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
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

TeamView::TeamView(TeamClient &team, QWidget *parent)
    : QWidget(parent), m_team(team), m_queues(new QListView(this)), m_tiles(new QueueTileDelegate(this)),
      m_agents(makeTable(&team.agents(), this)), m_waiting(makeTable(&team.waiting(), this)),
      m_away(new QPushButton(tr("Set away"), this)), m_online(new QPushButton(tr("Set online"), this)),
      m_assign(new QPushButton(tr("Assign to agent…"), this)), m_notice(new QLabel(this)),
      m_staffing(new StaffingPanel(team, this))
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
    agentRow->addStretch();
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
    layout->addWidget(m_notice);
    layout->addWidget(split, 1);
    layout->addWidget(staffingBox);

    connect(m_away, &QPushButton::clicked, this, [this] { setSelectedAgentStatus(true); });
    connect(m_online, &QPushButton::clicked, this, [this] { setSelectedAgentStatus(false); });
    connect(m_assign, &QPushButton::clicked, this, &TeamView::assignSelected);
    connect(m_waiting, &QTableView::doubleClicked, this, &TeamView::assignSelected);
    connect(m_agents->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TeamView::updateActions);
    connect(m_waiting->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TeamView::updateActions);
    connect(&m_team, &TeamClient::snapshotApplied, this, &TeamView::updateActions);
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

void TeamView::updateActions()
{
    const QModelIndexList agents = m_agents->selectionModel()->selectedRows();
    const reply::TeamAgent *agent =
        agents.isEmpty() ? nullptr : m_team.agents().agentAt(agents.first().row());
    m_away->setEnabled(agent && agent->view.agent.status == AgentStatus::Online);
    m_online->setEnabled(agent && (agent->view.agent.status == AgentStatus::Away ||
                                   agent->view.agent.status == AgentStatus::Busy));
    m_assign->setEnabled(!m_waiting->selectionModel()->selectedRows().isEmpty());
}

void TeamView::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void TeamView::setSelectedAgentStatus(bool away)
{
    const QModelIndexList rows = m_agents->selectionModel()->selectedRows();
    const reply::TeamAgent *agent = rows.isEmpty() ? nullptr : m_team.agents().agentAt(rows.first().row());
    if (!agent)
        return;
    m_team.setAgentStatus(agent->id(), away ? AgentStatus::Away : AgentStatus::Online,
                          [this](const Result<reply::OneAgent> &result) {
                              showNotice(result ? QString()
                                                : UiText::error(result.error(), UiText::Action::SetStatus));
                          });
}

void TeamView::assignSelected()
{
    const QModelIndexList rows = m_waiting->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const qint64 conversationId = m_team.waiting().conversationAt(rows.first().row());
    const QString customer =
        m_team.waiting().index(rows.first().row(), WaitingCustomerModel::CustomerColumn).data().toString();
    auto *dialog = new AssignDialog(m_team.agents(), customer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, conversationId] {
        m_team.reassign(conversationId, dialog->agentId(), dialog->note(),
                        [this](const Result<reply::OneConversation> &result) {
                            showNotice(result ? QString()
                                              : UiText::error(result.error(), UiText::Action::Transfer));
                        });
    });
    dialog->open();
}

} // namespace baton
