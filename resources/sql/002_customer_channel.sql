-- F5: the robot tier, escalation reasons, satisfaction against the closing agent.
ALTER TABLE conversations ADD COLUMN escalation TEXT NOT NULL DEFAULT '';
ALTER TABLE conversations ADD COLUMN escalation_topic TEXT NOT NULL DEFAULT '';
ALTER TABLE conversations ADD COLUMN escalation_word TEXT NOT NULL DEFAULT '';
ALTER TABLE conversations ADD COLUMN robot_misses INTEGER NOT NULL DEFAULT 0;
ALTER TABLE conversations ADD COLUMN language TEXT NOT NULL DEFAULT 'zh';
ALTER TABLE conversations ADD COLUMN queued_ms INTEGER;
ALTER TABLE conversations ADD COLUMN closed_by TEXT;
ALTER TABLE conversations ADD COLUMN rating_comment TEXT NOT NULL DEFAULT '';
CREATE INDEX conversations_recently_closed ON conversations(closed_ms) WHERE state = 'closed';
