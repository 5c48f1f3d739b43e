#include "core/customeridentity.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace baton {

QString CustomerIdentity::sign(const QString &secret, const QString &customerId)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(customerId.toUtf8(), secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool CustomerIdentity::verify(const QString &secret, const QString &customerId, const QString &identifierHash)
{
    if (secret.isEmpty() || customerId.isEmpty() || identifierHash.isEmpty())
        return false;
    const QByteArray expected = sign(secret, customerId).toLatin1();
    const QByteArray given = identifierHash.toLower().toLatin1();
    if (given.size() != expected.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= static_cast<unsigned char>(expected.at(i) ^ given.at(i));
    return diff == 0;
}

} // namespace baton
