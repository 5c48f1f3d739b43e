#pragma once

#include <QStringList>

namespace baton {

// How much one client may ask for (configuration `engine.limits`). Per session, and per address
// for the customer endpoint, where anyone on the internet may connect (issue 13.5).
struct ClientLimits {
    double requestsPerSecond = 50; // per session, any endpoint
    double burst = 200;
    double startsPerAddressPerMinute = 10; // CUSTOMER_START (new conversations)
    double startBurstPerAddress = 10;
    double messagesPerAddressPerSecond = 5; // CUSTOMER_MESSAGE, all of the address's sessions together
    double messageBurstPerAddress = 30;
    int waitingPerAddress = 3; // open conversations not yet with an agent (robot or queued)
    // Loopback clients (the demo, load tools, a proxy on the same host) are exempt from the
    // per-address limits unless this is set.
    bool limitLoopback = false;
};

// Which web pages may use the endpoints and embed the customer page (configuration `engine.web`,
// issue 13.4 and 13.6). Origins are "scheme://host[:port]" as browsers send them.
struct WebPolicy {
    QStringList agentOrigins;   // browser pages allowed on /agent; native clients send no Origin
    QStringList visitorOrigins; // besides the page's own origin, which is always allowed
    QStringList frameAncestors; // sites that may show the chat page in a frame; empty: none
};

} // namespace baton
