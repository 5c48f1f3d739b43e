#pragma once

#include <QString>

namespace baton {

// Random bearer tokens for sessions and visitors. Only their SHA-256 is stored, so a copy of the
// database does not let anyone resume someone else's session.
class Tokens {
public:
    static QString generate();
    static QString hash(const QString &token);
};

} // namespace baton
