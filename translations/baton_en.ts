<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>NoteTemplate</name>
    <message>
        <source>Technical issue</source>
        <translation>Technical issue</translation>
    </message>
    <message>
        <source>Customer reports: 
Device / version: 
Error shown: </source>
        <translation>Customer reports: 
Device / version: 
Error shown: </translation>
    </message>
    <message>
        <source>Already tried: </source>
        <translation>Already tried: </translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Complaint about: 
What the customer asks for: </source>
        <translation>Complaint about: 
What the customer asks for: </translation>
    </message>
    <message>
        <source>Apologised; offered: </source>
        <translation>Apologised; offered: </translation>
    </message>
    <message>
        <source>Mood: </source>
        <translation>Mood: </translation>
    </message>
    <message>
        <source>Reply within 3 minutes.</source>
        <translation>Reply within 3 minutes.</translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation>VIP customer</translation>
    </message>
    <message>
        <source>Request: </source>
        <translation>Request: </translation>
    </message>
    <message>
        <source>Done so far: </source>
        <translation>Done so far: </translation>
    </message>
    <message>
        <source>Dedicated service expected; do not ask again what is already known.</source>
        <translation>Dedicated service expected; do not ask again what is already known.</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>After-sales</translation>
    </message>
    <message>
        <source>Order number: 
Issue (return / exchange / repair / warranty): </source>
        <translation>Order number: 
Issue (return / exchange / repair / warranty): </translation>
    </message>
    <message>
        <source>Order verified: 
Photos received: </source>
        <translation>Order verified: 
Photos received: </translation>
    </message>
    <message>
        <source>VIP level %1</source>
        <translation>VIP level %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Baton</source>
        <translation>Baton</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Cannot start: %1</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analytics</translation>
    </message>
    <message>
        <source>Low ratings</source>
        <translation>Low ratings</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Waiting for answer</source>
        <translation>Waiting for answer</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Timed out</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>With the robot</source>
        <translation>With the robot</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Pre-sales</source>
        <translation>Pre-sales</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>After-sales</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technical</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>VIP service</source>
        <translation>VIP service</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primary</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>secondary</translation>
    </message>
    <message>
        <source>general</source>
        <translation>general</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Green channel: fraud</source>
        <translation>Green channel: fraud</translation>
    </message>
    <message>
        <source>Green channel: account frozen</source>
        <translation>Green channel: account frozen</translation>
    </message>
    <message>
        <source>Green channel: minor&apos;s refund</source>
        <translation>Green channel: minor&apos;s refund</translation>
    </message>
    <message>
        <source>Green channel: account stolen</source>
        <translation>Green channel: account stolen</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>Green channel</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Robot could not help</source>
        <translation>Robot could not help</translation>
    </message>
    <message>
        <source>Asked for a person</source>
        <translation>Asked for a person</translation>
    </message>
    <message>
        <source>Takes general questions</source>
        <translation>Takes general questions</translation>
    </message>
    <message>
        <source>%1 skill (%2)</source>
        <translation>%1 skill (%2)</translation>
    </message>
    <message>
        <source>Expert in %1</source>
        <translation>Expert in %1</translation>
    </message>
    <message>
        <source>Load %1/%2</source>
        <translation>Load %1/%2</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <translation>Rating %1</translation>
    </message>
    <message>
        <source>Resolves %1%</source>
        <translation>Resolves %1%</translation>
    </message>
    <message>
        <source>Senior (level %1) for an urgent chat</source>
        <translation>Senior (level %1) for an urgent chat</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>This transfer has timed out and can no longer be accepted.</source>
        <translation>This transfer has timed out and can no longer be accepted.</translation>
    </message>
    <message>
        <source>This transfer has already timed out.</source>
        <translation>This transfer has already timed out.</translation>
    </message>
    <message>
        <source>The colleague withdrew this transfer; it can no longer be accepted.</source>
        <translation>The colleague withdrew this transfer; it can no longer be accepted.</translation>
    </message>
    <message>
        <source>This transfer was already withdrawn.</source>
        <translation>This transfer was already withdrawn.</translation>
    </message>
    <message>
        <source>This transfer has already been accepted.</source>
        <translation>This transfer has already been accepted.</translation>
    </message>
    <message>
        <source>This transfer has already been rejected.</source>
        <translation>This transfer has already been rejected.</translation>
    </message>
    <message>
        <source>This transfer has already ended.</source>
        <translation>This transfer has already ended.</translation>
    </message>
    <message>
        <source>Not connected to the engine. Try again once the status bar says Connected.</source>
        <translation>Not connected to the engine. Try again once the status bar says Connected.</translation>
    </message>
    <message>
        <source>The connection dropped before the engine answered. Check the result once reconnected, then try again.</source>
        <translation>The connection dropped before the engine answered. Check the result once reconnected, then try again.</translation>
    </message>
    <message>
        <source>The engine did not answer in time. Try again.</source>
        <translation>The engine did not answer in time. Try again.</translation>
    </message>
    <message>
        <source>A transfer of this conversation is already waiting for an answer.</source>
        <translation>A transfer of this conversation is already waiting for an answer.</translation>
    </message>
    <message>
        <source>A transfer of this conversation is pending; cancel it before closing.</source>
        <translation>A transfer of this conversation is pending; cancel it before closing.</translation>
    </message>
    <message>
        <source>Someone changed this in the meantime. Look again and decide.</source>
        <translation>Someone changed this in the meantime. Look again and decide.</translation>
    </message>
    <message>
        <source>This transfer no longer exists.</source>
        <translation>This transfer no longer exists.</translation>
    </message>
    <message>
        <source>This conversation is no longer open.</source>
        <translation>This conversation is no longer open.</translation>
    </message>
    <message>
        <source>Your transfer rights do not allow this target (department or level). Ask your team lead.</source>
        <translation>Your transfer rights do not allow this target (department or level). Ask your team lead.</translation>
    </message>
    <message>
        <source>This transfer is not yours to answer.</source>
        <translation>This transfer is not yours to answer.</translation>
    </message>
    <message>
        <source>You are not allowed to do this here.</source>
        <translation>You are not allowed to do this here.</translation>
    </message>
    <message>
        <source>This colleague cannot take it now (not online, full, or already declined). Pick another.</source>
        <translation>This colleague cannot take it now (not online, full, or already declined). Pick another.</translation>
    </message>
    <message>
        <source>Too many requests at once. Wait a moment and try again.</source>
        <translation>Too many requests at once. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>The engine did not accept what was entered. Check the fields.</source>
        <translation>The engine did not accept what was entered. Check the fields.</translation>
    </message>
    <message>
        <source>You are signed out. Sign in again.</source>
        <translation>You are signed out. Sign in again.</translation>
    </message>
    <message>
        <source>The engine could not save this; nothing was changed. Try again later.</source>
        <translation>The engine could not save this; nothing was changed. Try again later.</translation>
    </message>
    <message>
        <source>The engine refused the request (%1).</source>
        <translation>The engine refused the request (%1).</translation>
    </message>
    <message>
        <source>This engine speaks another protocol version. Update Baton (or the engine) so both match, or connect to another engine.</source>
        <translation>This engine speaks another protocol version. Update Baton (or the engine) so both match, or connect to another engine.</translation>
    </message>
    <message>
        <source>Wrong user name or password. Use Connect… to sign in again.</source>
        <translation>Wrong user name or password. Use Connect… to sign in again.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a minute and try again.</source>
        <translation>Too many sign-in attempts. Wait a minute and try again.</translation>
    </message>
