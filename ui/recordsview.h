#pragma once

#include "client/transfercsvexport.h"
#include "client/transferrecordmodel.h"

#include <QPointer>
#include <QSortFilterProxyModel>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QTableView;

namespace baton {

class RecordDetailDialog;
class RecordsClient;

// F4.1–F4.2: the transfer records a supervisor or team lead reviews. A filter bar (date range with
// presets, result, agent, department, cross-department, reason text), a sortable table fed page by
// page as it scrolls, the chain and history of a record on Enter or double-click, and a CSV export
// of everything that matches, with progress and Cancel while the window stays usable.
class RecordsView : public QWidget {
    Q_OBJECT
public:
    explicit RecordsView(RecordsClient &client, QWidget *parent = nullptr);

    enum class Preset { Today, Week, Month };
    void applyPreset(Preset preset);
    // Reads the filter bar and starts over with it.
    void search();
    request::ReportQuery queryFromFilters() const;
    // Opens the detail of the record in `row` of the table as shown (sorted).
    RecordDetailDialog *openRecord(int row);
    // Exports to `path` without asking for a file name (the Export button asks).
    bool exportTo(const QString &path);

    TransferRecordModel &model() { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QComboBox *stateBox() const { return m_state; }
    QComboBox *agentBox() const { return m_agent; }
    QComboBox *crossBox() const { return m_cross; }
    TransferCsvExport &exporter() { return m_export; }

private:
    void buildFilters();
    void loadAgents();
    void updateStatus();
    void chooseExportFile();

    RecordsClient &m_client;
    TransferRecordModel m_model;
    QSortFilterProxyModel m_sorted;
    TransferCsvExport m_export;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_agent = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_cross = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_exportButton = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPointer<QProgressDialog> m_progress;
    bool m_agentsLoaded = false;
};

} // namespace baton
