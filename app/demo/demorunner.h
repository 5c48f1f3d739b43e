#pragma once

#include "demo/demoscript.h"
#include "demo/simulatedcolleague.h"

#include <QTimer>
#include <QUrl>
#include <memory>
#include <vector>

namespace baton {

class TeamConfig;

// Runs the demo around an engine: simulated colleagues for every agent except the human's, and a
// trickle of demo customers on the visitor endpoint.
class DemoRunner : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString humanUser = QStringLiteral("demo"); // left free for a person to log in as
        int customerIntervalMs = 20000;
        int initialCustomers = 4;
        int maxCustomers = 25;
        int burstEvery = 6; // every sixth customer tick brings a burst instead of one customer
        int burstSize = 6;
        QString colleaguePassword = QStringLiteral("baton");
    };

    DemoRunner(const QUrl &agentUrl, const QUrl &visitorUrl, const TeamConfig &team, const Options &options,
               QObject *parent = nullptr);

private:
    void spawnCustomer();

    QUrl m_visitorUrl;
    Options m_options;
    DemoScript m_script;
    QStringList m_customerIds;
    QString m_identitySecret; // the demo shop signs its known customers' ids
    std::vector<std::unique_ptr<SimulatedColleague>> m_colleagues;
    QTimer m_customerTimer;
    QRandomGenerator m_random{20261121};
    int m_activeCustomers = 0;
    int m_ticks = 0;
};

} // namespace baton
