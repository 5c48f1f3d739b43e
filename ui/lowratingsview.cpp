#include "lowratingsview.h"

#include "client/recordsclient.h"
#include "recorddetaildialog.h"
#include "uitext.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace baton {

LowRatingsView::LowRatingsView(RecordsClient &client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(client)
{
    setObjectName(QStringLiteral("lowRatingsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    auto *bar = new QHBoxLayout;
    m_range = new QComboBox(this);
    m_range->setAccessibleName(tr("Period"));
    m_range->addItem(tr("Today"), 1);
    m_range->addItem(tr("Last 7 days"), 7);
    m_range->addItem(tr("Last 30 days"), 30);
    m_range->setCurrentIndex(1);
    bar->addWidget(m_range);
    m_threshold = new QComboBox(this);
    m_threshold->setAccessibleName(tr("Ratings"));
    m_threshold->addItem(tr("1 star"), 1);
    m_threshold->addItem(tr("1–2 stars"), 2);
    m_threshold->addItem(tr("1–3 stars"), 3);
    m_threshold->setCurrentIndex(1);
    bar->addWidget(m_threshold);
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    bar->addWidget(refreshButton);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("lowRatings"));
    m_list->setAccessibleName(tr("Low ratings"));
    m_list->setModel(&m_model);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(2);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_list, 1);
    m_status = new QLabel(this);
    layout->addWidget(m_status);

    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) { open(index.row()); });
    connect(m_range, &QComboBox::currentIndexChanged, this, &LowRatingsView::refresh);
    connect(m_threshold, &QComboBox::currentIndexChanged, this, &LowRatingsView::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &LowRatingsView::refresh);
    connect(&m_model, &RatingListModel::loadingChanged, this, &LowRatingsView::updateStatus);
    connect(&m_model, &RatingListModel::failed, this,
            [this](const RequestError &e) { m_status->setText(UiText::error(e, UiText::Action::Load)); });
    connect(&client.agentClient(), &AgentClient::stateChanged, this, [this](AgentClient::State state) {
        if (state == AgentClient::State::Online && m_model.rowCount() == 0)
            refresh();
    });
    if (client.agentClient().state() == AgentClient::State::Online)
        refresh();
}

void LowRatingsView::refresh()
{
    request::ReportQuery q;
    const QDate today = QDate::currentDate();
    q.fromMs = today.addDays(1 - m_range->currentData().toInt()).startOfDay().toMSecsSinceEpoch();
    q.toMs = today.addDays(1).startOfDay().toMSecsSinceEpoch();
    m_model.setQuery(q, m_threshold->currentData().toInt());
}

RecordDetailDialog *LowRatingsView::open(int row)
{
    if (row < 0 || row >= m_model.rowCount())
        return nullptr;
    const reply::RatingRecord &r = m_model.rating(row);
    auto *dialog = new RecordDetailDialog(
        m_client, r.conversationId, tr("Chat #%1 — %2").arg(r.conversationId).arg(r.customerName),
        tr("Rated %1 of 5 · served by %2").arg(r.rating).arg(r.agentName),
        r.comment.isEmpty() ? QString() : tr("Comment: %1").arg(r.comment), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void LowRatingsView::updateStatus()
{
    const int rows = m_model.rowCount();
    if (m_model.isLoading())
        m_status->setText(tr("Loading…"));
    else if (rows == 0)
        m_status->setText(tr("No low ratings in this period."));
    else
        m_status->setText(tr("%n low rating(s); Enter opens the conversation", nullptr, rows));
}

} // namespace baton
