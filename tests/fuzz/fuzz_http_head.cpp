// Plain HTTP requests and WebSocket upgrades: the page responder and the origin policy read the
// request head as the client sent it.
#include "server/originpolicy.h"
#include "server/webpageresponder.h"

#include <cstdlib>

using namespace baton;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const OriginPolicy origins({{QStringLiteral("https://console.example.com")},
                                       {QStringLiteral("https://shop.example.com")},
                                       {QStringLiteral("https://shop.example.com")}});
    const QByteArray head(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray response = WebPageResponder::respond(head, {QStringLiteral("https://shop.example.com")});
    if (!response.startsWith("HTTP/1.1 ") || !response.contains("\r\n\r\n"))
        std::abort();
    // Whatever the Host header holds, it never reaches the page's policy header as more than a host.
    const qsizetype policy = response.indexOf("Content-Security-Policy: ");
    if (policy < 0 || response.count("Content-Security-Policy: ") != 1)
        std::abort();
    if (response.startsWith("HTTP/1.1 200")) {
        const QByteArray line = response.mid(policy, response.indexOf("\r\n", policy) - policy);
        if (line.count("frame-ancestors") != 1 || line.count("connect-src") != 1)
            std::abort();
    }
    (void)origins.allowsUpgrade(head, false);
    (void)origins.allowsUpgrade(head, true);
    return 0;
}
