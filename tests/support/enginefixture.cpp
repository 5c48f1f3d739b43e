#include "support/enginefixture.h"

#include "engine/teamconfig.h"
#include "support/testteam.h"

#include <QTest>

namespace baton::test {

EngineFixture::EngineFixture(int transferTimeoutMs, int techTimeoutMs)
    : m_timeoutMs(transferTimeoutMs)
    , m_techTimeoutMs(techTimeoutMs)
{
    open();
}

EngineFixture::EngineFixture(const QByteArray &teamJson)
    : m_timeoutMs(30000)
    , m_techTimeoutMs(0)
    , m_teamJson(teamJson)
{
    open();
}

EngineFixture::~EngineFixture() = default;

QString EngineFixture::databasePath() const
{
    return m_dir.filePath(QStringLiteral("engine.db"));
}

void EngineFixture::open()
{
    QString error;
    const auto team = TeamConfig::parse(m_teamJson.isEmpty() ? teamJson(m_timeoutMs, m_techTimeoutMs) : m_teamJson, &error);
    QVERIFY2(team, qPrintable(error));
    m_database = std::make_unique<Database>(Database::Options{databasePath(), false});
    QVERIFY2(m_database->open(), qPrintable(m_database->error()));
    m_store = std::make_unique<Store>(*m_database);
    m_engine = std::make_unique<Engine>(*m_store, m_clock, team->engine);
    QVERIFY2(m_engine->importTeam(*team, &error), qPrintable(error));
    if (m_beforeStart)
        m_beforeStart(*m_engine);
    QVERIFY2(m_engine->start(&error), qPrintable(error));
}

void EngineFixture::restart(qint64 downtimeMs)
{
    m_engine.reset();
    m_store.reset();
    m_database.reset();
    m_clock.advance(downtimeMs);
    open();
}

void EngineFixture::connect(std::initializer_list<const char *> agents)
{
    for (const char *a : agents)
        m_engine->agentConnected(QString::fromLatin1(a));
}

qint64 EngineFixture::startConversation(const QString &skill, const QString &text, const QString &customerId)
{
    const EngineResult r = m_engine->startVisitor({QStringLiteral("访客"), customerId, skill, text, true, {}});
    if (!r.ok())
        qWarning() << "startVisitor failed:" << r.error->message;
    return qint64(r.payload.value(QStringLiteral("conversationId")).toDouble());
}

qint64 EngineFixture::pendingTransferId(qint64 conversationId) const
{
    const auto it = m_engine->state().pendingTransfers.constFind(conversationId);
    return it == m_engine->state().pendingTransfers.cend() ? 0 : it->id;
}

} // namespace baton::test
