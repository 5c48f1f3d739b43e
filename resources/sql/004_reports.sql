-- F4: transfer records and analytics. The first human reply of a conversation (first response time),
-- and the indexes the reports read by: offer time for transfer pages and metrics, creation time for
-- service metrics. Reports run on their own read-only connection (WAL), so these never block routing.
ALTER TABLE conversations ADD COLUMN first_response_ms INTEGER;
CREATE INDEX transfers_created ON transfers(created_ms);
CREATE INDEX conversations_created ON conversations(created_ms);
