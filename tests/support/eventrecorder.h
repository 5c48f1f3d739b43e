#pragma once

#include "support/enginefixture.h"

#include <QHash>
#include <QList>

namespace baton::test {

// An agent event as sent live or returned by RESUME. The payload is compact JSON text: numbers read
// back from the file are doubles, sent ones integers, so objects would not compare equal.
struct SentEvent {
    qint64 seq;
    QString type;
    QByteArray payload;
};

// Keeps what the fixture's engines sent to each agent, across restarts, including what an engine
// sends while it starts (deadlines that passed while it was down).
class EventRecorder {
public:
    explicit EventRecorder(EngineFixture &fx);
    QList<SentEvent> sentTo(const QString &agent) const { return m_sent.value(agent); }

private:
    void attach(Engine &engine);
    QHash<QString, QList<SentEvent>> m_sent;
};

// The agent's events after `afterSeq` as RESUME returns them (Engine::eventsAfter).
QList<SentEvent> resumedEvents(Engine &engine, const QString &agent, qint64 afterSeq, int limit, bool *gap = nullptr);
// Empty if both streams are the same, else where they first differ.
QString streamDifference(const QList<SentEvent> &expected, const QList<SentEvent> &got);

} // namespace baton::test
