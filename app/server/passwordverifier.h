#pragma once

#include <QObject>
#include <QThreadPool>
#include <functional>

namespace baton {

// Issue 13.3: PBKDF2 runs on worker threads, not on the engine's thread, so other clients' requests
// (PING included) are not held up by someone trying passwords. The verdict comes back on the
// thread this object lives on, and only while `context` still exists.
class PasswordVerifier : public QObject {
    Q_OBJECT
public:
    explicit PasswordVerifier(QObject *parent = nullptr);
    ~PasswordVerifier() override;

    void verify(const QString &password, const QString &encodedHash, QObject *context,
                std::function<void(bool matches)> done);

private:
    QThreadPool m_pool;
};

} // namespace baton
