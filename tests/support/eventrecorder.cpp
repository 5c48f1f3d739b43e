#include "support/eventrecorder.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace baton::test {

namespace {
QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
} // namespace

EventRecorder::EventRecorder(EngineFixture &fx)
{
    attach(fx.engine());
    fx.setBeforeStart([this](Engine &engine) { attach(engine); });
}

void EventRecorder::attach(Engine &engine)
{
    QObject::connect(&engine, &Engine::agentEvent,
                     [this](const QString &agent, qint64 seq, const QString &type, const QJsonObject &payload,
                            const QByteArray &) { m_sent[agent].append({seq, type, compact(payload)}); });
}

QList<SentEvent> resumedEvents(Engine &engine, const QString &agent, qint64 afterSeq, int limit, bool *gap)
{
    const EngineResult r = engine.eventsAfter(agent, afterSeq, limit);
    QList<SentEvent> list;
    for (const QJsonValue &v : r.payload[QStringLiteral("events")].toArray())
        list.append({v[QStringLiteral("seq")].toInteger(), v[QStringLiteral("type")].toString(),
                     compact(v[QStringLiteral("payload")].toObject())});
    if (gap)
        *gap = r.payload[QStringLiteral("gap")].toBool();
    return list;
}

QString streamDifference(const QList<SentEvent> &expected, const QList<SentEvent> &got)
{
    if (expected.size() != got.size())
        return QStringLiteral("%1 events instead of %2").arg(got.size()).arg(expected.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        const SentEvent &e = expected[i];
        const SentEvent &g = got[i];
        if (e.seq != g.seq || e.type != g.type || e.payload != g.payload)
            return QStringLiteral("event %1: sent %2 %3 %4, resumed %5 %6 %7")
                .arg(i)
                .arg(e.seq)
                .arg(e.type, QString::fromUtf8(e.payload))
                .arg(g.seq)
                .arg(g.type, QString::fromUtf8(g.payload));
    }
    return {};
}

} // namespace baton::test