</context>
<context>
    <name>baton::AlertBar</name>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Conversation %1</translation>
    </message>
    <message>
        <source>Reply overdue: %1 has waited %2 for your answer.</source>
        <translation>Reply overdue: %1 has waited %2 for your answer.</translation>
    </message>
    <message>
        <source>Reply overdue in your team: a customer of %1 has waited %2 (conversation %3).</source>
        <translation>Reply overdue in your team: a customer of %1 has waited %2 (conversation %3).</translation>
    </message>
    <message numerus="yes">
        <source>You are at capacity (%1/%2) while %n customer(s) wait; no colleague has room yet.</source>
        <translation>
            <numerusform>You are at capacity (%1/%2) while %n customer waits; no colleague has room yet.</numerusform>
            <numerusform>You are at capacity (%1/%2) while %n customers wait; no colleague has room yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are at capacity (%1/%2) while %n customer(s) wait. Room with: %3.</source>
        <translation>
            <numerusform>You are at capacity (%1/%2) while %n customer waits. Room with: %3.</numerusform>
            <numerusform>You are at capacity (%1/%2) while %n customers wait. Room with: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 wrote “%2”: a question for %3. Transfer to a specialist?</source>
        <translation>%1 wrote “%2”: a question for %3. Transfer to a specialist?</translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation>Open chat</translation>
    </message>
    <message>
        <source>Team view</source>
        <translation>Team view</translation>
    </message>
    <message>
        <source>Transfer to %1…</source>
        <translation>Transfer to %1…</translation>
    </message>
    <message>
        <source>Transfer several…</source>
        <translation>Transfer several…</translation>
    </message>
    <message>
        <source>Transfer (%1)…</source>
        <translation>Transfer (%1)…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message numerus="yes">
        <source>%n more alert(s)</source>
        <translation>
            <numerusform>%n more alert</numerusform>
            <numerusform>%n more alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baton::AnalyticsView</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Transfers and success rate by day</source>
        <translation>Transfers and success rate by day</translation>
    </message>
    <message>
        <source>Why transfers were rejected</source>
        <translation>Why transfers were rejected</translation>
    </message>
    <message>
        <source>Transfers by receiving department</source>
        <translation>Transfers by receiving department</translation>
    </message>
    <message>
        <source>Within vs. across departments</source>
        <translation>Within vs. across departments</translation>
    </message>
    <message>
        <source>How fast offers were answered</source>
        <translation>How fast offers were answered</translation>
    </message>
    <message>
        <source>Satisfaction after transfer</source>
        <translation>Satisfaction after transfer</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>First response time</translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation>Resolution rate</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Success rate</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Timed out</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Rejections</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(no reason given)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Cross-department</source>
        <translation>Cross-department</translation>
    </message>
    <message>
        <source>Within a department</source>
        <translation>Within a department</translation>
    </message>
    <message>
        <source>%1: %2 · success rate %3</source>
        <translation>%1: %2 · %3 accepted</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Average response</source>
        <translation>Average response</translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation>%1–%2 s</translation>
    </message>
    <message>
        <source>&gt; %1 s</source>
        <translation>&gt; %1 s</translation>
    </message>
    <message>
        <source>Answered offers</source>
        <translation>Answered offers</translation>
    </message>
    <message>
        <source>Answered within</source>
        <translation>Answered within</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>All conversations</translation>
    </message>
    <message>
        <source>After a transfer</source>
        <translation>After a transfer</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Average first response (s)</source>
        <translation>Average first response (s)</translation>
    </message>
    <message>
        <source>Target ≤ %1 s</source>
        <translation>Target ≤ %1 s</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Within target</translation>
    </message>
    <message>
        <source>Left while waiting</source>
        <translation>Left while waiting</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Target ≥ %1%</source>
        <translation>Target ≥ %1%</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>baton::AssignDialog</name>
    <message>
        <source>Assign %1</source>
        <translation>Assign %1</translation>
    </message>
    <message>
        <source>%1 — %2, %3/%4</source>
        <translation>%1 — %2, %3/%4</translation>
    </message>
    <message>
        <source>What the agent should know (optional)</source>
        <translation>What the agent should know (optional)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>baton::BatchTransferDialog</name>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Transfer several chats</source>
        <translation>Transfer several chats</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3/%4</source>
        <translation>%1 — %2, %3/%4</translation>
    </message>
    <message>
        <source>Chats to transfer</source>
        <translation>Chats to transfer</translation>
    </message>
    <message>
        <source>Note for the colleague (optional)</source>
        <translation>Note for the colleague (optional)</translation>
    </message>
    <message>
        <source>No colleague has room right now.</source>
        <translation>No colleague has room right now.</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>%1 · offered to %2</source>
        <translation>%1 · offered to %2</translation>
    </message>
    <message>
        <source>%1 · not sent: %2</source>
        <translation>%1 · not sent: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n offered</source>
        <translation>
            <numerusform>%n offered</numerusform>
            <numerusform>%n offered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baton::CandidateDelegate</name>
    <message>
        <source>%1 · level %2 · %3</source>
        <translation>%1 · level %2 · %3</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Not available: %1</translation>
    </message>
