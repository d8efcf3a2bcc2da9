package rocket.domain.logic;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A business rule of an entity: {@code field} (operator check), {@code expression} (true = violated) or
 * {@code computed} (the value is written to a field). Only {@code before_write} rules run.
 */
public record Rule(UUID id, String entity, String hook, String type, Map<String, Object> definition, int priority,
                   boolean active, Instant createdAt, Instant updatedAt) {
    public static final String BEFORE_WRITE = "before_write";

    public Rule {
        definition = definition == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(definition));
    }

    public String text(String key) {
        return definition.get(key) instanceof String s ? s : null;
    }

    public boolean stopOnFail() {
        return Boolean.TRUE.equals(definition.get("stop_on_fail"));
    }
}
