#include "chartcard.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace baton {

ChartCard::ChartCard(const QString &title, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(title, this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    header->addWidget(m_title, 1);
    m_tableButton = new QToolButton(this);
    m_tableButton->setObjectName(QStringLiteral("showTable"));
    m_tableButton->setText(tr("Table"));
    m_tableButton->setToolTip(tr("Show the numbers as a table"));
    m_tableButton->setCheckable(true);
    header->addWidget(m_tableButton);
    auto *save = new QToolButton(this);
    save->setObjectName(QStringLiteral("savePng"));
    save->setText(tr("Save PNG…"));
    save->setToolTip(tr("Save this chart as a PNG image"));
    header->addWidget(save);
    layout->addLayout(header);

    m_stack = new QStackedWidget(this);
    m_view = new QChartView(m_stack);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(230);
    m_view->setAccessibleName(title);
    resetChart();
    m_stack->addWidget(m_view);
    m_tableView = new QTableView(m_stack);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(&m_table);
    sorted->setSortRole(MetricTableModel::SortRole);
    m_tableView->setModel(sorted);
    m_tableView->setSortingEnabled(true);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tableView->setAccessibleName(tr("%1 as a table").arg(title));
    m_stack->addWidget(m_tableView);
    layout->addWidget(m_stack, 1);

    connect(m_tableButton, &QToolButton::toggled, this, &ChartCard::showTable);
    connect(save, &QToolButton::clicked, this, &ChartCard::saveWithDialog);
}

QChart *ChartCard::chart() const
{
    return m_view->chart();
}

QChart *ChartCard::resetChart()
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old; // setChart() leaves the previous chart to its caller
    return chart;
}

QString ChartCard::title() const
{
    return m_title->text();
}

void ChartCard::showTable(bool table)
{
    m_stack->setCurrentIndex(table ? 1 : 0);
    if (m_tableButton->isChecked() != table)
        m_tableButton->setChecked(table);
}

bool ChartCard::isShowingTable() const
{
    return m_stack->currentIndex() == 1;
}

bool ChartCard::saveImage(const QString &path) const
{
    return m_view->grab().save(path, "PNG");
}

void ChartCard::saveWithDialog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), QDir(folder).filePath(title() + QStringLiteral(".png")),
                                                      tr("PNG images (*.png)"));
    if (!path.isEmpty())
        saveImage(path);
}

} // namespace baton
