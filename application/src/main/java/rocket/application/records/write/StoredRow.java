package rocket.application.records.write;

import java.util.Map;
import rocket.application.records.read.RecordLookup;
import rocket.domain.metadata.Entity;

/**
 * The row a write left behind. The write's own statement returns it ({@code RETURNING}), which saves the read that
 * would fetch it again; once a later stage may have changed it (nested writes), or when a batch returned only the
 * key, it is read again inside the transaction the first time it is needed.
 */
public final class StoredRow {
    private final WriteRun run;
    private final Entity entity;
    private final Object key;
    private Map<String, Object> row;

    StoredRow(WriteRun run, Entity entity, Object key, Map<String, Object> returned) {
        this.run = run;
        this.entity = entity;
        this.key = key;
        this.row = returned;
    }

    /** The primary key of the written record. */
    public Object key() {
        return key;
    }

    /** The row as it stands now in the write's transaction. */
    public Map<String, Object> row() {
        if (row == null) {
            row = run.store().findOne(entity, entity.pkField(), key)
                    .orElseThrow(() -> RecordLookup.notFound(entity, String.valueOf(key)));
        }
        return row;
    }

    /** The same record, read again when next needed (a later stage wrote it). */
    StoredRow readAgain() {
        return new StoredRow(run, entity, key, null);
    }
}
