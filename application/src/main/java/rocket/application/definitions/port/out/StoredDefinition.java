package rocket.application.definitions.port.out;

import java.time.Instant;
import java.util.Map;

/**
 * A metadata row as stored: its key columns, the JSON definition document and timestamps.
 * {@code source}/{@code target} are set for relations only.
 */
public record StoredDefinition(String name, String tableName, String source, String target,
                               Map<String, Object> definition, Instant createdAt, Instant updatedAt) {
    public StoredDefinition {
        definition = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(definition));
    }
}
