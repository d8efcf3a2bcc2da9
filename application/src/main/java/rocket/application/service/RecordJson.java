package rocket.application.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import rocket.application.port.in.RecordPage;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;

/** Turns stored rows into the contract's JSON values: decimals as strings, ISO timestamps, canonical UUIDs. */
final class RecordJson {
    private RecordJson() {
    }

    static Map<String, Object> of(Entity entity, Map<String, Object> row) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (Field field : entity.readableFields()) {
            json.put(field.name(), value(row.get(field.name())));
        }
        return json;
    }

    static Object value(Object value) {
        return switch (value) {
            case null -> null;
            case BigDecimal d -> d.toPlainString();
            case OffsetDateTime t -> t.withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
            case LocalDate d -> d + "T00:00:00Z";
            case UUID u -> u.toString();
            default -> value;
        };
    }

    /** How many values an answer (a record, or a page of them) holds: the result cache's measure of its size. */
    static int valueCount(Object answer) {
        return (int) Math.min(Integer.MAX_VALUE, count(answer instanceof RecordPage page ? page.data() : answer));
    }

    private static long count(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().mapToLong(RecordJson::count).sum();
        }
        if (value instanceof java.util.Collection<?> values) {
            return values.stream().mapToLong(RecordJson::count).sum();
        }
        return 1;
    }
}
