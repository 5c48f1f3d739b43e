#include "analyticsview.h"

#include "chartcard.h"
#include "client/recordsclient.h"
#include "client/transferrecordmodel.h"
#include "uitext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QCursor>
#include <QDate>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

namespace baton {

namespace {
const QColor volumeColor(0x4a, 0x7b, 0xb7);
const QColor goodColor(0x3a, 0x9a, 0x5b);
const QColor badColor(0xc8, 0x4b, 0x3c);
const QColor waitColor(0xd9, 0x9a, 0x2b);
const QColor referenceColor(0x80, 0x80, 0x80);

QString percent(double share)
{
    return QStringLiteral("%1%").arg(share * 100.0, 0, 'f', 1);
}

QBarCategoryAxis *categoryAxis(QChart *chart, const QStringList &labels, Qt::Alignment where = Qt::AlignBottom)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(labels);
    if (labels.size() > 12) { // a month of days: upright labels would overlap, shortened ones say nothing
        axis->setLabelsAngle(-90);
        axis->setTruncateLabels(false);
    }
    chart->addAxis(axis, where);
    return axis;
}

QValueAxis *valueAxis(QChart *chart, Qt::Alignment where, double max, const QString &format)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, max > 0 ? max * 1.1 : 1);
    axis->setLabelFormat(format);
    axis->applyNiceNumbers();
    chart->addAxis(axis, where);
    return axis;
}

// A dashed horizontal line at `y` across all `count` categories, e.g. 003's targets.
void referenceLine(QChart *chart, int count, double y, QAbstractAxis *x, QAbstractAxis *yAxis, const QString &name)
{
    auto *line = new QLineSeries;
    line->setName(name);
    line->append(-0.5, y);
    line->append(count - 0.5, y);
    QPen pen(referenceColor);
    pen.setStyle(Qt::DashLine);
    pen.setWidth(2);
    line->setPen(pen);
    chart->addSeries(line);
    line->attachAxis(x);
    line->attachAxis(yAxis);
}

// Hovering a bar shows its category and value.
void tooltips(QBarSet *set, const QStringList &labels, const std::function<QString(double)> &format)
{
    QObject::connect(set, &QBarSet::hovered, set, [set, labels, format](bool on, int index) {
        if (on && index >= 0 && index < labels.size())
            QToolTip::showText(QCursor::pos(), QStringLiteral("%1\n%2: %3").arg(labels[index], set->label(), format(set->at(index))));
        else
            QToolTip::hideText();
    });
}

void tooltips(QLineSeries *line, const QStringList &labels, const std::function<QString(double)> &format)
{
    QObject::connect(line, &QLineSeries::hovered, line, [line, labels, format](const QPointF &p, bool on) {
        const int index = int(std::lround(p.x()));
        if (on && index >= 0 && index < labels.size())
            QToolTip::showText(QCursor::pos(), QStringLiteral("%1\n%2: %3").arg(labels[index], line->name(), format(p.y())));
        else
            QToolTip::hideText();
    });
}

QLineSeries *lineOn(QChart *chart, const QString &name, const QColor &color, QAbstractAxis *x, QAbstractAxis *y)
{
    auto *line = new QLineSeries;
    line->setName(name);
    QPen pen(color);
    pen.setWidth(2);
    line->setPen(pen);
    line->setPointsVisible(true);
    chart->addSeries(line);
    line->attachAxis(x);
    line->attachAxis(y);
    return line;
}

// Day categories and a fixed value range for line charts; an empty series holds the axes, so the
// chart keeps its days even where a line has no point. Its legend marker is hidden.
std::pair<QBarCategoryAxis *, QValueAxis *> lineAxes(QChart *chart, const QStringList &days, double min, double max,
                                                     const QString &format)
{
    auto *axisHost = new QLineSeries;
    chart->addSeries(axisHost);
    QBarCategoryAxis *x = categoryAxis(chart, days);
    auto *y = new QValueAxis;
    y->setRange(min, max);
    y->setLabelFormat(format);
    chart->addAxis(y, Qt::AlignLeft);
    axisHost->attachAxis(x);
    axisHost->attachAxis(y);
    chart->legend()->markers(axisHost).first()->setVisible(false);
    return {x, y};
}

