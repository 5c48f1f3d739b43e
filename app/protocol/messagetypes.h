#pragma once

#include "core/eventtypes.h"

// Names of every message type on the wire. The validation rules for each live in MessageCatalog.
namespace baton::msg {

// Replies
inline constexpr QLatin1String Result("RESULT");
inline constexpr QLatin1String Error("ERROR");

// Session
inline constexpr QLatin1String Hello("HELLO");
inline constexpr QLatin1String Login("LOGIN");
inline constexpr QLatin1String Resume("RESUME");
inline constexpr QLatin1String Logout("LOGOUT");
inline constexpr QLatin1String Ping("PING");

// Agent requests
inline constexpr QLatin1String SetStatus("SET_STATUS");
inline constexpr QLatin1String SetTags("SET_TAGS");
inline constexpr QLatin1String ListConversations("LIST_CONVERSATIONS");
inline constexpr QLatin1String GetConversation("GET_CONVERSATION");
inline constexpr QLatin1String GetHistory("GET_HISTORY");
inline constexpr QLatin1String SendMessage("SEND_MESSAGE");
inline constexpr QLatin1String CloseConversation("CLOSE_CONVERSATION");
inline constexpr QLatin1String ListAgents("LIST_AGENTS");
inline constexpr QLatin1String Recommend("RECOMMEND");
inline constexpr QLatin1String GetChain("GET_CHAIN");
// F4: supervisor reports
inline constexpr QLatin1String ListTransfers("LIST_TRANSFERS");
inline constexpr QLatin1String TransferMetrics("TRANSFER_METRICS");
inline constexpr QLatin1String ServiceMetrics("SERVICE_METRICS");
inline constexpr QLatin1String ListRatings("LIST_RATINGS");

// Team leads, supervisors and administrators (F2)
inline constexpr QLatin1String TeamWatch("TEAM_WATCH");
inline constexpr QLatin1String TeamUnwatch("TEAM_UNWATCH");
inline constexpr QLatin1String Reassign("REASSIGN");
inline constexpr QLatin1String SetAgentStatus("SET_AGENT_STATUS");
inline constexpr QLatin1String BatchTransfer("BATCH_TRANSFER");
inline constexpr QLatin1String OpenOverflow("OPEN_OVERFLOW");

// TRANSFER … TRANSFER_CANCEL and the agent events live in core/eventtypes.h.


// Visitor (customer) endpoint
inline constexpr QLatin1String CustomerStart("CUSTOMER_START");
inline constexpr QLatin1String CustomerMessage("CUSTOMER_MESSAGE");
inline constexpr QLatin1String CustomerHistory("CUSTOMER_HISTORY");
inline constexpr QLatin1String CustomerEscalate("CUSTOMER_ESCALATE");
inline constexpr QLatin1String CustomerRate("CUSTOMER_RATE");

} // namespace baton::msg
