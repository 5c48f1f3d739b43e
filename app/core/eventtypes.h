#pragma once

#include <QLatin1String>

// Names of the events the engine raises. They are domain vocabulary first; the wire protocol sends
// them unchanged as event types (see protocol/messagetypes.h for the request types).
namespace baton::msg {

inline constexpr QLatin1String ConversationAssigned("CONVERSATION_ASSIGNED");
inline constexpr QLatin1String ConversationUpdated("CONVERSATION_UPDATED");
inline constexpr QLatin1String Message("MESSAGE");
inline constexpr QLatin1String Status("STATUS");
// A stored message's text changed: masking reached back into it (a number split across messages).
inline constexpr QLatin1String MessageUpdated("MESSAGE_UPDATED");
// A team lead set the agent's status (F2): {agent}.
inline constexpr QLatin1String AgentStatus("AGENT_STATUS");
// The team view's live figures, at most once a second while anything changes; not stored.
inline constexpr QLatin1String TeamStats("TEAM_STATS");
// F2.4: a customer has waited too long for the agent's reply (to the agent, then to the team lead).
inline constexpr QLatin1String ReplyOverdue("REPLY_OVERDUE");
// F2.5: the agent is at capacity while their queue backs up; carries suggested transfer targets.
inline constexpr QLatin1String OverloadWarning("OVERLOAD_WARNING");
// F2.4: the customer named a topic the owner is no specialist in: transfer to that skill? A hint.
inline constexpr QLatin1String TransferHint("TRANSFER_HINT");

// The five transfer types of 004: events to agents and, with the same names, requests from them.
inline constexpr QLatin1String Transfer("TRANSFER");
inline constexpr QLatin1String TransferAccept("TRANSFER_ACCEPT");
inline constexpr QLatin1String TransferReject("TRANSFER_REJECT");
inline constexpr QLatin1String TransferTimeout("TRANSFER_TIMEOUT");
inline constexpr QLatin1String TransferCancel("TRANSFER_CANCEL");

} // namespace baton::msg
