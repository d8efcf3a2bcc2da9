package rocket.application.records.write;

import java.util.Map;
import rocket.application.apps.AppContext;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;

/**
 * Told after a record write commits (workflows start from here). Asked first, from the write's metadata snapshot,
 * whether the entity matters to it, so a write nobody listens to costs no extra read.
 */
public interface CommittedWriteListener {
    boolean watches(AppMetadata metadata, Entity entity);

    void onWrite(AppContext context, Entity entity, Map<String, Object> row, Map<String, Object> old);
}
