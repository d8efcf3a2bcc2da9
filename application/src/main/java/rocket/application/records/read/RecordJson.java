package rocket.application.records.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;

/** Turns stored rows into the contract's JSON values: decimals as strings, ISO timestamps, canonical UUIDs. */
public final class RecordJson {
    private RecordJson() {
    }

    public static Map<String, Object> of(Entity entity, Map<String, Object> row) {
        return of(entity, row, Optional.empty());
    }

    /** Only the fields the caller may read ({@code readable}; empty: every field) — the others are absent. */
    public static Map<String, Object> of(Entity entity, Map<String, Object> row, Optional<Set<String>> readable) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (Field field : entity.readableFields()) {
            if (readable.isEmpty() || readable.get().contains(field.name())) {
                json.put(field.name(), value(row.get(field.name())));
            }
        }
        return json;
    }

    public static Object value(Object value) {
        return switch (value) {
            case null -> null;
            case BigDecimal d -> d.toPlainString();
            case OffsetDateTime t -> t.withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
            case LocalDate d -> d + "T00:00:00Z";
            case UUID u -> u.toString();
            default -> value;
        };
    }
}
