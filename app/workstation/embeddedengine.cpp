#include "embeddedengine.h"

namespace baton {

EmbeddedEngine::EmbeddedEngine(const EngineHost::Options &options)
    : m_options(options)
{
    m_thread.setObjectName(QStringLiteral("baton-engine"));
}

EmbeddedEngine::~EmbeddedEngine()
{
    if (m_context) {
        QMetaObject::invokeMethod(m_context, [this] { delete m_host; m_host = nullptr; }, Qt::BlockingQueuedConnection);
        m_context->deleteLater();
    }
    m_thread.quit();
    m_thread.wait();
}

bool EmbeddedEngine::start(QString *error)
{
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    bool ok = false;
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            m_host = new EngineHost;
            ok = m_host->start(m_options, error);
            m_agentUrl = m_host->agentUrl();
            m_visitorUrl = m_host->visitorUrl();
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

void EmbeddedEngine::startDemo(int customerIntervalMs, int initialCustomers)
{
    QMetaObject::invokeMethod(m_context, [this, customerIntervalMs, initialCustomers] {
        m_host->startDemo(customerIntervalMs, initialCustomers);
    });
}

} // namespace baton
