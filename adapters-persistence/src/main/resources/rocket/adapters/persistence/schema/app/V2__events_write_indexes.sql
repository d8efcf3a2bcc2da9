-- _events is written on every traced request, so it keeps only the indexes its read routes use: created_at
-- (list order, from/to windows, stats, retention) and trace_id (trace view). Entity and type/source filters of
-- the admin list run within a created_at window and do not justify maintaining an index on every write.
DROP INDEX IF EXISTS idx_events_entity_created;
DROP INDEX IF EXISTS idx_events_type_source;
