package rocket.application.apps.port.out;

import java.util.Set;

/**
 * A change another server instance must hear about: rows of {@code entities} of {@code app} were written, or the
 * app's metadata changed ({@code metadata}; then every entity counts as changed). {@code app} null means "anything
 * may have changed" (e.g. the feed lost its connection and may have missed changes).
 */
public record DataChange(String app, Set<String> entities, boolean metadata) {
    public DataChange {
        entities = Set.copyOf(entities);
    }

    public static DataChange everything() {
        return new DataChange(null, Set.of(), true);
    }
}
