#include "demo/demorunner.h"

#include "core/customeridentity.h"
#include "demo/democustomer.h"
#include "engine/teamconfig.h"

namespace baton {

DemoRunner::DemoRunner(const QUrl &agentUrl, const QUrl &visitorUrl, const TeamConfig &team, const Options &options,
                       QObject *parent)
    : QObject(parent)
    , m_visitorUrl(visitorUrl)
    , m_options(options)
    , m_script(DemoScript::load())
{
    quint32 seed = 1;
    for (const AgentRecord &r : team.agents) {
        if (r.agent.id == options.humanUser)
            continue;
        m_colleagues.push_back(std::make_unique<SimulatedColleague>(agentUrl, r.agent.id, options.colleaguePassword,
                                                                    m_script, ColleagueBehaviour{}, seed++));
    }
    m_identitySecret = team.engine.identitySecret;
    for (const Customer &c : team.customers)
        m_customerIds.append(c.id);
    connect(&m_customerTimer, &QTimer::timeout, this, [this] {
        // Every few ticks a burst arrives together, so the team lead sees queues form and drain.
        if (m_options.burstEvery > 0 && ++m_ticks % m_options.burstEvery == 0) {
            for (int i = 0; i < m_options.burstSize; ++i)
                QTimer::singleShot(i * 1200, this, &DemoRunner::spawnCustomer);
        } else {
            spawnCustomer();
        }
    });
    m_customerTimer.start(options.customerIntervalMs);
    // A first wave shortly after start, once the colleagues have logged in.
    for (int i = 0; i < options.initialCustomers; ++i)
        QTimer::singleShot(1500 + i * 700, this, &DemoRunner::spawnCustomer);
}

void DemoRunner::spawnCustomer()
{
    if (m_activeCustomers >= m_options.maxCustomers || m_script.questions.isEmpty())
        return;
    const auto &question = m_script.questions.at(qsizetype(m_random.bounded(quint32(m_script.questions.size()))));
    // About one customer in five is a known (often VIP) customer.
    const QString customerId = !m_customerIds.isEmpty() && m_random.bounded(5u) == 0
                                   ? m_customerIds.at(qsizetype(m_random.bounded(quint32(m_customerIds.size()))))
                                   : QString();
    const QString signature = customerId.isEmpty() ? QString() : CustomerIdentity::sign(m_identitySecret, customerId);
    auto *customer = new DemoCustomer(m_visitorUrl, question, customerId, signature, m_script, m_random.generate(), this);
    ++m_activeCustomers;
    connect(customer, &DemoCustomer::finished, this, [this, customer] {
        --m_activeCustomers;
        customer->deleteLater();
    }, Qt::SingleShotConnection);
}

} // namespace baton