MetricTableModel::Cell number(double value, const QString &text)
{
    return {text, value};
}
MetricTableModel::Cell count(int value)
{
    return {QString::number(value), value};
}
MetricTableModel::Cell label(const QString &text)
{
    return {text, {}};
}
} // namespace

AnalyticsView::AnalyticsView(RecordsClient &client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("analyticsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    auto *bar = new QHBoxLayout;
    m_range = new QComboBox(this);
    m_range->setAccessibleName(tr("Period"));
    m_range->addItem(tr("Last 7 days"), 7);
    m_range->addItem(tr("Last 30 days"), 30);
    m_range->addItem(tr("Last 90 days"), 90);
    m_range->setCurrentIndex(1);
    bar->addWidget(m_range);
    m_department = new QComboBox(this);
    m_department->setAccessibleName(tr("Department"));
    m_department->addItem(tr("All departments"), QString());
    bar->addWidget(m_department);
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    bar->addWidget(refreshButton);
    m_status = new QLabel(this);
    bar->addWidget(m_status, 1);
    layout->addLayout(bar);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *grid = new QWidget(scroll);
    auto *gridLayout = new QGridLayout(grid);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(grid);
    layout->addWidget(scroll, 1);
    const QList<std::pair<const char *, QString>> cards{
        {"volume", tr("Transfers and success rate by day")},
        {"reasons", tr("Why transfers were rejected")},
        {"departments", tr("Transfers by receiving department")},
        {"cross", tr("Within vs. across departments")},
        {"responseTimes", tr("How fast offers were answered")},
        {"satisfaction", tr("Satisfaction after transfer")},
        {"firstResponse", tr("First response time")},
        {"resolution", tr("Resolution rate")}};
    for (const auto &[name, title] : cards) {
        ChartCard *card = addCard(QString::fromLatin1(name), title);
        gridLayout->addWidget(card, int(m_cards.size() - 1) / 2, int(m_cards.size() - 1) % 2);
    }

    connect(m_range, &QComboBox::currentIndexChanged, this, [this] { setDays(m_range->currentData().toInt()); });
    connect(m_department, &QComboBox::currentIndexChanged, this, &AnalyticsView::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &AnalyticsView::refresh);
    connect(&client.agentClient(), &AgentClient::stateChanged, this, [this](AgentClient::State state) {
        if (state == AgentClient::State::Online && !m_loadedOnce && m_pending == 0)
            refresh();
    });
    AgentClient &agents = client.agentClient();
    for (const QString &id : agents.departmentIds())
        m_department->addItem(agents.departmentName(id), id);
    if (agents.state() == AgentClient::State::Online)
        refresh();
}

ChartCard *AnalyticsView::addCard(const QString &name, const QString &title)
{
    auto *card = new ChartCard(title, this);
    card->setObjectName(name);
    m_cards.append(card);
    return card;
}

ChartCard *AnalyticsView::card(const QString &objectName) const
{
    for (ChartCard *c : m_cards) {
        if (c->objectName() == objectName)
            return c;
    }
    return nullptr;
}

void AnalyticsView::setDays(int days)
{
    m_days = days;
    if (int i = m_range->findData(days); i >= 0 && i != m_range->currentIndex())
        m_range->setCurrentIndex(i);
    refresh();
}

request::ReportQuery AnalyticsView::query() const
{
    request::ReportQuery q;
    const QDate today = QDate::currentDate();
    q.fromMs = today.addDays(1 - m_days).startOfDay().toMSecsSinceEpoch();
    q.toMs = today.addDays(1).startOfDay().toMSecsSinceEpoch();
    q.department = m_department->currentData().toString();
    q.utcOffsetMinutes = QDateTime::currentDateTime().offsetFromUtc() / 60;
    return q;
}

QString AnalyticsView::dayLabel(const QString &key) const
{
    return QDate::fromString(key, Qt::ISODate).toString(QStringLiteral("MM-dd"));
}

void AnalyticsView::replied()
{
    if (--m_pending > 0)
        return;
    m_loadedOnce = true;
    m_status->clear();
    emit loaded();
}

void AnalyticsView::refresh()
{
    const quint64 generation = ++m_generation;
    m_pending = 5; // four transfer groupings and the service metrics
    m_byDay.reset();
    m_serviceByDay.reset();
    m_status->setText(tr("Loading…"));
    const request::ReportQuery q = query();
    auto transfers = [this, generation](const char *groupBy, const request::ReportQuery &filter,
                                        std::function<void(const reply::TransferMetrics &)> show) {
        m_client.transferMetrics(filter, QString::fromLatin1(groupBy), this,
                                 [this, generation, show](const Result<reply::TransferMetrics> &r) {
                                     if (generation != m_generation)
                                         return;
                                     if (r)
                                         show(r.value());
                                     else
                                         m_status->setText(UiText::error(r.error(), UiText::Action::Load));
                                     replied();
                                 });
    };
    transfers("day", q, [this](const reply::TransferMetrics &m) {
        m_byDay = m;
        showVolume(m);
        showResponseTimes(m);
        if (m_serviceByDay)
            showSatisfaction(m, *m_serviceByDay);
    });
    request::ReportQuery rejected = q;
    rejected.states = {transferStateName(TransferState::Rejected)};
    transfers("reason", rejected, [this](const reply::TransferMetrics &m) { showReasons(m); });
    transfers("department", q, [this](const reply::TransferMetrics &m) { showDepartments(m); });
    transfers("crossDepartment", q, [this](const reply::TransferMetrics &m) { showCross(m); });
    m_client.serviceMetrics(q, QStringLiteral("day"), this, [this, generation](const Result<reply::ServiceMetrics> &r) {
        if (generation != m_generation)
            return;
        if (r) {
            m_serviceByDay = r.value();
            showFirstResponse(r.value());
            showResolution(r.value());
            if (m_byDay)
                showSatisfaction(*m_byDay, r.value());
        } else {
            m_status->setText(UiText::error(r.error(), UiText::Action::Load));
        }
        replied();
    });
}

void AnalyticsView::showVolume(const reply::TransferMetrics &m)
{
    ChartCard *card = this->card(QStringLiteral("volume"));
    QChart *chart = card->resetChart();
    QStringList days;
    auto *volume = new QBarSet(tr("Transfers"));
    volume->setColor(volumeColor);
    int most = 0;
    QList<QList<MetricTableModel::Cell>> rows;
    for (const auto &r : m.rows) {
        days.append(dayLabel(r.key));
        volume->append(r.count);
        most = std::max(most, r.count);
        rows.append({label(r.key), count(r.count), count(r.accepted), count(r.rejected), count(r.timeout),
                     number(r.successRate, percent(r.successRate))});
    }
    auto *bars = new QBarSeries;
    bars->append(volume);
    chart->addSeries(bars);
    QBarCategoryAxis *x = categoryAxis(chart, days);
    QValueAxis *left = valueAxis(chart, Qt::AlignLeft, most, QStringLiteral("%d"));
    bars->attachAxis(x);
    bars->attachAxis(left);
    QValueAxis *right = valueAxis(chart, Qt::AlignRight, 100, QStringLiteral("%d%%"));
    right->setRange(0, 100);
    QLineSeries *success = lineOn(chart, tr("Success rate"), goodColor, x, right);
    for (qsizetype i = 0; i < m.rows.size(); ++i)
        success->append(double(i), m.rows[i].successRate * 100.0);
    tooltips(volume, days, [](double v) { return QString::number(int(v)); });
    tooltips(success, days, [](double v) { return QStringLiteral("%1%").arg(v, 0, 'f', 1); });
    card->table().setTable({tr("Day"), tr("Transfers"), tr("Accepted"), tr("Rejected"), tr("Timed out"), tr("Success rate")},
                           rows);
}

void AnalyticsView::showReasons(const reply::TransferMetrics &m)
{
    ChartCard *card = this->card(QStringLiteral("reasons"));
    QChart *chart = card->resetChart();
    QList<reply::TransferMetricRow> sorted = m.rows;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.count < b.count; });
    if (sorted.size() > 8)
        sorted = sorted.mid(sorted.size() - 8); // the most frequent, largest at the top
    QStringList reasons;
    auto *set = new QBarSet(tr("Rejections"));
    set->setColor(badColor);
    int most = 0;
    QList<QList<MetricTableModel::Cell>> rows;
    for (const auto &r : sorted) {
        const QString reason = r.key.isEmpty() ? tr("(no reason given)") : r.key;
        reasons.append(reason.size() > 16 ? reason.left(15) + QChar(0x2026) : reason);
        set->append(r.count);
        most = std::max(most, r.count);
    }
    for (auto it = sorted.crbegin(); it != sorted.crend(); ++it)
        rows.append({label(it->key.isEmpty() ? tr("(no reason given)") : it->key), count(it->count)});
    auto *bars = new QHorizontalBarSeries;
    bars->append(set);
    chart->addSeries(bars);
    QBarCategoryAxis *y = categoryAxis(chart, reasons, Qt::AlignLeft);
    QValueAxis *x = valueAxis(chart, Qt::AlignBottom, most, QStringLiteral("%d"));
    bars->attachAxis(y);
    bars->attachAxis(x);
    chart->legend()->hide();
    tooltips(set, reasons, [](double v) { return QString::number(int(v)); });
    card->table().setTable({tr("Reason"), tr("Rejections")}, rows);
}

