#include "core/passwordhasher.h"

#include <algorithm>

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStringList>

namespace baton {

QByteArray PasswordHasher::pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations,
                                        int keyLength)
{
    constexpr int hashLength = 32;
    QByteArray key;
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    for (quint32 block = 1; key.size() < keyLength; ++block) {
        QByteArray blockIndex(4, '\0');
        blockIndex[0] = char(block >> 24);
        blockIndex[1] = char(block >> 16);
        blockIndex[2] = char(block >> 8);
        blockIndex[3] = char(block);
        mac.reset();
        mac.addData(salt);
        mac.addData(blockIndex);
        QByteArray u = mac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            for (int j = 0; j < hashLength; ++j)
                t[j] = char(t[j] ^ u[j]);
        }
        key.append(t);
    }
    key.truncate(keyLength);
    return key;
}

QString PasswordHasher::hash(const QString &password, int iterations)
{
    QByteArray salt(16, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    const QByteArray derived = pbkdf2Sha256(password.toUtf8(), salt, iterations, 32);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derived.toBase64()));
}

int PasswordHasher::iterationsOf(const QString &encoded)
{
    const QStringList parts = encoded.split(QLatin1Char('$'));
    return parts.size() == 4 && parts[0] == QLatin1String("pbkdf2-sha256") ? std::max(0, parts[1].toInt()) : 0;
}

bool PasswordHasher::verify(const QString &password, const QString &encoded)
{
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != QLatin1String("pbkdf2-sha256"))
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1 || iterations > 10000000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    if (expected.isEmpty())
        return false;
    const QByteArray actual = pbkdf2Sha256(password.toUtf8(), salt, iterations, int(expected.size()));
    // Constant-time comparison: a timing side channel must not reveal how many bytes matched.
    unsigned char diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= static_cast<unsigned char>(actual[i] ^ expected[i]);
    return diff == 0;
}

} // namespace baton
