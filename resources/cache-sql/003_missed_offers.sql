-- An offer to this agent that ended without an answer (timed out, withdrawn, or ended while away):
-- the conversation stays in the list as a trace ("missed transfer"), with who offered it and when.
ALTER TABLE conversations ADD COLUMN missed_transfer_id INTEGER NOT NULL DEFAULT 0;
