#include "recordsview.h"

#include "client/recordsclient.h"
#include "recorddetaildialog.h"
#include "uitext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace baton {

RecordsView::RecordsView(RecordsClient &client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(client)
    , m_export(client)
{
    setObjectName(QStringLiteral("recordsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    buildFilters();
    layout->addWidget(findChild<QWidget *>(QStringLiteral("recordFilters")));

    m_sorted.setSourceModel(&m_model);
    m_sorted.setSortRole(TransferRecordModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("records"));
    m_table->setAccessibleName(tr("Transfer records"));
    m_table->setModel(&m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TransferRecordModel::Time, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TransferRecordModel::Reason, QHeaderView::Stretch);
    const int widths[] = {118, 84, 140, 140, 0, 70, 80, 64};
    for (int c = 0; c < TransferRecordModel::ColumnCount; ++c) {
        if (widths[c] > 0)
            m_table->setColumnWidth(c, widths[c]);
    }
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("recordsStatus"));
    layout->addWidget(m_status);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) { openRecord(index.row()); });
    connect(&m_model, &TransferRecordModel::loadingChanged, this, &RecordsView::updateStatus);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &RecordsView::updateStatus);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &RecordsView::updateStatus);
    connect(&m_model, &TransferRecordModel::failed, this, [this](const RequestError &error) {
        m_status->setText(UiText::error(error, UiText::Action::Load));
    });
    connect(&m_client.agentClient(), &AgentClient::stateChanged, this, [this](AgentClient::State state) {
        if (state != AgentClient::State::Online)
            return;
        loadAgents();
        if (m_model.rowCount() == 0)
            search();
    });
    applyPreset(Preset::Week);
    if (m_client.agentClient().state() == AgentClient::State::Online) {
        loadAgents();
        search();
    }
}

void RecordsView::buildFilters()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("recordFilters"));
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *first = new QHBoxLayout;
    auto *second = new QHBoxLayout;
    rows->addLayout(first);
    rows->addLayout(second);

    const auto presetButton = [this, first](const QString &text, Preset preset, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, [this, preset] {
            applyPreset(preset);
            search();
        });
        first->addWidget(b);
    };
    presetButton(tr("Today"), Preset::Today, "presetToday");
    presetButton(tr("7 days"), Preset::Week, "preset7");
    presetButton(tr("30 days"), Preset::Month, "preset30");
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    first->addWidget(new QLabel(tr("From"), this));
    first->addWidget(m_from);
    first->addWidget(new QLabel(tr("to"), this));
    first->addWidget(m_to);
    m_state = new QComboBox(this);
    m_state->setAccessibleName(tr("Result"));
    m_state->addItem(tr("All results"), QString());
    for (TransferState s : {TransferState::Accepted, TransferState::Rejected, TransferState::Timeout,
                            TransferState::Cancelled, TransferState::Pending})
        m_state->addItem(TransferRecordModel::stateText(s), transferStateName(s));
    first->addWidget(m_state);
    m_cross = new QComboBox(this);
    m_cross->setAccessibleName(tr("Departments"));
    m_cross->addItem(tr("Any departments"), QString());
    m_cross->addItem(tr("Cross-department"), QStringLiteral("cross"));
    m_cross->addItem(tr("Within a department"), QStringLiteral("within"));
    first->addWidget(m_cross);
    first->addStretch(1);

    m_agent = new QComboBox(this);
    m_agent->setAccessibleName(tr("Agent"));
    m_agent->addItem(tr("All agents"), QString());
    second->addWidget(m_agent);
    m_department = new QComboBox(this);
    m_department->setAccessibleName(tr("Department"));
    m_department->addItem(tr("All departments"), QString());
    second->addWidget(m_department);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonFilter"));
    m_reason->setPlaceholderText(tr("Reason contains…"));
    m_reason->setAccessibleName(tr("Reason contains"));
    m_reason->setClearButtonEnabled(true);
    second->addWidget(m_reason, 1);
    auto *searchButton = new QPushButton(tr("&Search"), this);
    searchButton->setObjectName(QStringLiteral("searchRecords"));
    searchButton->setDefault(true);
    second->addWidget(searchButton);
    m_exportButton = new QPushButton(tr("&Export CSV…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportCsv"));
    second->addWidget(m_exportButton);
    connect(searchButton, &QPushButton::clicked, this, &RecordsView::search);
    connect(m_reason, &QLineEdit::returnPressed, this, &RecordsView::search);
    connect(m_exportButton, &QPushButton::clicked, this, &RecordsView::chooseExportFile);
}

