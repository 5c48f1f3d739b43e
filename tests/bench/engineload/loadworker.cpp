#include "loadworker.h"

#include "loadstats.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QWebSocket>
#include <cstdio>
#include <unistd.h>

namespace baton::load {

namespace {
// LOGIN attempts in flight per process: batond counts every admitted attempt per address until its
// verdict (issue 13.3), and all load processes share 127.0.0.1.
constexpr int maxLoginsInFlight = 6;
constexpr int maxStartsInFlight = 32;
constexpr size_t maxSamples = 20000;
const QString stampMarker = QStringLiteral("load ");

qint64 idOf(const QJsonObject &o, const char *key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}
} // namespace

LoadWorker::LoadWorker(const Options &options, QObject *parent) : QObject(parent), m_options(options)
{
    m_stdin = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_stdin, &QSocketNotifier::activated, this, &LoadWorker::onCommand);
    m_pace.setTimerType(Qt::PreciseTimer);
    m_pace.setInterval(1);
    connect(&m_pace, &QTimer::timeout, this, &LoadWorker::paceTick);
    m_end.setSingleShot(true);
    connect(&m_end, &QTimer::timeout, this, [this] {
        m_endReached = true;
        if (m_transfersLeft < 0) // back to back until now: the one in flight is the last
            m_transfersLeft = 0;
        maybeFinish();
    });
    m_cap.setSingleShot(true);
    connect(&m_cap, &QTimer::timeout, this, [this] {
        if (m_running && m_transfersLeft > 0) {
            m_transfersLeft = 0;
            maybeFinish();
        }
    });
    connect(&m_interval, &QTimer::timeout, this, [this] {
        QJsonObject line = takeFigures();
        line.insert(QStringLiteral("event"), QStringLiteral("interval"));
        emitLine(line);
    });
}

LoadWorker::~LoadWorker() = default;

void LoadWorker::emitLine(const QJsonObject &line)
{
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
}

void LoadWorker::onCommand()
{
    char buffer[4096];
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n <= 0) { // the coordinator went away
        QCoreApplication::exit(0);
        return;
    }
    m_inputBuffer.append(buffer, n);
    qsizetype end = 0;
    while ((end = m_inputBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_inputBuffer.left(end);
        m_inputBuffer.remove(0, end + 1);
        handle(QJsonDocument::fromJson(line).object());
    }
}

void LoadWorker::handle(const QJsonObject &c)
{
    const QString cmd = c.value(QStringLiteral("cmd")).toString();
    if (cmd == QLatin1String("agents"))
        connectAgents();
    else if (cmd == QLatin1String("customers"))
        connectCustomers();
    else if (cmd == QLatin1String("closed"))
        runClosed(c.value(QStringLiteral("seconds")).toDouble(), c.value(QStringLiteral("window")).toInt(1));
    else if (cmd == QLatin1String("open"))
        runOpen(c.value(QStringLiteral("seconds")).toDouble(), c.value(QStringLiteral("rate")).toDouble(),
                c.value(QStringLiteral("transfers")).toInt(), c.value(QStringLiteral("interval")).toDouble());
    else if (cmd == QLatin1String("stop")) {
        m_transfersLeft = 0;
        m_endReached = true;
        maybeFinish();
    } else if (cmd == QLatin1String("quit"))
        QCoreApplication::exit(0);
}

