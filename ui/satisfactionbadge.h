#pragma once

#include <QLabel>
#include <QTimer>

namespace baton {

class RecordsClient;

// The signed-in agent's own customer satisfaction today, small enough for a status bar or a
// "my day" panel: "Satisfaction today 4.6 (12)". Refreshed when online and every few minutes.
class SatisfactionBadge : public QLabel {
    Q_OBJECT
public:
    explicit SatisfactionBadge(RecordsClient &client, QWidget *parent = nullptr);
    void refresh();
    bool hasFigure() const { return m_rated >= 0; }

signals:
    void updated();

private:
    RecordsClient &m_client;
    QTimer m_timer;
    int m_rated = -1;
};

} // namespace baton
