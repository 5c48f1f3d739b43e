#pragma once

#include "host/enginehost.h"

#include <QThread>
#include <QUrl>

namespace baton {

// The engine inside the workstation (F6.3): an EngineHost on its own thread, listening on
// 127.0.0.1. The window talks to it over WebSockets like any remote client — no shortcut.
class EmbeddedEngine {
public:
    explicit EmbeddedEngine(const EngineHost::Options &options);
    ~EmbeddedEngine();
    EmbeddedEngine(const EmbeddedEngine &) = delete;
    EmbeddedEngine &operator=(const EmbeddedEngine &) = delete;

    // Blocks until the engine listens (or failed).
    bool start(QString *error);
    QUrl agentUrl() const { return m_agentUrl; }
    QUrl visitorUrl() const { return m_visitorUrl; }
    void startDemo(int customerIntervalMs, int initialCustomers);

private:
    EngineHost::Options m_options;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; the target of calls into it
    EngineHost *m_host = nullptr; // created, used and deleted on m_thread only
    QUrl m_agentUrl;
    QUrl m_visitorUrl;
};

} // namespace baton
