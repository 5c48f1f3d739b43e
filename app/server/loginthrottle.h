#pragma once

#include <QHash>
#include <QString>

namespace baton {

struct LoginPolicy {
    int freeAttemptsPerAccount = 5;
    int freeAttemptsPerAddress = 20; // a shared office NAT holds many agents
    qint64 firstDelayMs = 2000;      // then doubled with every further attempt
    qint64 maxDelayMs = 15 * 60 * 1000;
    qint64 forgetAfterMs = 30 * 60 * 1000; // quiet this long: start afresh
    int maxTracked = 50'000;               // entries per table before idle ones are dropped
};

// Issue 13.3: LOGIN attempts per account and per address, across connections, with exponential
// backoff. Every attempt counts when it is admitted (so parallel sockets cannot race ahead of the
// verdicts); a success takes its attempt back and clears the account. Known and unknown user names
// are treated alike. Times are on a steady clock in milliseconds.
class LoginThrottle {
public:

    explicit LoginThrottle(const LoginPolicy &policy = LoginPolicy());

    // 0: the attempt may go ahead (and is counted); otherwise how long to wait before the next one.
    qint64 admit(const QString &user, const QString &address, qint64 nowMs);
    void succeeded(const QString &user, const QString &address);

private:
    struct Entry {
        int attempts = 0;
        qint64 lastMs = 0;
        qint64 nextAllowedMs = 0;
    };
    Entry &entry(QHash<QString, Entry> &table, const QString &key, qint64 nowMs);
    void count(Entry &e, int freeAttempts, qint64 nowMs) const;

    LoginPolicy m_policy;
    QHash<QString, Entry> m_accounts;
    QHash<QString, Entry> m_addresses;
};

} // namespace baton
