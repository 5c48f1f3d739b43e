-- Issue 12: an agent's MESSAGE event is kept on the message's row, not as an `events` row of its own.
-- `events` is clustered by recipient, so every message wrote one B-tree leaf per agent per batch on
-- top of its conversation's leaf in `messages`: a third of a durable message's cost. The event's
-- number in the owner's stream (and in a transfer target's, while it previews the conversation) is
-- stored beside the message, and RESUME rebuilds the event from it (EventLog).
ALTER TABLE messages ADD COLUMN owner_agent TEXT;
ALTER TABLE messages ADD COLUMN owner_event_seq INTEGER;
ALTER TABLE messages ADD COLUMN preview_agent TEXT;
ALTER TABLE messages ADD COLUMN preview_event_seq INTEGER;

-- The conversations whose messages an agent received as events, so RESUME knows where to look
-- without an index by agent over every message. Written when an agent starts receiving a
-- conversation's messages and when that ends (last_seq: its last such event), never per message.
-- last_seq NULL: still receiving. last_message_seq: the message that event was, where a read starts.
CREATE TABLE message_routes (
    recipient TEXT NOT NULL,
    conversation_id INTEGER NOT NULL,
    last_seq INTEGER,
    last_message_seq INTEGER,
    PRIMARY KEY (recipient, conversation_id)
) WITHOUT ROWID;
CREATE INDEX message_routes_open ON message_routes(conversation_id) WHERE last_seq IS NULL;

-- How far each agent's event stream was pruned (eventRetention): events up to pruned_through are
-- gone, including MESSAGE events whose messages are still stored.
CREATE TABLE event_floors (
    recipient TEXT PRIMARY KEY,
    pruned_through INTEGER NOT NULL
) WITHOUT ROWID;
