-- The change log behind the realtime change stream: one row per created/updated/deleted record, written in the
-- write's transaction; seq is the stream's event id.
CREATE TABLE IF NOT EXISTS rocket._changes (
    seq        BIGSERIAL PRIMARY KEY,
    entity     TEXT        NOT NULL,
    record_key TEXT        NOT NULL,
    op         TEXT        NOT NULL,
    at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
