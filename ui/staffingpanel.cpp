#include "staffingpanel.h"

#include "client/teamclient.h"
#include "core/erlangc.h"
#include "uitext.h"

#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <cmath>

namespace baton {

StaffingPanel::StaffingPanel(TeamClient &team, QWidget *parent)
    : QWidget(parent), m_team(team), m_text(new QLabel(this)), m_chartView(new QChartView(this)),
      m_curve(new QLineSeries), m_now(new QScatterSeries), m_agentsAxis(new QValueAxis),
      m_waitAxis(new QValueAxis)
{
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->addSeries(m_curve);
    chart->addSeries(m_now);
    m_now->setMarkerSize(9);
    m_agentsAxis->setLabelFormat(QStringLiteral("%d"));
    m_agentsAxis->setTitleText(tr("agents"));
    m_waitAxis->setLabelFormat(QStringLiteral("%d"));
    m_waitAxis->setTitleText(tr("wait (s)"));
    chart->addAxis(m_agentsAxis, Qt::AlignBottom);
    chart->addAxis(m_waitAxis, Qt::AlignLeft);
    for (QAbstractSeries *s :
         {static_cast<QAbstractSeries *>(m_curve), static_cast<QAbstractSeries *>(m_now)}) {
        s->attachAxis(m_agentsAxis);
        s->attachAxis(m_waitAxis);
    }
    m_chartView->setChart(chart);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumWidth(300);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_chartView, 1);
    connect(&m_team, &TeamClient::snapshotApplied, this, &StaffingPanel::refresh);
    refresh();
}

QString StaffingPanel::summary() const
{
    return m_text->text();
}

void StaffingPanel::refresh()
{
    const reply::Staffing &s = m_team.staffing();
    if (s.arrivalsLastHour == m_arrivals && s.averageHandlingMs == m_handlingMs && s.onDuty == m_onDuty)
        return; // unchanged inputs: keep the plot still
    m_arrivals = s.arrivalsLastHour;
    m_handlingMs = s.averageHandlingMs;
    m_onDuty = s.onDuty;
    const double handlingSeconds = double(s.averageHandlingMs) / 1000;
    const ErlangC model(double(s.arrivalsLastHour) / 3600, handlingSeconds);
    const int needed = model.agentsNeeded(targetSeconds, targetShare);
    QString text = tr("Last hour: %n customer(s); typical handling %1.", nullptr, s.arrivalsLastHour)
                       .arg(UiText::waitingTime(qint64(handlingSeconds)));
    if (needed <= 0) {
        text += QLatin1Char('\n') + tr("Too little traffic to size the team.");
    } else {
        text += QLatin1Char('\n') + tr("For %1% answered within %2 s you need %n agent(s).", nullptr, needed)
                                        .arg(qRound(targetShare * 100))
                                        .arg(int(targetSeconds));
        const double wait = model.averageWaitSeconds(s.onDuty);
        text += QLatin1Char('\n') +
                (std::isinf(wait) ? tr("With %n on duty the queue keeps growing.", nullptr, s.onDuty)
                                  : tr("With %n on duty customers wait %1 on average.", nullptr, s.onDuty)
                                        .arg(UiText::waitingTime(qRound64(wait))));
    }
    m_text->setText(text);
    m_curve->clear();
    m_now->clear();
    if (needed <= 0) {
        m_agentsAxis->setRange(0, 5);
        m_waitAxis->setRange(0, 60);
        return;
    }
    const int first = std::max(1, int(std::floor(model.offeredLoad())) + 1);
    const int last = std::max(needed + 3, s.onDuty + 1);
    double top = 10;
    for (int c = first; c <= last; ++c) {
        const double wait = model.averageWaitSeconds(c);
        m_curve->append(c, wait);
        top = std::max(top, wait);
    }
    top = std::min(top, 600.0);
    if (s.onDuty >= first)
        m_now->append(s.onDuty, std::min(top, model.averageWaitSeconds(s.onDuty)));
    m_agentsAxis->setRange(first, last);
    m_agentsAxis->setTickCount(std::min(8, last - first + 1));
    m_waitAxis->setRange(0, std::ceil(top / 10) * 10);
}

} // namespace baton
