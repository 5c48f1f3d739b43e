#pragma once

#include "client/engineconnection.h"
#include "demo/demoscript.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QTimer>

namespace baton {

// How a simulated colleague behaves; shares are probabilities.
struct ColleagueBehaviour {
    double acceptShare = 0.65;   // of transfer offers; rejectShare more are rejected, the rest ignored
    double rejectShare = 0.25;
    int minDecisionMs = 2500;
    int maxDecisionMs = 12000;
    int minReplyMs = 2000;
    int maxReplyMs = 7000;
    int repliesBeforeClose = 4;
    int quietCloseMs = 45000;    // a chat whose customer has gone quiet this long is closed
    double transferShare = 0.12; // after a reply, hand the chat on to a colleague
};

// A demo agent that logs in over the WebSocket protocol like any client and answers, transfers,
// accepts, rejects or ignores offers with human-like delays.
class SimulatedColleague : public QObject {
    Q_OBJECT
public:
    SimulatedColleague(const QUrl &url, const QString &user, const QString &password, const DemoScript &script,
                       const ColleagueBehaviour &behaviour, quint32 seed, QObject *parent = nullptr);

    QString user() const { return m_user; }

private:
    struct Handling {
        int replies = 0;
        qint64 lastActivityMs = 0; // on m_clock
    };

    void onSignedIn();
    void adopt(qint64 conversationId);
    void closeQuietChats();
    void close(qint64 conversationId);
    void onEvent(const QString &type, const QJsonObject &payload);
    void onOffer(const QJsonObject &payload);
    void onCustomerMessage(const QJsonObject &message);
    void replyTo(qint64 conversationId);
    void handOn(qint64 conversationId);
    int between(int lo, int hi) { return lo + int(m_random.bounded(quint32(std::max(1, hi - lo)))); }
    template <typename T>
    const T &pick(const QList<T> &list) { return list.at(qsizetype(m_random.bounded(quint32(list.size())))); }

    EngineConnection m_connection;
    QString m_user;
    QString m_password;
    const DemoScript &m_script;
    ColleagueBehaviour m_behaviour;
    QRandomGenerator m_random;
    // Owned conversations. Customers stop writing when they are done, so a chat ends after a number
    // of replies or when it has been quiet for a while, like a person would close it; chats owned
    // before a restart are adopted at sign-in, or they would hold the colleague's capacity forever.
    QHash<qint64, Handling> m_handling;
    QElapsedTimer m_clock;
    QTimer m_sweep;
};

} // namespace baton