</context>
<context>
    <name>baton::CannedRepliesPage</name>
    <message>
        <source>My canned replies</source>
        <translation>My canned replies</translation>
    </message>
    <message>
        <source>Chinese-speaking customers</source>
        <translation>Chinese-speaking customers</translation>
    </message>
    <message>
        <source>English-speaking customers</source>
        <translation>English-speaking customers</translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation>Every customer</translation>
    </message>
    <message>
        <source>Short name, found by typing / in the composer</source>
        <translation>Short name, found by typing / in the composer</translation>
    </message>
    <message>
        <source>{customer} and {agent} become the customer&apos;s and your name</source>
        <translation>{customer} and {agent} become the customer&apos;s and your name</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>&amp;Add as new</source>
        <translation>&amp;Add as new</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
</context>
<context>
    <name>baton::CannedReplyPicker</name>
    <message>
        <source>Matching canned replies</source>
        <translation>Matching canned replies</translation>
    </message>
    <message>
        <source>No canned reply in this customer&apos;s language — add some in Settings</source>
        <translation>No canned reply in this customer&apos;s language — add some in Settings</translation>
    </message>
    <message>
        <source>No canned reply matches — Esc keeps what you typed</source>
        <translation>No canned reply matches — Esc keeps what you typed</translation>
    </message>
</context>
<context>
    <name>baton::ChainDelegate</name>
    <message>
        <source>Routed to %1</source>
        <translation>Routed to %1</translation>
    </message>
    <message>
        <source>Reassigned: %1 → %2</source>
        <translation>Reassigned: %1 → %2</translation>
    </message>
    <message>
        <source>went offline</source>
        <translation>went offline</translation>
    </message>
</context>
<context>
    <name>baton::ChartCard</name>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Show the numbers as a table</source>
        <translation>Show the numbers as a table</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Save PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Save this chart as a PNG image</translation>
    </message>
    <message>
        <source>%1 as a table</source>
        <translation>%1 as a table</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
</context>
<context>
    <name>baton::ChatView</name>
    <message>
        <source>Transfer… (Ctrl+T)</source>
        <translation>Transfer… (Ctrl+T)</translation>
    </message>
    <message>
        <source>Message to the customer</source>
        <translation>Message to the customer</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Canned replies</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>No conversation selected</translation>
    </message>
    <message>
        <source>Pick one on the left, or wait for the next customer.</source>
        <translation>Pick one on the left, or wait for the next customer.</translation>
    </message>
    <message>
        <source>A colleague offers you this conversation. Open the offer to accept or reject it.</source>
        <translation>A colleague offers you this conversation. Open the offer to accept or reject it.</translation>
    </message>
    <message>
        <source>This conversation is closed. It is kept here as read-only history.</source>
        <translation>This conversation is closed. It is kept here as read-only history.</translation>
    </message>
    <message>
        <source>Write to the customer — Ctrl+Enter sends, / finds a canned reply</source>
        <translation>Write to the customer — Ctrl+Enter sends, / finds a canned reply</translation>
    </message>
    <message>
        <source>Transferred to %1</source>
        <translation>Transferred to %1</translation>
    </message>
    <message>
        <source>This conversation was transferred to %1. It is kept here as read-only history.</source>
        <translation>This conversation was transferred to %1. It is kept here as read-only history.</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>a colleague</translation>
    </message>
</context>
<context>
    <name>baton::CloseDialog</name>
    <message>
        <source>Close conversation</source>
        <translation>Close conversation</translation>
    </message>
    <message>
        <source>Close the conversation with %1. Was the customer&apos;s question resolved?</source>
        <translation>Close the conversation with %1. Was the customer&apos;s question resolved?</translation>
    </message>
    <message>
        <source>&amp;Resolved</source>
        <translation>&amp;Resolved</translation>
    </message>
    <message>
        <source>&amp;Not resolved</source>
        <translation>&amp;Not resolved</translation>
    </message>
    <message>
        <source>Reason (optional, not shown to the customer):</source>
        <translation>Reason (optional, not shown to the customer):</translation>
    </message>
    <message>
        <source>e.g. waiting for the warehouse; customer will call back</source>
        <translation>e.g. waiting for the warehouse; customer will call back</translation>
    </message>