void RecordsView::loadAgents()
{
    if (m_agentsLoaded)
        return;
    AgentClient &client = m_client.agentClient();
    for (const QString &id : client.departmentIds())
        m_department->addItem(client.departmentName(id), id);
    m_agentsLoaded = true;
    client.listAgents({}, [guard = QPointer<RecordsView>(this)](const Result<reply::Agents> &agents) {
        if (!guard || !agents)
            return;
        for (const AgentView &a : agents->agents)
            guard->m_agent->addItem(a.agent.displayName, a.agent.id);
    });
}

void RecordsView::applyPreset(Preset preset)
{
    const QDate today = QDate::currentDate();
    const int back = preset == Preset::Today ? 0 : preset == Preset::Week ? 6 : 29;
    m_from->setDate(today.addDays(-back));
    m_to->setDate(today);
}

request::ReportQuery RecordsView::queryFromFilters() const
{
    request::ReportQuery q;
    q.fromMs = m_from->date().startOfDay().toMSecsSinceEpoch();
    q.toMs = m_to->date().addDays(1).startOfDay().toMSecsSinceEpoch();
    if (const QString state = m_state->currentData().toString(); !state.isEmpty())
        q.states = {state};
    q.agent = m_agent->currentData().toString();
    q.department = m_department->currentData().toString();
    if (const QString cross = m_cross->currentData().toString(); !cross.isEmpty())
        q.crossDepartment = cross == QLatin1String("cross");
    q.reasonContains = m_reason->text().trimmed();
    q.utcOffsetMinutes = QDateTime::currentDateTime().offsetFromUtc() / 60;
    return q;
}

void RecordsView::search()
{
    if (m_to->date() < m_from->date())
        m_to->setDate(m_from->date());
    m_model.setQuery(queryFromFilters());
}

RecordDetailDialog *RecordsView::openRecord(int row)
{
    const QModelIndex index = m_sorted.mapToSource(m_sorted.index(row, 0));
    if (!index.isValid())
        return nullptr;
    auto *dialog = RecordDetailDialog::forTransfer(m_client, m_model.record(index.row()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void RecordsView::updateStatus()
{
    const int rows = m_model.rowCount();
    if (m_model.isLoading())
        m_status->setText(tr("Loading… %n record(s) so far", nullptr, rows));
    else if (m_model.isComplete())
        m_status->setText(rows == 0 ? tr("No transfers match these filters.") : tr("%n record(s)", nullptr, rows));
    else
        m_status->setText(tr("%n record(s) shown; scroll for more", nullptr, rows));
}

void RecordsView::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("transfers-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export transfer records"),
                                                      QDir(folder).filePath(name), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool RecordsView::exportTo(const QString &path)
{
    if (!m_export.start(queryFromFilters(), path)) {
        QMessageBox::warning(this, tr("Export"), tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_exportButton->setEnabled(false);
    auto *progress = new QProgressDialog(tr("Exporting transfer records…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowModality(Qt::NonModal); // the window stays usable meanwhile
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress = progress;
    const auto done = [this](const QString &text) {
        m_exportButton->setEnabled(true);
        if (m_progress)
            m_progress->close();
        m_status->setText(text);
    };
    connect(progress, &QProgressDialog::canceled, &m_export, &TransferCsvExport::cancel);
    connect(&m_export, &TransferCsvExport::totalKnown, progress, &QProgressDialog::setMaximum);
    connect(&m_export, &TransferCsvExport::progress, progress, [progress](int written) {
        if (progress->maximum() < written)
            progress->setMaximum(written);
        progress->setValue(written);
    });
    connect(&m_export, &TransferCsvExport::finished, progress, [done, path](int written) {
        done(tr("Exported %n record(s) to %1.", nullptr, written).arg(QDir::toNativeSeparators(path)));
    });
    connect(&m_export, &TransferCsvExport::cancelled, progress, [done] { done(tr("Export cancelled.")); });
    connect(&m_export, &TransferCsvExport::failed, progress, [done](const RequestError &error) {
        done(UiText::error(error, UiText::Action::Load));
    });
    connect(&m_export, &TransferCsvExport::writeFailed, progress, [done](const QString &file) {
        done(tr("Cannot write %1.").arg(QDir::toNativeSeparators(file)));
    });
    return true;
}

} // namespace baton
