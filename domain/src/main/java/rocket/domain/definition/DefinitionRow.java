package rocket.domain.definition;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A definition as the admin API, export and the store all carry it: its JSON document (the contract's keys, in the
 * contract's order) and, once saved, its id and timestamps.
 */
public record DefinitionRow(UUID id, Map<String, Object> document, Instant createdAt, Instant updatedAt) {
    public DefinitionRow {
        document = Collections.unmodifiableMap(new LinkedHashMap<>(document));
    }

    /** A document a client sent: not saved yet, so no id and no timestamps. */
    public static DefinitionRow unsaved(Map<String, Object> document) {
        return new DefinitionRow(null, document, null, null);
    }
}