</context>
<context>
    <name>baton::CommandPalette</name>
    <message>
        <source>Go to a chat or run a command</source>
        <translation>Go to a chat or run a command</translation>
    </message>
    <message>
        <source>Customer name (pinyin works) or a command — transfer, close, away…</source>
        <translation>Customer name (pinyin works) or a command — transfer, close, away…</translation>
    </message>
    <message>
        <source>Search chats and commands</source>
        <translation>Search chats and commands</translation>
    </message>
</context>
<context>
    <name>baton::ConnectDialog</name>
    <message>
        <source>Connect to an engine</source>
        <translation>Connect to an engine</translation>
    </message>
    <message>
        <source>&amp;Embedded engine on this computer (demo team)</source>
        <translation>&amp;Embedded engine on this computer (demo team)</translation>
    </message>
    <message>
        <source>&amp;Remote engine</source>
        <translation>&amp;Remote engine</translation>
    </message>
    <message>
        <source>Engine URL</source>
        <translation>Engine URL</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Remember the password (system keychain)</source>
        <translation>Remember the password (system keychain)</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>U&amp;ser</source>
        <translation>U&amp;ser</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>The URL must start with ws:// or wss:// and name a host, e.g. ws://10.0.0.5:8700/agent.</source>
        <translation>The URL must start with ws:// or wss:// and name a host, e.g. ws://10.0.0.5:8700/agent.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
</context>
<context>
    <name>baton::ConversationDelegate</name>
    <message>
        <source>waiting %1</source>
        <translation>waiting %1</translation>
    </message>
    <message>
        <source>Incoming transfer</source>
        <translation>Incoming transfer</translation>
    </message>
    <message>
        <source>Transferring…</source>
        <translation>Transferring…</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Missed transfer</source>
        <translation>Missed transfer</translation>
    </message>
    <message>
        <source>from %1 · %2</source>
        <translation>from %1 · %2</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>To %1</translation>
    </message>
    <message>
        <source>Reply overdue</source>
        <translation>Reply overdue</translation>
    </message>
</context>
<context>
    <name>baton::ConversationListModel</name>
    <message>
        <source>VIP level %1</source>
        <translation>VIP level %1</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>incoming transfer</source>
        <translation>incoming transfer</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
    <message>
        <source>transfer waiting for an answer</source>
        <translation>transfer waiting for an answer</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>missed transfer</source>
        <translation>missed transfer</translation>
    </message>
</context>
<context>
    <name>baton::CustomerPanel</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Reached us</source>
        <translation>Reached us</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Transfer chain</source>
        <translation>Transfer chain</translation>
    </message>
    <message>
        <source>VIP level %1</source>
        <translation>VIP level %1</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Regular</translation>
    </message>
</context>
<context>
    <name>baton::HistoryView</name>
    <message>
        <source>Conversation history</source>
        <translation>Conversation history</translation>
    </message>
</context>
<context>
    <name>baton::IncomingTransferDialog</name>
    <message>
        <source>Incoming transfer — %1</source>
        <translation>Incoming transfer — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) asks you to take over &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) asks you to take over &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Transfer note</source>
        <translation>Transfer note</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>Steps taken</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>Customer profile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>VIP level %1</source>
        <translation>VIP level %1</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Reached us</source>
        <translation>Reached us</translation>
    </message>
    <message>
        <source>Reason for rejecting (optional)</source>
        <translation>Reason for rejecting (optional)</translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation>Reason for rejecting</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>%1 s left</translation>
    </message>
    <message>
        <source>The colleague withdrew the transfer.</source>
        <translation>The colleague withdrew the transfer.</translation>
    </message>
    <message>
        <source>The time to answer ran out; the offer went back.</source>
        <translation>The time to answer ran out; the offer went back.</translation>
    </message>
