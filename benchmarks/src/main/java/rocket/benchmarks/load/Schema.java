package rocket.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Definitions in the export/import format, applied through {@code POST /_admin/import}: the import skips entities,
 * relations, state machines and sample rows that already exist, which is what makes every set-up idempotent.
 */
final class Schema {
    private Schema() {
    }

    /** An entity with a generated UUID key {@code id} and the given fields. */
    static Map<String, Object> entity(String name, String table, List<Map<String, Object>> fields) {
        List<Object> all = new ArrayList<>();
        all.add(field("id", "uuid"));
        all.addAll(fields);
        return Map.of("name", name, "table", table,
                "primary_key", Map.of("field", "id", "type", "uuid", "generated", true), "fields", all);
    }

    static Map<String, Object> field(String name, String type) {
        return Map.of("name", name, "type", type);
    }

    static Map<String, Object> oneToMany(String name, String source, String target, String targetKey) {
        return Map.of("name", name, "type", "one_to_many", "source", source, "target", target,
                "target_key", targetKey, "on_delete", "cascade");
    }

    static Map<String, Object> manyToMany(String name, String source, String target, String joinTable,
                                          String sourceKey, String targetKey) {
        return Map.of("name", name, "type", "many_to_many", "source", source, "target", target,
                "join_table", joinTable, "source_join_key", sourceKey, "target_join_key", targetKey,
                "on_delete", "detach");
    }

    /** A stable UUID per (kind, n), so sample rows keep their ids across set-ups and are inserted once. */
    static String id(int kind, int n) {
        return String.format("00000000-0000-4000-8%03d-%012d", kind, n);
    }

    /** Imports {@code sections} (entities, relations, state_machines, sample_data…); fails on any item error. */
    static void apply(AppClient app, Map<String, Object> sections) throws IOException, InterruptedException {
        Map<String, Object> document = new LinkedHashMap<>(sections);
        document.put("version", 1);
        JsonNode answer = app.expect(200, "POST", "/_admin/import", document);
        JsonNode errors = answer.at("/data/errors");
        if (errors.isArray() && !errors.isEmpty()) {
            throw new IllegalStateException("import reported errors: " + errors);
        }
    }
}
