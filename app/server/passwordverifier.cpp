#include "server/passwordverifier.h"

#include "core/passwordhasher.h"

#include <QPointer>
#include <QThread>
#include <algorithm>

namespace baton {

PasswordVerifier::PasswordVerifier(QObject *parent)
    : QObject(parent)
{
    // Leave a core to the engine thread on small machines.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
}

PasswordVerifier::~PasswordVerifier()
{
    // Verdicts still queued for this object are dropped with it.
    m_pool.clear();
    m_pool.waitForDone();
}

void PasswordVerifier::verify(const QString &password, const QString &encodedHash, QObject *context,
                              std::function<void(bool)> done)
{
    QPointer<QObject> guard(context);
    m_pool.start([this, password, encodedHash, guard, done = std::move(done)]() mutable {
        const bool matches = PasswordHasher::verify(password, encodedHash);
        QMetaObject::invokeMethod(
            this,
            [guard, done = std::move(done), matches] {
                if (guard)
                    done(matches);
            },
            Qt::QueuedConnection);
    });
}

} // namespace baton