void AnalyticsView::showDepartments(const reply::TransferMetrics &m)
{
    ChartCard *card = this->card(QStringLiteral("departments"));
    QChart *chart = card->resetChart();
    QStringList names;
    auto *accepted = new QBarSet(TransferRecordModel::stateText(TransferState::Accepted));
    auto *rejected = new QBarSet(TransferRecordModel::stateText(TransferState::Rejected));
    auto *timedOut = new QBarSet(TransferRecordModel::stateText(TransferState::Timeout));
    accepted->setColor(goodColor);
    rejected->setColor(badColor);
    timedOut->setColor(waitColor);
    int most = 0;
    QList<QList<MetricTableModel::Cell>> rows;
    for (const auto &r : m.rows) {
        const QString name = r.label.isEmpty() ? m_client.agentClient().departmentName(r.key) : r.label;
        names.append(name);
        accepted->append(r.accepted);
        rejected->append(r.rejected);
        timedOut->append(r.timeout);
        most = std::max(most, r.accepted + r.rejected + r.timeout);
        rows.append({label(name), count(r.count), count(r.accepted), count(r.rejected), count(r.timeout),
                     number(r.successRate, percent(r.successRate))});
    }
    auto *bars = new QStackedBarSeries;
    bars->append({accepted, rejected, timedOut});
    chart->addSeries(bars);
    QBarCategoryAxis *x = categoryAxis(chart, names);
    QValueAxis *y = valueAxis(chart, Qt::AlignLeft, most, QStringLiteral("%d"));
    bars->attachAxis(x);
    bars->attachAxis(y);
    for (QBarSet *set : {accepted, rejected, timedOut})
        tooltips(set, names, [](double v) { return QString::number(int(v)); });
    card->table().setTable({tr("Department"), tr("Transfers"), tr("Accepted"), tr("Rejected"), tr("Timed out"),
                            tr("Success rate")},
                           rows);
}

