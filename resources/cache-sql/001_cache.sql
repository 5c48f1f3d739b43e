-- The workstation's local cache (F6.2): what it needs to open before the engine answers, to read
-- offline, and to resume without gaps. One file per (engine URL, agent).

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per conversation the agent owns, owned, or has been offered. `data` is the Conversation
-- object as last received; the other columns are what the list shows and sorts by.
CREATE TABLE conversations (
    id INTEGER PRIMARY KEY,
    data TEXT NOT NULL,
    owner TEXT NOT NULL,
    state TEXT NOT NULL,
    priority INTEGER NOT NULL DEFAULT 0,
    customer_name TEXT NOT NULL DEFAULT '',
    vip_level INTEGER NOT NULL DEFAULT 0,
    last_text TEXT NOT NULL DEFAULT '',
    last_time_ms INTEGER NOT NULL DEFAULT 0,
    waiting_since_ms INTEGER NOT NULL DEFAULT 0,
    unread INTEGER NOT NULL DEFAULT 0,
    ever_mine INTEGER NOT NULL DEFAULT 0,
    offer_transfer_id INTEGER NOT NULL DEFAULT 0,
    outgoing_transfer_id INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE messages (
    conversation_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    sender TEXT NOT NULL,
    sender_id TEXT NOT NULL,
    text TEXT NOT NULL,
    time_ms INTEGER NOT NULL,
    PRIMARY KEY (conversation_id, seq)
) WITHOUT ROWID;

-- Transfers seen by this agent, with the next recommendations that came with a reject or timeout.
CREATE TABLE transfers (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL,
    data TEXT NOT NULL,
    next TEXT NOT NULL DEFAULT '[]',
    extra TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX transfers_by_conversation ON transfers(conversation_id, id);

-- Messages typed but not yet acknowledged by the engine, in typing order. `key` is the
-- idempotency key sent with SEND_MESSAGE, so a resend after a lost reply is not executed twice.
CREATE TABLE outbox (
    position INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    conversation_id INTEGER NOT NULL,
    text TEXT NOT NULL,
    created_ms INTEGER NOT NULL
);
