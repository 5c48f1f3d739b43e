#include "server/webpageresponder.h"

#include "server/originpolicy.h"

#include <QFile>
#include <QRegularExpression>
#include <QHash>
#include <QList>

namespace baton {

namespace {
struct StaticFile {
    const char *resource;
    QByteArray contentType;
};

const QHash<QByteArray, StaticFile> &files()
{
    static const QHash<QByteArray, StaticFile> table{
        {"/", {":/baton/web/index.html", "text/html; charset=utf-8"}},
        {"/index.html", {":/baton/web/index.html", "text/html; charset=utf-8"}},
        {"/chat.js", {":/baton/web/chat.js", "text/javascript; charset=utf-8"}},
        {"/chat.css", {":/baton/web/chat.css", "text/css; charset=utf-8"}},
    };
    return table;
}

// Issue 13.6: the page may talk only to its own origin's WebSocket and is shown in no frame unless
// the configuration names the embedding sites.
QByteArray securityPolicy(const QByteArray &requestHead, const QStringList &frameAncestors)
{
    QByteArray connect = "'self'";
    const auto host = OriginPolicy::header(requestHead, "host");
    static const QRegularExpression plainHost(QStringLiteral("^[A-Za-z0-9.-]+(:[0-9]{1,5})?$|^\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?$"));
    if (host && plainHost.match(QString::fromLatin1(*host)).hasMatch())
        connect += " ws://" + *host + " wss://" + *host;
    const QByteArray ancestors = frameAncestors.isEmpty() ? QByteArray("'none'") : frameAncestors.join(QLatin1Char(' ')).toLatin1();
    return "default-src 'self'; connect-src " + connect + "; img-src 'self' data:; frame-ancestors " + ancestors +
           "; base-uri 'none'; form-action 'none'";
}

QByteArray response(int code, const QByteArray &reason, const QByteArray &contentType, const QByteArray &body,
                    const QByteArray &policy = "default-src 'self'; frame-ancestors 'none'")
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(code) + ' ' + reason + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Cache-Control: no-cache\r\n";
    out += "X-Content-Type-Options: nosniff\r\n";
    out += "Referrer-Policy: no-referrer\r\n";
    out += "Content-Security-Policy: " + policy + "\r\n";
    out += "Connection: close\r\n\r\n";
    return out + body;
}
} // namespace

QByteArray WebPageResponder::status(int code, const QByteArray &reason, const QByteArray &body)
{
    return response(code, reason, "text/plain; charset=utf-8", body + '\n');
}

QByteArray WebPageResponder::respond(const QByteArray &requestHead, const QStringList &frameAncestors)
{
    const QList<QByteArray> requestLine = requestHead.left(requestHead.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return status(400, "Bad Request", "not an HTTP/1.x request");
    const QByteArray &method = requestLine.at(0);
    if (method != "GET" && method != "HEAD")
        return status(405, "Method Not Allowed", "only GET is served here");
    QByteArray path = requestLine.at(1);
    if (const qsizetype query = path.indexOf('?'); query >= 0)
        path.truncate(query); // ?lang=en is read by the page itself
    const auto it = files().constFind(path);
    if (it == files().cend())
        return status(404, "Not Found", "no such page; the customer chat is at /");
    QFile file(QString::fromLatin1(it->resource));
    if (!file.open(QIODevice::ReadOnly))
        return status(500, "Internal Server Error", "page resource missing from this build");
    QByteArray out = response(200, "OK", it->contentType, file.readAll(), securityPolicy(requestHead, frameAncestors));
    if (method == "HEAD")
        out.truncate(out.indexOf("\r\n\r\n") + 4);
    return out;
}

} // namespace baton
