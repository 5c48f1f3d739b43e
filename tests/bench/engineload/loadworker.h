#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <memory>
#include <vector>

class QSocketNotifier;
class QWebSocket;

namespace baton::load {

// One load-generating process: a share of the agents and customers, speaking the documented
// protocol (docs/protocol.md) to batond — or sending the same frames to the echo server, where every
// reply is the frame itself. Commands arrive as JSON lines on stdin, results leave as JSON lines on
// stdout (see bench_engine_load's coordinator).
class LoadWorker : public QObject {
    Q_OBJECT
public:
    struct Options {
        bool echo = false;
        QUrl agentUrl;
        QUrl visitorUrl;
        QStringList agents; // ids this process logs in
        QString password;
        int customers = 0;
        QString customerPrefix;
    };
    explicit LoadWorker(const Options &options, QObject *parent = nullptr);
    ~LoadWorker() override;

private:
    using Reply = std::function<void(bool ok, const QJsonObject &payload)>;
    struct Link {
        QWebSocket *socket = nullptr;
        QHash<QString, Reply> pending;
        int nextId = 0;
    };
    struct Agent {
        Link link;
        QString id;
        bool loggedIn = false;
        QList<qint64> conversations;
    };
    struct Customer {
        Link link;
        qint64 conversation = 0;
        bool active = false;
        int outstanding = 0;
    };

    void onCommand();
    void handle(const QJsonObject &command);
    void emitLine(const QJsonObject &line);

    void request(Link &link, const QString &type, const QJsonObject &payload, Reply reply = {});
    void onFrame(Link &link, const QString &text,
                 const std::function<void(const QString &, const QJsonObject &)> &event);

    void connectAgents();
    void loginNext();
    void connectCustomers();
    void startNextCustomer();
    void checkReady();
    void onAgentEvent(Agent &agent, const QString &type, const QJsonObject &payload);

    void runClosed(double seconds, int window);
    void sendMessage(Customer &customer, const std::function<void()> &acked);
    void runOpen(double seconds, double rate, int transfers, double intervalSeconds);
    void paceTick();
    void nextTransfer();
    void finishTransfer();
    void maybeFinish();
    QJsonObject takeFigures();
    void keepSample(std::vector<double> &samples, qint64 &seen, double value);

    Options m_options;
    QSocketNotifier *m_stdin = nullptr;
    QByteArray m_inputBuffer;
    std::vector<std::unique_ptr<Agent>> m_agents;
    std::vector<std::unique_ptr<Customer>> m_customers;
    QHash<QString, Agent *> m_agentsById;
    QString m_phase; // "agents" or "customers" while connecting
    int m_loginsInFlight = 0;
    int m_nextLogin = 0;
    int m_startsInFlight = 0;
    int m_nextStart = 0;
    int m_failures = 0;

    // Measurement window.
    QElapsedTimer m_window;
    qint64 m_acks = 0;
    qint64 m_sent = 0;
    qint64 m_skipped = 0;
    std::vector<double> m_delivery;
    qint64 m_deliverySeen = 0;
    std::vector<double> m_offers;
    qint64 m_offersSeen = 0;
    int m_transferErrors = 0;
    QRandomGenerator m_random{12};
    bool m_running = false;
    bool m_closedLoop = false;

    // Open loop.
    QTimer m_pace;
    QTimer m_interval;
    QTimer m_end;
    QTimer m_cap;
    double m_rate = 0;
    qint64 m_dueBase = 0;
    size_t m_nextCustomer = 0;
    int m_transfersLeft = 0; // < 0: until stopped
    bool m_endReached = false;
    int m_windowNumber = 0; // of runOpen(): a transfer scheduled in one window never starts in the next

    // The transfer in flight.
    size_t m_nextInitiator = 0;
    Agent *m_initiator = nullptr;
    Agent *m_target = nullptr;
    qint64 m_transferConversation = 0;
    qint64 m_transferId = 0;
    qint64 m_transferStartNs = 0;
    bool m_offerSeen = false;
    bool m_replySeen = false;
};

} // namespace baton::load