void LoadWorker::request(Link &link, const QString &type, const QJsonObject &payload, Reply reply)
{
    const QString id = QString::number(++link.nextId);
    const QJsonObject frame{
        {QStringLiteral("type"), type}, {QStringLiteral("id"), id}, {QStringLiteral("payload"), payload}};
    if (reply)
        link.pending.insert(id, std::move(reply));
    link.socket->sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void LoadWorker::onFrame(Link &link, const QString &text,
                         const std::function<void(const QString &, const QJsonObject &)> &event)
{
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = frame.value(QStringLiteral("type")).toString();
    const QJsonObject payload = frame.value(QStringLiteral("payload")).toObject();
    const bool isReply = type == QLatin1String("RESULT") || type == QLatin1String("ERROR");
    if (m_options.echo || isReply) {
        // The echo server returns the request itself: its id answers it, as a RESULT would.
        const Reply reply = link.pending.take(frame.value(QStringLiteral("id")).toString());
        if (reply)
            reply(type != QLatin1String("ERROR"), payload);
        return;
    }
    event(type, payload);
}

// ---- setup ---------------------------------------------------------------------------------------

void LoadWorker::connectAgents()
{
    m_phase = QStringLiteral("agents");
    for (const QString &id : m_options.agents) {
        auto agent = std::make_unique<Agent>();
        agent->id = id;
        agent->link.socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        Agent *a = agent.get();
        m_agentsById.insert(id, a);
        connect(a->link.socket, &QWebSocket::textMessageReceived, this, [this, a](const QString &text) {
            onFrame(a->link, text,
                    [this, a](const QString &type, const QJsonObject &p) { onAgentEvent(*a, type, p); });
        });
        connect(a->link.socket, &QWebSocket::disconnected, this, [this, a] {
            std::fprintf(stderr, "agent %s disconnected: %s\n", qPrintable(a->id),
                         qPrintable(a->link.socket->closeReason()));
            ++m_failures;
        });
        m_agents.push_back(std::move(agent));
    }
    loginNext();
}

void LoadWorker::loginNext()
{
    while (m_loginsInFlight < maxLoginsInFlight && m_nextLogin < int(m_agents.size())) {
        Agent *a = m_agents[size_t(m_nextLogin++)].get();
        ++m_loginsInFlight;
        connect(a->link.socket, &QWebSocket::connected, this, [this, a] {
            if (m_options.echo) {
                request(a->link, QStringLiteral("HELLO"), {{QStringLiteral("protocol"), 1}},
                        [this, a](bool, const QJsonObject &) {
                            a->loggedIn = true;
                            --m_loginsInFlight;
                            loginNext();
                            checkReady();
                        });
                return;
            }
            request(a->link, QStringLiteral("HELLO"),
                    {{QStringLiteral("protocol"), 1},
                     {QStringLiteral("client"), QStringLiteral("bench_engine_load")}});
            auto login = std::make_shared<std::function<void()>>();
            *login = [this, a, login] {
                request(a->link, QStringLiteral("LOGIN"),
                        {{QStringLiteral("user"), a->id}, {QStringLiteral("password"), m_options.password}},
                        [this, a, login](bool ok, const QJsonObject &p) {
                            if (!ok &&
                                p.value(QStringLiteral("code")).toString() == QLatin1String("RATE_LIMITED")) {
                                const int wait = p.value(QStringLiteral("details"))
                                                     .toObject()
                                                     .value(QStringLiteral("retryAfterMs"))
                                                     .toInt(100);
                                QTimer::singleShot(wait, this, [login] { (*login)(); });
                                return;
                            }
                            if (!ok) {
                                std::fprintf(stderr, "LOGIN %s failed: %s\n", qPrintable(a->id),
                                             qPrintable(p.value(QStringLiteral("message")).toString()));
                                ++m_failures;
                            }
                            a->loggedIn = ok;
                            --m_loginsInFlight;
                            loginNext();
                            checkReady();
                        });
            };
            (*login)();
        });
        a->link.socket->open(m_options.agentUrl);
    }
}

void LoadWorker::connectCustomers()
{
    m_phase = QStringLiteral("customers");
    for (int i = 0; i < m_options.customers; ++i) {
        auto customer = std::make_unique<Customer>();
        customer->link.socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        Customer *c = customer.get();
        connect(c->link.socket, &QWebSocket::textMessageReceived, this, [this, c](const QString &text) {
            onFrame(c->link, text, [this, c](const QString &type, const QJsonObject &p) {
                if (type == QLatin1String("STATUS") && !c->active &&
                    p.value(QStringLiteral("state")).toString() == QLatin1String("active")) {
                    c->active = true;
                    checkReady();
                }
            });
        });
        connect(c->link.socket, &QWebSocket::disconnected, this, [this, c] {
            std::fprintf(stderr, "customer disconnected: %s\n", qPrintable(c->link.socket->closeReason()));
            ++m_failures;
        });
        m_customers.push_back(std::move(customer));
    }
    startNextCustomer();
    checkReady(); // a process without customers (the probe) is ready at once
}

void LoadWorker::startNextCustomer()
{
    while (m_startsInFlight < maxStartsInFlight && m_nextStart < int(m_customers.size())) {
        Customer *c = m_customers[size_t(m_nextStart)].get();
        const QString name = m_options.customerPrefix + QString::number(m_nextStart++);
        ++m_startsInFlight;
        connect(c->link.socket, &QWebSocket::connected, this, [this, c, name] {
            request(c->link, QStringLiteral("HELLO"), {{QStringLiteral("protocol"), 1}});
            request(c->link, QStringLiteral("CUSTOMER_START"),
                    {{QStringLiteral("name"), name}, {QStringLiteral("human"), true}},
                    [this, c](bool ok, const QJsonObject &p) {
                        if (!ok) {
                            std::fprintf(stderr, "CUSTOMER_START failed: %s\n",
                                         qPrintable(p.value(QStringLiteral("message")).toString()));
                            ++m_failures;
                        }
                        c->conversation = idOf(p, "conversationId");
                        if (m_options.echo)
                            c->active = true;
                        --m_startsInFlight;
                        startNextCustomer();
                        checkReady();
                    });
        });
        c->link.socket->open(m_options.visitorUrl);
    }
}

void LoadWorker::checkReady()
{
    int done = 0;
    if (m_phase == QLatin1String("agents")) {
        for (const auto &a : m_agents)
            done += a->loggedIn ? 1 : 0;
        if (m_loginsInFlight > 0 || m_nextLogin < int(m_agents.size()))
            return;
    } else if (m_phase == QLatin1String("customers")) {
        for (const auto &c : m_customers)
            done += c->active ? 1 : 0;
        if (done < int(m_customers.size()) && m_failures == 0)
            return;
    } else {
        return;
    }
    emitLine({{QStringLiteral("event"), QStringLiteral("ready")},
              {QStringLiteral("phase"), m_phase},
              {QStringLiteral("count"), done},
              {QStringLiteral("failures"), m_failures}});
    m_phase.clear();
}

void LoadWorker::onAgentEvent(Agent &agent, const QString &type, const QJsonObject &p)
{
    if (type == QLatin1String("MESSAGE")) {
        const QJsonObject message = p.value(QStringLiteral("message")).toObject();
        if (message.value(QStringLiteral("sender")).toString() != QLatin1String("customer"))
            return;
        if (const qint64 stamp = decodeStamp(message.value(QStringLiteral("text")).toString(), stampMarker);
            stamp && m_running)
            keepSample(m_delivery, m_deliverySeen, double(monotonicNs() - stamp) / 1e6);
    } else if (type == QLatin1String("CONVERSATION_ASSIGNED")) {
        const qint64 id = idOf(p.value(QStringLiteral("conversation")).toObject(), "id");
        if (!agent.conversations.contains(id))
            agent.conversations.append(id);
    } else if (type == QLatin1String("TRANSFER") && &agent == m_target && !m_offerSeen) {
        const QJsonObject transfer = p.value(QStringLiteral("transfer")).toObject();
        if (idOf(transfer, "conversationId") != m_transferConversation)
            return;
        keepSample(m_offers, m_offersSeen, double(monotonicNs() - m_transferStartNs) / 1e6);
        m_offerSeen = true;
        if (m_replySeen)
            finishTransfer();
    }
}

// ---- measurement ---------------------------------------------------------------------------------

void LoadWorker::keepSample(std::vector<double> &samples, qint64 &seen, double value)
{
    // Reservoir sampling: a uniform sample of the window however long it ran.
    ++seen;
    if (samples.size() < maxSamples)
        samples.push_back(value);
    else if (const quint64 slot = m_random.bounded(quint64(seen)); slot < maxSamples)
        samples[size_t(slot)] = value;
}

QJsonObject LoadWorker::takeFigures()
{
    QJsonArray delivery;
    for (double d : m_delivery)
        delivery.append(d);
    QJsonArray offers;
    for (double d : m_offers)
        offers.append(d);
    const QJsonObject figures{{QStringLiteral("seconds"), double(m_window.nsecsElapsed()) / 1e9},
                              {QStringLiteral("acks"), m_acks},
                              {QStringLiteral("sent"), m_sent},
                              {QStringLiteral("skipped"), m_skipped},
                              {QStringLiteral("delivery"), delivery},
                              {QStringLiteral("offers"), offers},
                              {QStringLiteral("transferErrors"), m_transferErrors},
                              {QStringLiteral("failures"), m_failures}};
    m_delivery.clear();
    m_offers.clear();
    m_deliverySeen = m_offersSeen = 0;
    m_acks = m_sent = m_skipped = 0;
    m_transferErrors = 0;
    m_window.start();
    m_dueBase = 0;
    return figures;
}

void LoadWorker::sendMessage(Customer &c, const std::function<void()> &acked)
{
    ++c.outstanding;
    ++m_sent;
    const qint64 stamp = monotonicNs();
    request(c.link, QStringLiteral("CUSTOMER_MESSAGE"),
            {{QStringLiteral("text"), QString(stampMarker + encodeStamp(stamp))}},
            [this, &c, acked, stamp](bool ok, const QJsonObject &) {
                --c.outstanding;
                if (!m_running)
                    return;
                if (ok)
                    ++m_acks;
                if (m_options.echo) // the echo's "delivery" is the round trip
                    keepSample(m_delivery, m_deliverySeen, double(monotonicNs() - stamp) / 1e6);
                if (acked)
                    acked();
            });
}

void LoadWorker::runClosed(double seconds, int window)
{
    (void)takeFigures();
    m_running = true;
    m_closedLoop = true;
    // Each customer keeps `window` messages unacknowledged: the next leaves when one is acknowledged.
    for (const auto &c : m_customers) {
        Customer *customer = c.get();
        auto again = std::make_shared<std::function<void()>>();
        *again = [this, customer, again] {
            if (m_closedLoop)
                sendMessage(*customer, *again);
        };
        for (int i = 0; i < window; ++i)
            (*again)();
    }
    QTimer::singleShot(int(seconds * 1000), this, [this] {
        m_closedLoop = false;
        QJsonObject line = takeFigures();
        m_running = false;
        line.insert(QStringLiteral("event"), QStringLiteral("result"));
        emitLine(line);
    });
}

void LoadWorker::runOpen(double seconds, double rate, int transfers, double intervalSeconds)
{
    (void)takeFigures();
    ++m_windowNumber;
    m_running = true;
    m_rate = rate;
    m_transfersLeft = transfers;
    m_endReached = false;
    if (rate > 0)
        m_pace.start();
    if (intervalSeconds > 0)
        m_interval.start(int(intervalSeconds * 1000));
    m_end.start(int(seconds * 1000));
    if (transfers > 0) // a slow server must not make a row last forever: after the cap it reports what it has
        m_cap.start(int(std::max(60.0, seconds * 4) * 1000));
    if (transfers != 0)
        nextTransfer();
}

void LoadWorker::paceTick()
{
    // Open loop: what is due by now goes out whatever the replies do; more than a second's worth
    // unacknowledged means the target rate is not sustained, and the excess is counted, not queued.
    const qint64 due = qint64(m_rate * double(m_window.nsecsElapsed()) / 1e9) - m_dueBase;
    qint64 outstanding = 0;
    for (const auto &c : m_customers)
        outstanding += c->outstanding;
    for (qint64 i = 0; i < due; ++i) {
        ++m_dueBase;
        if (m_customers.empty() || outstanding > qint64(m_rate) + 10) {
            ++m_skipped;
            continue;
        }
        Customer &c = *m_customers[m_nextCustomer++ % m_customers.size()];
        sendMessage(c, {});
        ++outstanding;
    }
}

void LoadWorker::nextTransfer()
{
    // Scheduled 2 ms after the previous one: the window may have ended since.
    if (!m_running || m_transfersLeft == 0)
        return;
    // Initiator and target are both agents of this process, so one clock times the offer.
    const size_t n = m_agents.size();
    for (size_t tries = 0; tries < n && n > 1; ++tries) {
        Agent *from = m_agents[m_nextInitiator++ % n].get();
        if (!m_options.echo && from->conversations.isEmpty())
            continue;
        m_initiator = from;
        m_target = m_agents[m_nextInitiator % n].get();
        m_transferConversation = m_options.echo ? 1 : from->conversations.first();
        m_offerSeen = m_replySeen = false;
        m_transferId = 0;
        m_transferStartNs = monotonicNs();
        request(from->link, QStringLiteral("TRANSFER"),
                {{QStringLiteral("conversationId"), m_transferConversation},
                 {QStringLiteral("to"), m_target->id}},
                [this](bool ok, const QJsonObject &p) {
                    if (m_options.echo) { // the echo of the request is the whole round trip
                        keepSample(m_offers, m_offersSeen, double(monotonicNs() - m_transferStartNs) / 1e6);
                        m_offerSeen = m_replySeen = true;
                        finishTransfer();
                        return;
                    }
                    if (!ok) {
                        std::fprintf(stderr, "TRANSFER refused: %s\n",
                                     qPrintable(p.value(QStringLiteral("message")).toString()));
                        ++m_transferErrors;
                        m_offerSeen = true;
                    }
                    m_transferId = idOf(p.value(QStringLiteral("transfer")).toObject(), "id");
                    m_replySeen = true;
                    if (m_offerSeen)
                        finishTransfer();
                });
        return;
    }
    m_initiator = nullptr; // nobody to transfer: the window is background only
    m_transfersLeft = 0;
    maybeFinish();
}

void LoadWorker::maybeFinish()
{
    // The open window ends once its time is up and its transfers are done (none in flight).
    if (!m_running || !m_endReached || m_initiator || m_transfersLeft > 0)
        return;
    m_pace.stop();
    m_interval.stop();
    m_cap.stop();
    QJsonObject line = takeFigures();
    m_running = false;
    line.insert(QStringLiteral("event"), QStringLiteral("result"));
    emitLine(line);
}

void LoadWorker::finishTransfer()
{
    Agent *from = m_initiator;
    const auto next = [this] {
        m_initiator = nullptr;
        if (m_transfersLeft > 0)
            --m_transfersLeft;
        if (m_transfersLeft != 0 && m_running)
            QTimer::singleShot(2, this, [this, window = m_windowNumber] {
                if (window == m_windowNumber) // not a stray from a window that has ended
                    nextTransfer();
            });
        else
            maybeFinish();
    };
    if (from && !m_options.echo && m_transferId != 0) {
        // Withdraw the offer, so the conversation stays with its owner for the next round.
        request(from->link, QStringLiteral("TRANSFER_CANCEL"), {{QStringLiteral("transferId"), m_transferId}},
                [this, next](bool ok, const QJsonObject &p) {
                    if (!ok) {
                        std::fprintf(stderr, "TRANSFER_CANCEL refused: %s\n",
                                     qPrintable(p.value(QStringLiteral("message")).toString()));
                        ++m_transferErrors;
                    }
                    next();
                });
        return;
    }
    next();
}

} // namespace baton::load
