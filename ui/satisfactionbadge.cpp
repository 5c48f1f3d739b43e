#include "satisfactionbadge.h"

#include "client/recordsclient.h"

#include <QDate>

namespace baton {

namespace {
constexpr int refreshMs = 5 * 60 * 1000;
}

SatisfactionBadge::SatisfactionBadge(RecordsClient &client, QWidget *parent)
    : QLabel(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("satisfactionToday"));
    setAccessibleName(tr("Your satisfaction today"));
    m_timer.setInterval(refreshMs);
    connect(&m_timer, &QTimer::timeout, this, &SatisfactionBadge::refresh);
    m_timer.start();
    connect(&client.agentClient(), &AgentClient::stateChanged, this, [this](AgentClient::State state) {
        if (state == AgentClient::State::Online)
            refresh();
    });
    if (client.agentClient().state() == AgentClient::State::Online)
        refresh();
}

void SatisfactionBadge::refresh()
{
    request::ReportQuery q;
    q.fromMs = QDate::currentDate().startOfDay().toMSecsSinceEpoch();
    q.agent = m_client.agentClient().agentId(); // one's own, whatever else the role may read
    m_client.serviceMetrics(q, QStringLiteral("agent"), this, [this](const Result<reply::ServiceMetrics> &r) {
        if (!r)
            return; // keep the last figure; the connection state says the rest
        int rated = 0;
        double sum = 0;
        for (const auto &row : r->rows) {
            rated += row.rated;
            sum += row.satisfactionAvg.value_or(0) * row.rated;
        }
        m_rated = rated;
        if (rated == 0) {
            setText(tr("Satisfaction today: no ratings yet"));
        } else {
            const double average = sum / rated;
            setText(tr("Satisfaction today %1 (%n rating(s))", nullptr, rated).arg(average, 0, 'f', 1));
            setStyleSheet(average >= r->satisfactionTarget ? QStringLiteral("color:#2e7d32")
                                                           : QStringLiteral("color:#b26a00"));
        }
        emit updated();
    });
}

} // namespace baton
