-- Unique values of a soft-delete entity are unique among its live rows only: a soft-deleted row must not block
-- creating its successor (same slug, same unique value). Tables created before this version have full unique
-- indexes; rebuild each as a partial index on the live rows. Names and definitions come from the catalog and are
-- quoted with format(%I); no input reaches this script.
DO $$
DECLARE
    item record;
BEGIN
    FOR item IN
        SELECT i.schemaname, i.indexname, i.indexdef
        FROM pg_indexes i
        JOIN _entities e ON e.table_name = i.tablename
        WHERE i.schemaname = 'public' -- record tables; system tables live in schema rocket (V4)
          AND COALESCE((e.definition ->> 'soft_delete')::boolean, false)
          AND i.indexname LIKE 'idx\_%'
          AND i.indexdef LIKE 'CREATE UNIQUE INDEX %'
          AND i.indexdef NOT LIKE '% WHERE %'
    LOOP
        EXECUTE format('DROP INDEX %I.%I', item.schemaname, item.indexname);
        EXECUTE item.indexdef || ' WHERE (deleted_at IS NULL)';
    END LOOP;
END $$;