void AnalyticsView::showCross(const reply::TransferMetrics &m)
{
    ChartCard *card = this->card(QStringLiteral("cross"));
    QChart *chart = card->resetChart();
    auto *pie = new QPieSeries;
    QList<QList<MetricTableModel::Cell>> rows;
    for (const auto &r : m.rows) {
        const bool cross = r.key == QLatin1String("true");
        const QString name = cross ? tr("Cross-department") : tr("Within a department");
        // The slice's size is the share of transfers; the label says what the percentage is, or it
        // reads as that share.
        QPieSlice *slice = pie->append(
            tr("%1: %2 · success rate %3").arg(name).arg(r.count).arg(percent(r.successRate)), r.count);
        slice->setColor(cross ? waitColor : volumeColor);
        slice->setLabelVisible(true);
        connect(slice, &QPieSlice::hovered, slice, [slice](bool on) {
            slice->setExploded(on);
            if (on)
                QToolTip::showText(QCursor::pos(), slice->label());
        });
        rows.append({label(name), count(r.count), number(r.successRate, percent(r.successRate)),
                     number(r.avgResponseMs, TransferRecordModel::durationText(r.avgResponseMs)),
                     r.csatAfterTransfer ? number(*r.csatAfterTransfer, QString::number(*r.csatAfterTransfer, 'f', 2)) : label({})});
    }
    pie->setPieSize(0.4); // room for the labels on both sides
    pie->setHorizontalPosition(0.48); // the longer label is the one on the right
    chart->addSeries(pie);
    chart->legend()->hide();
    card->table().setTable({tr("Kind"), tr("Transfers"), tr("Success rate"), tr("Average response"),
                            tr("Satisfaction after transfer")},
                           rows);
}

