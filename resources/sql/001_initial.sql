-- Baton engine schema, version 1.
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE departments (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    transfer_timeout_ms INTEGER           -- NULL: the engine default applies
);

CREATE TABLE agents (
    id TEXT PRIMARY KEY,                  -- login name
    display_name TEXT NOT NULL,
    department TEXT NOT NULL,
    level INTEGER NOT NULL,
    role TEXT NOT NULL,
    max_sessions INTEGER NOT NULL,
    password_hash TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '[]',      -- JSON array
    may_transfer INTEGER NOT NULL,
    may_receive INTEGER NOT NULL,
    cross_department INTEGER NOT NULL,
    transfer_upward INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'offline'
);

CREATE TABLE agent_skills (
    agent_id TEXT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    skill TEXT NOT NULL,
    proficiency INTEGER NOT NULL,         -- 1 general, 2 secondary, 3 primary
    PRIMARY KEY (agent_id, skill)
);

CREATE TABLE customers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    vip_level INTEGER NOT NULL DEFAULT 0,
    tags TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE conversations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    skills TEXT NOT NULL DEFAULT '[]',    -- JSON array of required skills
    skill TEXT,                           -- first required skill, for per-skill performance
    priority INTEGER NOT NULL DEFAULT 0,
    owner_id TEXT,
    first_owner_id TEXT,                  -- the agent the engine first routed it to
    assigned_ms INTEGER,
    state TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    created_ms INTEGER NOT NULL,
    closed_ms INTEGER,
    last_seq INTEGER NOT NULL DEFAULT 0,
    resolved INTEGER,
    rating INTEGER,
    visitor_token_hash TEXT
);
CREATE INDEX conversations_open ON conversations(state) WHERE state <> 'closed';
CREATE INDEX conversations_owner ON conversations(owner_id, state);
CREATE UNIQUE INDEX conversations_visitor ON conversations(visitor_token_hash);

CREATE TABLE messages (
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    seq INTEGER NOT NULL,
    sender_kind TEXT NOT NULL,
    sender_id TEXT NOT NULL,
    text TEXT NOT NULL,
    time_ms INTEGER NOT NULL,
    PRIMARY KEY (conversation_id, seq)
) WITHOUT ROWID;

CREATE TABLE transfers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    attempt_id INTEGER NOT NULL,
    from_agent TEXT NOT NULL,
    to_agent TEXT NOT NULL,
    from_department TEXT NOT NULL,
    to_department TEXT NOT NULL,
    note TEXT NOT NULL,                   -- JSON object
    state TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    created_ms INTEGER NOT NULL,
    deadline_ms INTEGER NOT NULL,
    resolved_ms INTEGER
);
CREATE INDEX transfers_conversation ON transfers(conversation_id, id);
CREATE INDEX transfers_pending ON transfers(state) WHERE state = 'pending';
-- At most one pending transfer per conversation, enforced by the database as well as the engine.
CREATE UNIQUE INDEX transfers_one_pending ON transfers(conversation_id) WHERE state = 'pending';

CREATE TABLE events (
    recipient TEXT NOT NULL,
    seq INTEGER NOT NULL,                 -- contiguous per recipient, starting at 1
    type TEXT NOT NULL,
    payload TEXT NOT NULL,
    time_ms INTEGER NOT NULL,
    PRIMARY KEY (recipient, seq)
) WITHOUT ROWID;

CREATE TABLE idempotency (
    principal TEXT NOT NULL,
    key TEXT NOT NULL,
    type TEXT NOT NULL,
    reply TEXT NOT NULL,
    time_ms INTEGER NOT NULL,
    PRIMARY KEY (principal, key)
) WITHOUT ROWID;

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    agent_id TEXT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    created_ms INTEGER NOT NULL,
    expires_ms INTEGER NOT NULL
);