</context>
<context>
    <name>baton::LowRatingsView</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>1 star</source>
        <translation>1 star</translation>
    </message>
    <message>
        <source>1–2 stars</source>
        <translation>1–2 stars</translation>
    </message>
    <message>
        <source>1–3 stars</source>
        <translation>1–3 stars</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Low ratings</source>
        <translation>Low ratings</translation>
    </message>
    <message>
        <source>Chat #%1 — %2</source>
        <translation>Chat #%1 — %2</translation>
    </message>
    <message>
        <source>Rated %1 of 5 · served by %2</source>
        <translation>Rated %1 of 5 · served by %2</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No low ratings in this period.</source>
        <translation>No low ratings in this period.</translation>
    </message>
    <message numerus="yes">
        <source>%n low rating(s); Enter opens the conversation</source>
        <translation>
            <numerusform>%n low rating; Enter opens the conversation</numerusform>
            <numerusform>%n low ratings; Enter opens the conversation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baton::MainWindow</name>
    <message>
        <source>Baton — agent workstation</source>
        <translation>Baton — agent workstation</translation>
    </message>
    <message>
        <source>Preview (Ctrl+Shift+O)</source>
        <translation>Preview (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Not delivered: “%1” — %2</source>
        <translation>Not delivered: “%1” — %2</translation>
    </message>
    <message>
        <source>The transfer was not started: %1</source>
        <translation>The transfer was not started: %1</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transfer…</translation>
    </message>
    <message>
        <source>&amp;Open incoming transfer</source>
        <translation>&amp;Open incoming transfer</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>&amp;Next conversation</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>&amp;Previous conversation</translation>
    </message>
    <message>
        <source>Not closed: %1</source>
        <translation>Not closed: %1</translation>
    </message>
    <message>
        <source>&amp;Baton</source>
        <translation>&amp;Baton</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Connect…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Connection state</translation>
    </message>
    <message>
        <source>My status</source>
        <translation>My status</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Connected to %1 as %2</translation>
    </message>
    <message>
        <source>Catching up with %1…</source>
        <translation>Catching up with %1…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Offline — showing cached conversations; messages wait in the outbox</source>
        <translation>Offline — showing cached conversations; messages wait in the outbox</translation>
    </message>
    <message>
        <source>Load %1/%2</source>
        <translation>Load %1/%2</translation>
    </message>
    <message>
        <source>Select one of your open conversations to transfer it.</source>
        <translation>Select one of your open conversations to transfer it.</translation>
    </message>
    <message>
        <source>A transfer of this conversation is already waiting for an answer.</source>
        <translation>A transfer of this conversation is already waiting for an answer.</translation>
    </message>
    <message>
        <source>Accepted %1 from %2 automatically (your auto-accept rule).</source>
        <translation>Accepted %1 from %2 automatically (your auto-accept rule).</translation>
    </message>
    <message>
        <source>%1 offers you %2: %3</source>
        <translation>%1 offers you %2: %3</translation>
    </message>
    <message>
        <source>Incoming transfer</source>
        <translation>Incoming transfer</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>No transfer is waiting for your answer.</source>
        <translation>No transfer is waiting for your answer.</translation>
    </message>
    <message>
        <source>Sign-in refused.</source>
        <translation>Sign-in refused.</translation>
    </message>
    <message>
        <source>This transfer has ended and can no longer be accepted.</source>
        <translation>This transfer has ended and can no longer be accepted.</translation>
    </message>
    <message>
        <source>%1 withdrew the transfer of %2 before you answered.</source>
        <translation>%1 withdrew the transfer of %2 before you answered.</translation>
    </message>
    <message>
        <source>Missed transfer: %1 offered you %2; it ended unanswered at %3.</source>
        <translation>Missed transfer: %1 offered you %2; it ended unanswered at %3.</translation>
    </message>
    <message>
        <source>&amp;Find a chat or command…</source>
        <translation>&amp;Find a chat or command…</translation>
    </message>
    <message>
        <source>&amp;My day</source>
        <translation>&amp;My day</translation>
    </message>
    <message>
        <source>&amp;Close conversation…</source>
        <translation>&amp;Close conversation…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Select one of your open conversations to close it.</source>
        <translation>Select one of your open conversations to close it.</translation>
    </message>
    <message>
        <source>Quit Baton</source>
        <translation>Quit Baton</translation>
    </message>
    <message numerus="yes">
        <source>You have %n open conversation(s). If you quit, you are set to away so no new customers reach you; your open chats stay yours until you come back or a team lead moves them.</source>
        <translation>
            <numerusform>You have %n open conversation. If you quit, you are set to away so no new customers reach you; your open chat stays yours until you come back or a team lead moves it.</numerusform>
            <numerusform>You have %n open conversations. If you quit, you are set to away so no new customers reach you; your open chats stay yours until you come back or a team lead moves them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set away and quit</source>
        <translation>Set away and quit</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Keep working</translation>
    </message>
    <message>
        <source>Setting you away…</source>
        <translation>Setting you away…</translation>
    </message>
    <message>
        <source>Transfer this conversation…</source>
        <translation>Transfer this conversation…</translation>
    </message>
    <message>
        <source>Close this conversation…</source>
        <translation>Close this conversation…</translation>
    </message>
    <message>
        <source>Open the incoming transfer</source>
        <translation>Open the incoming transfer</translation>
    </message>
    <message>
        <source>My status: online</source>
        <translation>My status: online</translation>
    </message>
    <message>
        <source>My status: away</source>
        <translation>My status: away</translation>
    </message>
    <message>
        <source>My status: busy</source>
        <translation>My status: busy</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>My day</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Connect to another engine…</source>
        <translation>Connect to another engine…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Receives no customers</source>
        <translation>Receives no customers</translation>
    </message>
</context>
<context>
    <name>baton::MessageDelegate</name>
    <message>
        <source>Robot</source>
        <translation>Robot</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>sending…</translation>
    </message>
</context>
<context>
    <name>baton::MyDayPanel</name>
    <message>
        <source>Waiting for your answer</source>
        <translation>Waiting for your answer</translation>
    </message>
    <message>
        <source>My load</source>
        <translation>My load</translation>
    </message>
    <message>
        <source>My conversations today</source>
        <translation>My conversations today</translation>
    </message>
    <message>
        <source>My rating</source>
        <translation>My rating</translation>
    </message>
    <message>
        <source>Ctrl+K finds a customer or a command  ·  Alt+↑/↓ moves between chats  ·  F1 lists every key</source>
        <translation>Ctrl+K finds a customer or a command  ·  Alt+↑/↓ moves between chats  ·  F1 lists every key</translation>
    </message>
    <message>
        <source>My day, %1 — %2</source>
        <translation>My day, %1 — %2</translation>
    </message>
    <message>
        <source>Longest wait %1 — Alt+↓ opens the next chat</source>
        <translation>Longest wait %1 — Alt+↓ opens the next chat</translation>
    </message>
    <message>
        <source>Nobody is waiting for you.</source>
        <translation>Nobody is waiting for you.</translation>
    </message>
    <message>
        <source>Offline: the engine routes nobody to you.</source>
        <translation>Offline: the engine routes nobody to you.</translation>
    </message>
    <message>
        <source>Full: new customers go to colleagues.</source>
        <translation>Full: new customers go to colleagues.</translation>
    </message>
    <message numerus="yes">
        <source>%n more customer(s) can reach you.</source>
        <translation>
            <numerusform>%n more customer can reach you.</numerusform>
            <numerusform>%n more customers can reach you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed today</source>
        <translation>
            <numerusform>%n closed today</numerusform>
            <numerusform>%n closed today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 % resolved over %n conversation(s)</source>
        <translation>
            <numerusform>%1 % resolved over %n conversation</numerusform>
            <numerusform>%1 % resolved over %n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>No rated conversation yet.</source>
        <translation>No rated conversation yet.</translation>
    </message>
    <message>
        <source>You review: the engine routes no customers to you.</source>
        <translation>You review: the engine routes no customers to you.</translation>
    </message>
</context>
<context>
    <name>baton::Notifier</name>
    <message>
        <source>Baton</source>
        <translation>Baton</translation>
    </message>
</context>
<context>
    <name>baton::OverflowDialog</name>
    <message>
        <source>Let another department take our queue</source>
        <translation>Let another department take our queue</translation>
    </message>
    <message>
        <source>Open overflow</source>
        <translation>Open overflow</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>It closes by itself; nobody loses a chat they hold.</source>
        <translation>It closes by itself; nobody loses a chat they hold.</translation>
    </message>
    <message>
        <source>More chats per agent</source>
        <translation>More chats per agent</translation>
    </message>
</context>
<context>
    <name>baton::QueueStatsModel</name>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Overflow</source>
        <translation>Overflow</translation>
    </message>
</context>
<context>
    <name>baton::QueueTileDelegate</name>
    <message>
        <source>longest %1</source>
        <translation>longest %1</translation>
    </message>
    <message>
        <source>none waiting</source>
        <translation>none waiting</translation>
    </message>
    <message>
        <source>target ≤ %1</source>
        <translation>target ≤ %1</translation>
    </message>
    <message>
        <source>today %1% ≤ %2</source>
        <translation>today %1% ≤ %2</translation>
    </message>
</context>
<context>
    <name>baton::RatingListModel</name>
    <message>
        <source>%1 · served by %2 (%3) · %4</source>
        <translation>%1 · served by %2 (%3) · %4</translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation>(no comment)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>baton::RecordDetailDialog</name>
    <message>
        <source>Chat #%1 — %2</source>
        <translation>Chat #%1 — %2</translation>
    </message>
    <message>
        <source>%1 → %2 · %3 · %4</source>
        <translation>%1 → %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Transfer chain</source>
        <translation>Transfer chain</translation>
    </message>
    <message>
        <source>Conversation history</source>
        <translation>Conversation history</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Loading the history…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Robot</source>
        <translation>Robot</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>No messages.</translation>
    </message>
</context>
<context>
    <name>baton::RecordsView</name>
    <message>
        <source>Transfer records</source>
        <translation>Transfer records</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 days</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 days</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>All results</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Any departments</source>
        <translation>Any departments</translation>
    </message>
    <message>
        <source>Cross-department</source>
        <translation>Cross-department</translation>
    </message>
    <message>
        <source>Within a department</source>
        <translation>Within a department</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>Reason contains…</source>
        <translation>Reason contains…</translation>
    </message>
    <message>
        <source>Reason contains</source>
        <translation>Reason contains</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n record(s) so far</source>
        <translation>
            <numerusform>Loading… %n record so far</numerusform>
            <numerusform>Loading… %n records so far</numerusform>
        </translation>
    </message>
    <message>
        <source>No transfers match these filters.</source>
        <translation>No transfers match these filters.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shown; scroll for more</source>
        <translation>
            <numerusform>%n record shown; scroll for more</numerusform>
            <numerusform>%n records shown; scroll for more</numerusform>
        </translation>
    </message>
    <message>
        <source>transfers-%1.csv</source>
        <translation>transfers-%1.csv</translation>
    </message>
    <message>
        <source>Export transfer records</source>
        <translation>Export transfer records</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Exporting transfer records…</source>
        <translation>Exporting transfer records…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>Exported %n record to %1.</numerusform>
            <numerusform>Exported %n records to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
</context>
<context>
    <name>baton::SatisfactionBadge</name>
    <message>
        <source>Your satisfaction today</source>
        <translation>Your satisfaction today</translation>
    </message>
    <message>
        <source>Satisfaction today: no ratings yet</source>
        <translation>Satisfaction today: no ratings yet</translation>
    </message>
    <message numerus="yes">
        <source>Satisfaction today %1 (%n rating(s))</source>
        <translation>
            <numerusform>Satisfaction today %1 (%n rating)</numerusform>
            <numerusform>Satisfaction today %1 (%n ratings)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baton::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Incoming transfers</source>
        <translation>Incoming transfers</translation>
    </message>
    <message>
        <source>Desktop notification (tray)</source>
        <translation>Desktop notification (tray)</translation>
    </message>
    <message>
        <source>Notice in the window</source>
        <translation>Notice in the window</translation>
    </message>
    <message>
        <source>No notification</source>
        <translation>No notification</translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation>Play a sound</translation>
    </message>
    <message>
        <source>&amp;Notification</source>
        <translation>&amp;Notification</translation>
    </message>
    <message>
        <source>Auto-accept</source>
        <translation>Auto-accept</translation>
    </message>
    <message>
        <source>Accept offers without asking when all conditions below hold</source>
        <translation>Accept offers without asking when all conditions below hold</translation>
    </message>
    <message>
        <source>The offer comes from my own department</source>
        <translation>The offer comes from my own department</translation>
    </message>
    <message>
        <source>any load</source>
        <translation>any load</translation>
    </message>
    <message>
        <source>Only while my open conversations are fewer than</source>
        <translation>Only while my open conversations are fewer than</translation>
    </message>
    <message>
        <source>While my load is under</source>
        <translation>While my load is under</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <source>My skill tags</source>
        <translation>My skill tags</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>My skill &amp;tags</source>
        <translation>My skill &amp;tags</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>The engine refused the tags: %1</source>
        <translation>The engine refused the tags: %1</translation>
    </message>
    <message>
        <source>e.g. refunds, logistics, payment failures</source>
        <translation>e.g. refunds, logistics, payment failures</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Canned replies</translation>
    </message>
</context>
<context>
    <name>baton::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Send the message</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Find a canned reply</source>
        <translation>Find a canned reply</translation>
    </message>
    <message>
        <source>/ at the start of the message</source>
        <translation>/ at the start of the message</translation>
    </message>
    <message>
        <source>Transfer dialog: from the search into the list</source>
        <translation>Transfer dialog: from the search into the list</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Transfer dialog: send</source>
        <translation>Transfer dialog: send</translation>
    </message>
    <message>
        <source>Close a dialog or the reply list</source>
        <translation>Close a dialog or the reply list</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>baton::StaffingPanel</name>
    <message>
        <source>agents</source>
        <translation>agents</translation>
    </message>
    <message>
        <source>wait (s)</source>
        <translation>wait (s)</translation>
    </message>
    <message numerus="yes">
        <source>Last hour: %n customer(s); typical handling %1.</source>
        <translation>
            <numerusform>Last hour: %n customer; typical handling %1.</numerusform>
            <numerusform>Last hour: %n customers; typical handling %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too little traffic to size the team.</source>
        <translation>Too little traffic to size the team.</translation>
    </message>
    <message numerus="yes">
        <source>For %1% answered within %2 s you need %n agent(s).</source>
        <translation>
            <numerusform>For %1% answered within %2 s you need %n agent.</numerusform>
            <numerusform>For %1% answered within %2 s you need %n agents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n on duty the queue keeps growing.</source>
        <translation>
            <numerusform>With %n on duty the queue keeps growing.</numerusform>
            <numerusform>With %n on duty the queue keeps growing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n on duty customers wait %1 on average.</source>
        <translation>
            <numerusform>With %n on duty customers wait %1 on average.</numerusform>
            <numerusform>With %n on duty customers wait %1 on average.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baton::TeamAgentModel</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>reviews, no customers</source>
        <translation>reviews, no customers</translation>
    </message>
    <message>
        <source>The engine routes no customers to %1.</source>
        <translation>The engine routes no customers to %1.</translation>
    </message>
</context>
<context>
    <name>baton::TeamCellDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>baton::TeamView</name>
    <message>
        <source>Set away</source>
        <translation>Set away</translation>
    </message>
    <message>
        <source>Set online</source>
        <translation>Set online</translation>
    </message>
    <message>
        <source>Assign to agent…</source>
        <translation>Assign to agent…</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Waiting customers</source>
        <translation>Waiting customers</translation>
    </message>
    <message>
        <source>Staffing what-if (Erlang C)</source>
        <translation>Staffing what-if (Erlang C)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Transfer chats…</source>
        <translation>Transfer chats…</translation>
    </message>
    <message>
        <source>Open chat…</source>
        <translation>Open chat…</translation>
    </message>
    <message>
        <source>Open overflow…</source>
        <translation>Open overflow…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>conversation %1</source>
        <translation>conversation %1</translation>
    </message>
    <message>
        <source>Transfer chats of %1</source>
        <translation>Transfer chats of %1</translation>
    </message>
    <message>
        <source>%1 with %2 (read-only)</source>
        <translation>%1 with %2 (read-only)</translation>
    </message>
    <message>
        <source>Overflow opened; it closes by itself.</source>
        <translation>Overflow opened; it closes by itself.</translation>
    </message>
    <message numerus="yes">
        <source>Overflow for %1 until %2: every agent may hold %n more chat(s).</source>
        <translation>
            <numerusform>Overflow for %1 until %2: every agent may hold %n more chat.</numerusform>
            <numerusform>Overflow for %1 until %2: every agent may hold %n more chats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overflow for %1 until %2: %3 also takes the queue.</source>
        <translation>Overflow for %1 until %2: %3 also takes the queue.</translation>
    </message>
</context>
<context>
    <name>baton::TransferBanner</name>
    <message>
        <source>Cancel transfer</source>
        <translation>Cancel transfer</translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation>Choose another…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) accepted. The conversation is theirs now; it stays here as history.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) accepted. The conversation is theirs now; it stays here as history.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; rejected the transfer: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; rejected the transfer: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>went offline</source>
        <translation>went offline</translation>
    </message>
    <message>
        <source>You cancelled the transfer to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>You cancelled the transfer to &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>→ %1 (%2, %3/%4)</source>
        <translation>→ %1 (%2, %3/%4)</translation>
    </message>
    <message>
        <source>Transfer to %1 with the same note</source>
        <translation>Transfer to %1 with the same note</translation>
    </message>
    <message>
        <source>Nobody else is free right now.</source>
        <translation>Nobody else is free right now.</translation>
    </message>
    <message>
        <source>Waiting for &lt;b&gt;%1&lt;/b&gt; (%2) to accept — %3 s left</source>
        <translation>Waiting for &lt;b&gt;%1&lt;/b&gt; (%2) to accept — %3 s left</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; did not answer within the time limit; the offer was missed.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; did not answer within the time limit; the offer was missed.</translation>
    </message>
