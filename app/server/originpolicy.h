#pragma once

#include "engine/accesspolicy.h"

#include <QByteArray>
#include <optional>

namespace baton {

// Issue 13.4: which WebSocket upgrades a browser page may make. Browsers always send Origin;
// native clients (the workstation, tools) send none and are not affected. `null` (sandboxed frames,
// local files) is refused. /visitor accepts the page's own origin and the configured ones; /agent
// only the configured ones (none by default).
class OriginPolicy {
public:
    explicit OriginPolicy(const WebPolicy &web);

    // `head` is the HTTP request head up to the blank line; `secure` whether it came over TLS.
    bool allowsUpgrade(const QByteArray &head, bool secure) const;

    // The value of a header (name in lower case), trimmed; nullopt if absent.
    static std::optional<QByteArray> header(const QByteArray &head, const QByteArray &lowerName);
    // The request target's path without the query.
    static QByteArray path(const QByteArray &head);

private:
    WebPolicy m_web;
};

} // namespace baton
