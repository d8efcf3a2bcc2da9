package rocket.bootstrap.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Entity definitions for tests. */
final class TestSchemas {
    private TestSchemas() {
    }

    /** An entity with a generated uuid {@code id} followed by the given field definitions. */
    static Map<String, Object> uuidEntity(String name, String table, Object... fields) {
        List<Object> all = new ArrayList<>(List.of(Map.of("name", "id", "type", "uuid")));
        all.addAll(List.of(fields));
        return Map.of("name", name, "table", table, "primary_key", Map.of("field", "id", "type", "uuid",
                "generated", true), "fields", all);
    }
}