</context>
<context>
    <name>baton::TransferCsvExport</name>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>From department</source>
        <translation>From department</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>To department</source>
        <translation>To department</translation>
    </message>
    <message>
        <source>Cross-department</source>
        <translation>Cross-department</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Response (s)</source>
        <translation>Response (s)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>Steps taken</translation>
    </message>
    <message>
        <source>Customer situation</source>
        <translation>Customer situation</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>baton::TransferDialog</name>
    <message>
        <source>Transfer conversation — %1</source>
        <translation>Transfer conversation — %1</translation>
    </message>
    <message>
        <source>Search colleagues by name…</source>
        <translation>Search colleagues by name…</translation>
    </message>
    <message>
        <source>Search colleagues</source>
        <translation>Search colleagues</translation>
    </message>
    <message>
        <source>Department filter</source>
        <translation>Department filter</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>Skill filter</source>
        <translation>Skill filter</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>All skills</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>Recommended colleagues</source>
        <translation>Recommended colleagues</translation>
    </message>
    <message>
        <source>Note template</source>
        <translation>Note template</translation>
    </message>
    <message>
        <source>(no template)</source>
        <translation>(no template)</translation>
    </message>
    <message>
        <source>Save as my template…</source>
        <translation>Save as my template…</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Template</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>Steps taken</translation>
    </message>
    <message>
        <source>Customer situation</source>
        <translation>Customer situation</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation>&amp;Problem</translation>
    </message>
    <message>
        <source>&amp;Steps taken</source>
        <translation>&amp;Steps taken</translation>
    </message>
    <message>
        <source>Customer &amp;situation</source>
        <translation>Customer &amp;situation</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>&amp;Urgency</translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation>&amp;Remarks</translation>
    </message>
    <message>
        <source>Transfer (Ctrl+Enter)</source>
        <translation>Transfer (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No colleague can take this conversation right now.</source>
        <translation>No colleague can take this conversation right now.</translation>
    </message>
    <message>
        <source>Asking the engine…</source>
        <translation>Asking the engine…</translation>
    </message>
    <message>
        <source>Cannot load recommendations: %1</source>
        <translation>Cannot load recommendations: %1</translation>
    </message>
    <message>
        <source>Choose a colleague first.</source>
        <translation>Choose a colleague first.</translation>
    </message>
    <message>
        <source>The transfer was not started: %1</source>
        <translation>The transfer was not started: %1</translation>
    </message>
    <message>
        <source>Save note as template</source>
        <translation>Save note as template</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Template name:</translation>
    </message>
    <message>
        <source>Available now</source>
        <translation>Available now</translation>
    </message>
    <message>
        <source>Colleagues who are %1 cannot take a transfer now.</source>
        <translation>Colleagues who are %1 cannot take a transfer now.</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot take a transfer now.</source>
        <translation>%1 is %2 and cannot take a transfer now.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Nobody is %1 right now.</source>
        <translation>Nobody is %1 right now.</translation>
    </message>
    <message>
        <source>Greyed colleagues are away, busy or offline and cannot be chosen.</source>
        <translation>Greyed colleagues are away, busy or offline and cannot be chosen.</translation>
    </message>
    <message>
        <source>Nobody is called “%1”.</source>
        <translation>Nobody is called “%1”.</translation>
    </message>
    <message>
        <source>No colleague is online right now.</source>
        <translation>No colleague is online right now.</translation>
    </message>
    <message>
        <source>Nobody in %1 is online right now.</source>
        <translation>Nobody in %1 is online right now.</translation>
    </message>
    <message>
        <source>You may not transfer outside %1.</source>
        <translation>You may not transfer outside %1.</translation>
    </message>
    <message>
        <source>The colleagues who could take it are busy with a full load, or above your level (%1) and you may not transfer upward.</source>
        <translation>The colleagues who could take it are busy with a full load, or above your level (%1) and you may not transfer upward.</translation>
    </message>
    <message>
        <source>Ask your supervisor to pass it on.</source>
        <translation>Ask your supervisor to pass it on.</translation>
    </message>
    <message>
        <source>Your team lead %1 may transfer anywhere: give it to them with your note.</source>
        <translation>Your team lead %1 may transfer anywhere: give it to them with your note.</translation>
    </message>
    <message>
        <source>Your team lead %1 is %2 now; try again later or ask your supervisor.</source>
        <translation>Your team lead %1 is %2 now; try again later or ask your supervisor.</translation>
    </message>
    <message>
        <source>Transfer to %1 (team lead)</source>
        <translation>Transfer to %1 (team lead)</translation>
    </message>
</context>
<context>
    <name>baton::TransferRecordModel</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Timed out</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>went offline</source>
        <translation>went offline</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
</context>
<context>
    <name>baton::WaitingCustomerModel</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
</context>
<context>
    <name>baton::Workstation</name>
    <message>
        <source>Baton</source>
        <translation>Baton</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Cannot start: %1</translation>
    </message>
</context>
</TS>
