-- F2.6: expertise tags an agent set for themselves (SET_TAGS). NULL: the configured `tags` apply.
-- Kept apart so that importing the team configuration at start does not undo the agent's choice.
ALTER TABLE agents ADD COLUMN own_tags TEXT;
