package rocket.application.records.port.out;

import java.util.Set;

/**
 * Told by an app database which entities' rows changed, once the change is visible to other connections: after
 * the commit of the transaction that wrote them, or right after a write made outside any transaction.
 */
@FunctionalInterface
public interface RecordChangeListener {
    void committed(Set<String> entities);
}
