#pragma once

#include <QByteArray>
#include <QString>

namespace baton {

// PBKDF2-HMAC-SHA256 password hashes in the self-describing form
// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>", so the iteration count can grow later
// without invalidating stored hashes.
class PasswordHasher {
public:
    static constexpr int defaultIterations = 120000;

    static QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations,
                                   int keyLength);
    static QString hash(const QString &password, int iterations = defaultIterations);
    static bool verify(const QString &password, const QString &encoded);
    // The iteration count of an encoded hash; 0 if it is not one.
    static int iterationsOf(const QString &encoded);
};

} // namespace baton
