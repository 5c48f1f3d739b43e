#pragma once

#include <QWidget>

class QLabel;
class QChartView;
class QLineSeries;
class QValueAxis;
class QScatterSeries;

namespace baton {

class TeamClient;

// F2 staffing what-if: Erlang C over the last hour's arrivals and the typical handling time gives
// the agents needed for the service level (80 % answered within 20 s) and the average wait to
// expect with the agents on duty now, plus a small plot of expected wait against agents.
class StaffingPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr double targetSeconds = 20;
    static constexpr double targetShare = 0.8;

    explicit StaffingPanel(TeamClient &team, QWidget *parent = nullptr);
    QString summary() const;

private:
    void refresh();

    TeamClient &m_team;
    QLabel *m_text;
    QChartView *m_chartView;
    QLineSeries *m_curve;
    QScatterSeries *m_now;
    QValueAxis *m_agentsAxis;
    QValueAxis *m_waitAxis;
    int m_arrivals = -1;
    qint64 m_handlingMs = -1;
    int m_onDuty = -1;
};

} // namespace baton