void AnalyticsView::showResponseTimes(const reply::TransferMetrics &m)
{
    ChartCard *card = this->card(QStringLiteral("responseTimes"));
    QChart *chart = card->resetChart();
    QStringList buckets;
    qint64 lower = 0;
    for (qint64 upTo : m.histogramUpToMs) {
        buckets.append(tr("%1–%2 s").arg(lower / 1000).arg(upTo / 1000));
        lower = upTo;
    }
    buckets.append(tr("> %1 s").arg(lower / 1000));
    auto *set = new QBarSet(tr("Answered offers"));
    set->setColor(volumeColor);
    int most = 0;
    QList<QList<MetricTableModel::Cell>> rows;
    for (qsizetype i = 0; i < m.histogramCounts.size() && i < buckets.size(); ++i) {
        set->append(m.histogramCounts[i]);
        most = std::max(most, m.histogramCounts[i]);
        rows.append({{buckets[i], i}, count(m.histogramCounts[i])});
    }
    auto *bars = new QBarSeries;
    bars->append(set);
    chart->addSeries(bars);
    QBarCategoryAxis *x = categoryAxis(chart, buckets);
    QValueAxis *y = valueAxis(chart, Qt::AlignLeft, most, QStringLiteral("%d"));
    bars->attachAxis(x);
    bars->attachAxis(y);
    chart->legend()->hide();
    tooltips(set, buckets, [](double v) { return QString::number(int(v)); });
    card->table().setTable({tr("Answered within"), tr("Offers")}, rows);
}

void AnalyticsView::showSatisfaction(const reply::TransferMetrics &transfers, const reply::ServiceMetrics &service)
{
    ChartCard *card = this->card(QStringLiteral("satisfaction"));
    QChart *chart = card->resetChart();
    QStringList days;
    QHash<QString, double> afterTransfer;
    for (const auto &r : transfers.rows) {
        if (r.csatAfterTransfer)
            afterTransfer.insert(r.key, *r.csatAfterTransfer);
    }
    QList<QList<MetricTableModel::Cell>> rows;
    for (const auto &r : service.rows)
        days.append(dayLabel(r.key));
    const auto [x, y] = lineAxes(chart, days, 1, 5, QStringLiteral("%.1f"));
    QLineSeries *all = lineOn(chart, tr("All conversations"), volumeColor, x, y);
    QLineSeries *after = lineOn(chart, tr("After a transfer"), waitColor, x, y);
    for (qsizetype i = 0; i < service.rows.size(); ++i) {
        const auto &r = service.rows[i];
        if (r.satisfactionAvg)
            all->append(double(i), *r.satisfactionAvg);
        if (afterTransfer.contains(r.key))
            after->append(double(i), afterTransfer.value(r.key));
        const auto cell = [](std::optional<double> v) {
            return v ? number(*v, QString::number(*v, 'f', 2)) : label(QStringLiteral("—"));
        };
        rows.append({label(r.key), cell(r.satisfactionAvg),
                     cell(afterTransfer.contains(r.key) ? std::optional<double>(afterTransfer.value(r.key)) : std::nullopt),
                     count(r.rated)});
    }
    referenceLine(chart, int(days.size()), service.satisfactionTarget, x, y,
                  tr("Target %1").arg(service.satisfactionTarget, 0, 'f', 1));
    const auto format = [](double v) { return QString::number(v, 'f', 2); };
    tooltips(all, days, format);
    tooltips(after, days, format);
    card->table().setTable({tr("Day"), tr("All conversations"), tr("After a transfer"), tr("Ratings")}, rows);
}

