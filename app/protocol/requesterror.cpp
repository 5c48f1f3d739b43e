#include "protocol/requesterror.h"

namespace baton {

QString RequestError::name() const
{
    switch (kind) {
    case Kind::NotConnected: return QStringLiteral("NOT_CONNECTED");
    case Kind::ConnectionLost: return QStringLiteral("CONNECTION_LOST");
    case Kind::TimedOut: return QStringLiteral("TIMED_OUT");
    case Kind::Engine: break;
    }
    return errorCodeName(code);
}

} // namespace baton
