package rocket.application.records.write;

import java.util.Map;
import rocket.application.records.port.in.Precondition;
import rocket.application.records.read.RecordJson;
import rocket.application.records.read.RecordVersion;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Entity;

/**
 * The precondition of an update or delete, checked inside the write's transaction: the record is read again and
 * locked until the transaction ends, so a concurrent writer has either committed (and its row is what is compared)
 * or waits until this write has. Two writers naming the same version cannot both pass. Checked before any stage
 * of the pipeline, so a failed precondition writes nothing: no row, no nested write, no outbox row, no workflow.
 */
public final class VersionCheck {
    private VersionCheck() {
    }

    /** The row the write starts from: {@code found} itself when nothing is required, else the row as locked. */
    public static Map<String, Object> lockedCurrent(WriteRun run, Entity entity, Map<String, Object> found,
                                                    Precondition precondition) {
        if (!precondition.required()) {
            return found;
        }
        Object key = found.get(entity.primaryKey().field());
        Map<String, Object> locked = run.store().lock(entity, key).orElseThrow(() -> failed(entity, key,
                "was deleted meanwhile"));
        // the version of the record as this caller reads it, the one their GET answered
        if (!precondition.admits(RecordVersion.of(RecordJson.of(entity, locked, run.readable(entity))))) {
            throw failed(entity, key, "has changed: it is not at the version If-Match names");
        }
        return locked;
    }

    private static RocketException failed(Entity entity, Object key, String what) {
        return RocketException.of(ErrorCode.PRECONDITION_FAILED, entity.name() + " with id " + key + " " + what);
    }
}
