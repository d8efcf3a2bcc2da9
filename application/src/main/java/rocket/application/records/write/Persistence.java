package rocket.application.records.write;

import rocket.application.records.read.RecordLookup;
import rocket.domain.metadata.Entity;

/** The persist stage: a write's own statements — the insert (returns the new key), the update, or cascades + delete. */
final class Persistence {
    private Persistence() {
    }

    static Object persist(WriteRun run, PreparedWrite write) {
        Entity entity = write.entity();
        return ErrorPaths.at(write.path(), () -> switch (write.kind()) {
            case CREATE -> run.store().insert(entity, write.values());
            case UPDATE -> {
                if (run.store().update(entity, write.key(), write.values()) == 0) {
                    throw RecordLookup.notFound(entity, String.valueOf(write.key()));
                }
                yield write.key();
            }
            case DELETE -> {
                cascade(run, write);
                if (run.store().delete(entity, write.key()) == 0) {
                    throw RecordLookup.notFound(entity, String.valueOf(write.key()));
                }
                yield write.key();
            }
        });
    }

    /** A delete's cascades, which must run before its row goes (also when siblings are deleted as a batch). */
    static void cascade(WriteRun run, PreparedWrite delete) {
        Cascades.apply(run.store(), run.metadata(), delete.entity(), delete.key());
    }
}
