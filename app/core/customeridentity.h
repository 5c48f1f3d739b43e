#pragma once

#include <QString>

namespace baton {

// Identity verification for the customer endpoint (issue 13.2), as established chat widgets do it:
// the host site, which knows who is logged in, signs the customer id with a secret it shares with
// batond — identifierHash = hex(HMAC-SHA256(secret, customerId)) — and the page passes both in
// CUSTOMER_START. A claimed id without a valid signature is not believed.
class CustomerIdentity {
public:
    static QString sign(const QString &secret, const QString &customerId);
    // False when no secret is configured, the id or hash is empty, or the hash does not match
    // (compared in constant time; upper- or lower-case hex).
    static bool verify(const QString &secret, const QString &customerId, const QString &identifierHash);
};

} // namespace baton