void AnalyticsView::showFirstResponse(const reply::ServiceMetrics &m)
{
    ChartCard *card = this->card(QStringLiteral("firstResponse"));
    QChart *chart = card->resetChart();
    QStringList days;
    auto *set = new QBarSet(tr("Average first response (s)"));
    set->setColor(volumeColor);
    double most = double(m.firstResponseTargetMs) / 1000.0;
    QList<QList<MetricTableModel::Cell>> rows;
    for (const auto &r : m.rows) {
        days.append(dayLabel(r.key));
        const double seconds = double(r.avgFirstResponseMs) / 1000.0;
        set->append(seconds);
        most = std::max(most, seconds);
        rows.append({label(r.key), number(seconds, QString::number(seconds, 'f', 1)),
                     number(r.firstResponseWithinTarget, percent(r.firstResponseWithinTarget)), count(r.leftWhileWaiting)});
    }
    auto *bars = new QBarSeries;
    bars->append(set);
    chart->addSeries(bars);
    QBarCategoryAxis *x = categoryAxis(chart, days);
    QValueAxis *y = valueAxis(chart, Qt::AlignLeft, most, QStringLiteral("%d s"));
    bars->attachAxis(x);
    bars->attachAxis(y);
    referenceLine(chart, int(days.size()), double(m.firstResponseTargetMs) / 1000.0, x, y,
                  tr("Target ≤ %1 s").arg(m.firstResponseTargetMs / 1000));
    tooltips(set, days, [](double v) { return QStringLiteral("%1 s").arg(v, 0, 'f', 1); });
    card->table().setTable({tr("Day"), tr("Average first response (s)"), tr("Within target"), tr("Left while waiting")},
                           rows);
}

void AnalyticsView::showResolution(const reply::ServiceMetrics &m)
{
    ChartCard *card = this->card(QStringLiteral("resolution"));
    QChart *chart = card->resetChart();
    QStringList days;
    for (const auto &r : m.rows)
        days.append(dayLabel(r.key));
    const auto [x, y] = lineAxes(chart, days, 0, 100, QStringLiteral("%d%%"));
    QLineSeries *rate = lineOn(chart, tr("Resolved"), goodColor, x, y);
    QList<QList<MetricTableModel::Cell>> rows;
    for (qsizetype i = 0; i < m.rows.size(); ++i) {
        const auto &r = m.rows[i];
        rate->append(double(i), r.resolutionRate * 100.0);
        rows.append({label(r.key), count(r.closed), count(r.resolved), number(r.resolutionRate, percent(r.resolutionRate))});
    }
    referenceLine(chart, int(days.size()), m.resolutionTarget * 100.0, x, y,
                  tr("Target ≥ %1%").arg(int(std::lround(m.resolutionTarget * 100.0))));
    tooltips(rate, days, [](double v) { return QStringLiteral("%1%").arg(v, 0, 'f', 1); });
    card->table().setTable({tr("Day"), tr("Closed"), tr("Resolved"), tr("Resolution rate")}, rows);
}

} // namespace baton
