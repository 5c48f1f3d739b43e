-- F4: pre-aggregated report rows, so a 90-day TRANSFER_METRICS or SERVICE_METRICS reads a few thousand
-- rows instead of every transfer and conversation of the period (ReportSummary writes them when a
-- conversation closes and when it is rated, in the same transaction). A conversation's rows and its
-- transfers' rows are written once, at its closing: only then are its skill, handling agent and
-- transfers final. `summarized` marks the conversations that are in; reports read the others (open
-- ones, rows written by hand) from the base tables, so the summary never has to be complete.
--
-- Grains (the `grain` column) keep one dimension each besides time, so rows stay few:
--   transfer_summary: 0 by UTC hour, 1 by UTC day and receiving agent, 2 by UTC day and skill,
--                     3 by UTC day and reason; every row keeps both departments.
--   service_summary:  0 by UTC hour, 1 by UTC day and handling agent, 2 by UTC day and skill,
--                     3 by UTC hour and handling agent; every row keeps the escalation reason.
-- Response-time histograms are text "edge:count,…" (ResponseHistogram). The first-response target
-- (20 s, ServiceMetricsQuery::firstResponseTargetMs) is counted here too.
-- The statements from the first WITH to the UPDATE add every closed conversation not summarized yet;
-- ReportSummary::absorb() runs them again after rows were written by hand (demo history, benchmarks).
ALTER TABLE conversations ADD COLUMN summarized INTEGER NOT NULL DEFAULT 0;

CREATE TABLE transfer_summary (
    grain INTEGER NOT NULL,
    bucket INTEGER NOT NULL,              -- created_ms / 3600000 (grain 0) or / 86400000
    value TEXT NOT NULL,                  -- '' (grain 0), to_agent, skill or reason
    from_department TEXT NOT NULL,
    to_department TEXT NOT NULL,
    pending INTEGER NOT NULL,
    accepted INTEGER NOT NULL,
    rejected INTEGER NOT NULL,
    timeout INTEGER NOT NULL,
    cancelled INTEGER NOT NULL,
    accepted_ms INTEGER NOT NULL,         -- sums of response times
    rejected_ms INTEGER NOT NULL,
    rated INTEGER NOT NULL,               -- accepted transfers whose conversation is rated
    rating_sum INTEGER NOT NULL,
    accepted_hist TEXT,
    rejected_hist TEXT,
    PRIMARY KEY (grain, bucket, value, from_department, to_department)
) WITHOUT ROWID;

CREATE TABLE service_summary (
    grain INTEGER NOT NULL,
    bucket INTEGER NOT NULL,
    value TEXT NOT NULL,                  -- '' (grain 0), handling agent or skill
    escalation TEXT NOT NULL,
    conversations INTEGER NOT NULL,
    responded INTEGER NOT NULL,
    first_response_sum INTEGER NOT NULL,
    within_target INTEGER NOT NULL,
    closed INTEGER NOT NULL,              -- closed with `resolved` known
    resolved INTEGER NOT NULL,
    rated INTEGER NOT NULL,
    rating_sum INTEGER NOT NULL,
    r1 INTEGER NOT NULL,
    r2 INTEGER NOT NULL,
    r3 INTEGER NOT NULL,
    r4 INTEGER NOT NULL,
    r5 INTEGER NOT NULL,
    left_waiting INTEGER NOT NULL,
    PRIMARY KEY (grain, bucket, value, escalation)
) WITHOUT ROWID;
-- Grain 3 is read for a few agents at a time (an agent's or a department's figures by hour or day).
CREATE INDEX service_summary_value ON service_summary(grain, value, bucket);

WITH x AS (
    SELECT t.created_ms AS ms, t.to_agent AS agent, COALESCE(c.skill, '') AS skill, t.reason AS reason,
           t.from_department AS fd, t.to_department AS td, t.state AS state,
           COALESCE(t.resolved_ms - t.created_ms, 0) AS resp, c.rating AS rating
    FROM transfers t JOIN conversations c ON c.id = t.conversation_id
    WHERE c.state = 'closed' AND c.summarized = 0 AND t.reason IS NOT 'reassigned'),
g AS (
    SELECT 0 AS grain, ms / 3600000 AS bucket, '' AS value, fd, td, state, resp, rating FROM x
    UNION ALL SELECT 1, ms / 86400000, agent, fd, td, state, resp, rating FROM x
    UNION ALL SELECT 2, ms / 86400000, skill, fd, td, state, resp, rating FROM x
    UNION ALL SELECT 3, ms / 86400000, reason, fd, td, state, resp, rating FROM x),
h AS (
    SELECT grain, bucket, value, fd, td, state,
           CASE WHEN resp <= 0 THEN 0
                WHEN resp <= 10000 THEN (resp + 99) / 100 * 100
                WHEN resp <= 600000 THEN (resp + 999) / 1000 * 1000
                ELSE (resp + 59999) / 60000 * 60000 END AS edge,
           COUNT(*) AS n
    FROM g WHERE state IN ('accepted', 'rejected') GROUP BY 1, 2, 3, 4, 5, 6, 7),
