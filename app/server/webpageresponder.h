#pragma once

#include <QByteArray>
#include <QStringList>

namespace baton {

// The customer web page (F5.1) as plain HTTP/1.1 responses: GET of a few static files built into
// the engine (resources/web/). Everything else gets a clear status code. Only what a browser needs
// to load the page; the conversation itself runs over the /visitor WebSocket on the same port.
class WebPageResponder {
public:
    // `requestHead` is the request line and headers up to the blank line. `frameAncestors` are the
    // origins that may show the page in a frame (validated by the configuration); empty: none.
    static QByteArray respond(const QByteArray &requestHead, const QStringList &frameAncestors = {});
    static QByteArray status(int code, const QByteArray &reason, const QByteArray &body);
};

} // namespace baton
