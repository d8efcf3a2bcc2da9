-- The dispatcher claims due deliveries with
--   WHERE status IN ('pending', 'retrying') AND next_retry_at <= now() ORDER BY next_retry_at LIMIT n
--   FOR UPDATE SKIP LOCKED
-- once per free worker slot; without this index every claim scanned the whole outbox, which capped delivery at
-- ~55/s with a backlog of 18 000 rows.
CREATE INDEX IF NOT EXISTS idx_webhook_logs_due ON _webhook_logs (next_retry_at)
    WHERE status IN ('pending', 'retrying');