hh AS (
    SELECT grain, bucket, value, fd, td,
           group_concat(CASE WHEN state = 'accepted' THEN edge || ':' || n END) AS ah,
           group_concat(CASE WHEN state = 'rejected' THEN edge || ':' || n END) AS rh
    FROM h GROUP BY 1, 2, 3, 4, 5),
s AS (
    SELECT grain, bucket, value, fd, td,
           SUM(state = 'pending') AS pending, SUM(state = 'accepted') AS accepted,
           SUM(state = 'rejected') AS rejected, SUM(state = 'timeout') AS timeout,
           SUM(state = 'cancelled') AS cancelled,
           SUM(CASE WHEN state = 'accepted' THEN resp ELSE 0 END) AS accepted_ms,
           SUM(CASE WHEN state = 'rejected' THEN resp ELSE 0 END) AS rejected_ms,
           SUM(state = 'accepted' AND rating IS NOT NULL) AS rated,
           SUM(CASE WHEN state = 'accepted' THEN COALESCE(rating, 0) ELSE 0 END) AS rating_sum
    FROM g GROUP BY 1, 2, 3, 4, 5)
INSERT INTO transfer_summary
SELECT s.grain, s.bucket, s.value, s.fd, s.td, s.pending, s.accepted, s.rejected, s.timeout, s.cancelled,
       s.accepted_ms, s.rejected_ms, s.rated, s.rating_sum, hh.ah, hh.rh
FROM s LEFT JOIN hh ON hh.grain = s.grain AND hh.bucket = s.bucket AND hh.value = s.value AND hh.fd = s.fd
                   AND hh.td = s.td
WHERE 1
ON CONFLICT (grain, bucket, value, from_department, to_department) DO UPDATE SET
    pending = pending + excluded.pending, accepted = accepted + excluded.accepted,
    rejected = rejected + excluded.rejected, timeout = timeout + excluded.timeout,
    cancelled = cancelled + excluded.cancelled, accepted_ms = accepted_ms + excluded.accepted_ms,
    rejected_ms = rejected_ms + excluded.rejected_ms, rated = rated + excluded.rated,
    rating_sum = rating_sum + excluded.rating_sum,
    accepted_hist = CASE WHEN accepted_hist IS NULL THEN excluded.accepted_hist
                         WHEN excluded.accepted_hist IS NULL THEN accepted_hist
                         ELSE accepted_hist || ',' || excluded.accepted_hist END,
    rejected_hist = CASE WHEN rejected_hist IS NULL THEN excluded.rejected_hist
                         WHEN excluded.rejected_hist IS NULL THEN rejected_hist
                         ELSE rejected_hist || ',' || excluded.rejected_hist END;

WITH x AS (
    SELECT created_ms AS ms, COALESCE(closed_by, owner_id, '') AS agent, COALESCE(skill, '') AS skill,
           escalation, first_response_ms - COALESCE(queued_ms, created_ms) AS fr, resolved, rating,
           queued_ms IS NOT NULL AND assigned_ms IS NULL AS lw
    FROM conversations WHERE state = 'closed' AND summarized = 0),
g AS (
    SELECT 0 AS grain, ms / 3600000 AS bucket, '' AS value, escalation, fr, resolved, rating, lw FROM x
    UNION ALL SELECT 1, ms / 86400000, agent, escalation, fr, resolved, rating, lw FROM x
    UNION ALL SELECT 2, ms / 86400000, skill, escalation, fr, resolved, rating, lw FROM x
    UNION ALL SELECT 3, ms / 3600000, agent, escalation, fr, resolved, rating, lw FROM x)
INSERT INTO service_summary
SELECT grain, bucket, value, escalation, COUNT(*), COUNT(fr), COALESCE(SUM(fr), 0),
       COALESCE(SUM(fr <= 20000), 0), COALESCE(SUM(resolved IS NOT NULL), 0), COALESCE(SUM(resolved), 0),
       COUNT(rating), COALESCE(SUM(rating), 0), COALESCE(SUM(rating = 1), 0), COALESCE(SUM(rating = 2), 0),
       COALESCE(SUM(rating = 3), 0), COALESCE(SUM(rating = 4), 0), COALESCE(SUM(rating = 5), 0),
       COALESCE(SUM(lw), 0)
FROM g WHERE 1 GROUP BY 1, 2, 3, 4
ON CONFLICT (grain, bucket, value, escalation) DO UPDATE SET
    conversations = conversations + excluded.conversations, responded = responded + excluded.responded,
    first_response_sum = first_response_sum + excluded.first_response_sum,
    within_target = within_target + excluded.within_target, closed = closed + excluded.closed,
    resolved = resolved + excluded.resolved, rated = rated + excluded.rated,
    rating_sum = rating_sum + excluded.rating_sum, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2,
    r3 = r3 + excluded.r3, r4 = r4 + excluded.r4, r5 = r5 + excluded.r5,
    left_waiting = left_waiting + excluded.left_waiting;

UPDATE conversations SET summarized = 1 WHERE state = 'closed' AND summarized = 0;

-- What reports read from the base tables: the conversations not (yet) in the summary.
CREATE INDEX conversations_unsummarized ON conversations(created_ms) WHERE summarized = 0;
