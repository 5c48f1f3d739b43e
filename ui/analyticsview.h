#pragma once

#include "protocol/reportreplies.h"
#include "protocol/reportrequests.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;

namespace baton {

class ChartCard;
class RecordsClient;

// F4.3: transfer and service analytics as charts — volume and success rate by day, rejection
// reasons, departments, in- versus cross-department, response times, satisfaction after transfer,
// first response and resolution against 003's reference lines. Every chart has its numbers as a
// table and can be saved as PNG; hovering a bar or point tells its value.
class AnalyticsView : public QWidget {
    Q_OBJECT
public:
    explicit AnalyticsView(RecordsClient &client, QWidget *parent = nullptr);

    void setDays(int days);
    void refresh();
    QList<ChartCard *> cards() const { return m_cards; }
    ChartCard *card(const QString &objectName) const;
    // True once every chart of the last refresh has its reply.
    bool isLoaded() const { return m_pending == 0 && m_loadedOnce; }

signals:
    void loaded();

private:
    request::ReportQuery query() const;
    ChartCard *addCard(const QString &name, const QString &title);
    void replied();
    void showVolume(const reply::TransferMetrics &m);
    void showReasons(const reply::TransferMetrics &m);
    void showDepartments(const reply::TransferMetrics &m);
    void showCross(const reply::TransferMetrics &m);
    void showResponseTimes(const reply::TransferMetrics &m);
    void showSatisfaction(const reply::TransferMetrics &transfers, const reply::ServiceMetrics &service);
    void showFirstResponse(const reply::ServiceMetrics &m);
    void showResolution(const reply::ServiceMetrics &m);
    QString dayLabel(const QString &key) const;

    RecordsClient &m_client;
    QComboBox *m_range = nullptr;
    QComboBox *m_department = nullptr;
    QLabel *m_status = nullptr;
    QList<ChartCard *> m_cards;
    std::optional<reply::TransferMetrics> m_byDay;
    std::optional<reply::ServiceMetrics> m_serviceByDay;
    int m_days = 30;
    int m_pending = 0;
    quint64 m_generation = 0;
    bool m_loadedOnce = false;
};

} // namespace baton
