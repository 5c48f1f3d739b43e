#pragma once

#include "client/metrictablemodel.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace baton {

// One analytics chart with its title, the same numbers as a table one click away, and Save as PNG.
// The view that fills it owns the chart's series; the card shows whichever of chart or table is on.
class ChartCard : public QWidget {
    Q_OBJECT
public:
    ChartCard(const QString &title, QWidget *parent = nullptr);

    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    MetricTableModel &table() { return m_table; }
    QString title() const;
    void showTable(bool table);
    bool isShowingTable() const;
    bool saveImage(const QString &path) const;
    // Replaces the chart (QChartView takes ownership) with an empty one of the card's look.
    QChart *resetChart();

private:
    void saveWithDialog();

    QLabel *m_title = nullptr;
    QStackedWidget *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QTableView *m_tableView = nullptr;
    QToolButton *m_tableButton = nullptr;
    MetricTableModel m_table;
};

} // namespace baton
