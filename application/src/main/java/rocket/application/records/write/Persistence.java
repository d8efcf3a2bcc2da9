package rocket.application.records.write;

import rocket.application.records.read.RecordLookup;
import rocket.domain.metadata.Entity;

/**
 * The persist stage: a write's own statements — the insert, the update (both return the stored row), or cascades +
 * delete.
 */
final class Persistence {
    private Persistence() {
    }

    static StoredRow persist(WriteRun run, PreparedWrite write) {
        Entity entity = write.entity();
        return ErrorPaths.at(write.path(), () -> switch (write.kind()) {
            case CREATE -> {
                var row = run.store().insert(entity, write.values());
                yield new StoredRow(run, entity, row.get(entity.primaryKey().field()), row);
            }
            case UPDATE -> new StoredRow(run, entity, write.key(), run.store()
                    .update(entity, write.key(), write.values())
                    .orElseThrow(() -> RecordLookup.notFound(entity, String.valueOf(write.key()))));
            case DELETE -> {
                cascade(run, write);
                if (run.store().delete(entity, write.key()) == 0) {
                    throw RecordLookup.notFound(entity, String.valueOf(write.key()));
                }
                yield new StoredRow(run, entity, write.key(), null);
            }
        });
    }

    /** A delete's cascades, which must run before its row goes (also when siblings are deleted as a batch). */
    static void cascade(WriteRun run, PreparedWrite delete) {
        Cascades.apply(run.store(), run.stores().changes(), run.metadata(), delete.entity(), delete.key());
    }
}
