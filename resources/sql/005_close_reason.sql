-- Why an agent closed a conversation as they did (CLOSE_CONVERSATION "reason", optional free text),
-- beside `resolved`, for the supervisor's records.
ALTER TABLE conversations ADD COLUMN close_reason TEXT;
