package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The admin API and import accept and refuse the same definitions with the same message, for every kind; and an
 * export imported into a fresh app exports again the same. The refused documents are ones import used to take
 * (a non-integer priority, conditions that are not an array, non-string headers, a config that is not an object,
 * steps that are not an array) or take with another message.
 */
class DefinitionsAgreeHttpTest {
    private static final Map<String, Object> TASK = Map.of("name", "task", "table", "tasks",
            "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
            "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "title", "type", "string"),
                    Map.of("name", "status", "type", "string")));

    private final Api api = TestServer.shared();
    private final String admin = api.platformToken();

    /** Section and admin path of a kind, a document both must accept, one both must refuse, and the message. */
    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("rules", "rules",
                        Map.of("entity", "task", "type", "field", "priority", 2,
                                "definition", Map.of("field", "title", "operator", "min_length", "value", 3)),
                        Map.of("entity", "task", "type", "field", "priority", "high",
                                "definition", Map.of("field", "title", "operator", "min_length", "value", 3)),
                        "priority must be a whole number"),
                Arguments.of("state_machines", "state-machines",
                        Map.of("entity", "task", "field", "status", "definition", Map.of("initial", "open",
                                "transitions", List.of(Map.of("from", "open", "to", "done", "roles", List.of("admin"))))),
                        Map.of("entity", "task", "field", "title", "definition", Map.of("initial", "open")),
                        "at least one transition is required"),
                Arguments.of("workflows", "workflows",
                        Map.of("name", "review", "trigger", Map.of("type", "state_change", "entity", "task",
                                "field", "status", "to", "done"), "steps", List.of(Map.of("id", "approve",
                                "type", "approval", "assignee", Map.of("type", "role", "role", "admin")))),
                        Map.of("name", "broken", "trigger", Map.of("type", "state_change", "entity", "task",
                                "field", "status", "to", "done"), "steps", "approve"),
                        "steps must be an array"),
                Arguments.of("permissions", "permissions",
                        Map.of("entity", "task", "action", "read", "roles", List.of("user"),
                                "conditions", List.of(Map.of("field", "status", "operator", "eq", "value", "open"))),
                        Map.of("entity", "task", "action", "update", "roles", List.of("user"), "conditions", "own"),
                        "conditions must be an array"),
                Arguments.of("webhooks", "webhooks",
                        Map.of("entity", "task", "url", "https://example.test/hook", "headers", Map.of("X-Source", "rocket"),
                                "retry", Map.of("max_attempts", 5, "backoff", "linear")),
                        Map.of("entity", "task", "url", "https://example.test/other", "headers", Map.of("X-Count", 1)),
                        "headers must map names to strings"),
                Arguments.of("ui_configs", "ui-configs",
                        Map.of("entity", "task", "scope", "list", "config", Map.of("columns", List.of("title"))),
                        Map.of("entity", "task", "config", "wide"),
                        "config must be an object"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void theAdminApiAndImportAcceptAndRefuseTheSameDocuments(String section, String path, Map<String, Object> valid,
                                                             Map<String, Object> invalid, String message) {
        String viaApi = appWithTask();
        String base = "/api/" + viaApi + "/_admin/" + path;
        Api.Response accepted = api.post(base, admin, valid);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        Api.Response refused = api.post(base, admin, invalid);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().at("/error/code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.json().at("/error/message").asText()).isEqualTo(message);

        String viaImport = api.createApp("agree");
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("version", 1);
        document.put("entities", List.of(TASK));
        document.put(section, List.of(valid, invalid));
        JsonNode imported = api.post("/api/" + viaImport + "/_admin/import", admin, document).json().get("data");
        assertThat(imported.at("/summary/" + section).asInt()).as(imported.toString()).isEqualTo(1);
        assertThat(imported.get("errors")).as(imported.toString()).hasSize(1);
        assertThat(imported.at("/errors/0").asText()).endsWith(": " + message);

        assertThat(definitions(viaImport, section)).isEqualTo(definitions(viaApi, section));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void anExportReimportsIntoAFreshAppAsTheSameDefinitions(String section, String path, Map<String, Object> valid,
                                                            Map<String, Object> invalid, String message) {
        String source = appWithTask();
        assertThat(api.post("/api/" + source + "/_admin/" + path, admin, valid).status()).isEqualTo(201);
        JsonNode exported = api.get("/api/" + source + "/_admin/export", admin).json().get("data");

        String copy = api.createApp("copy");
        JsonNode imported = api.post("/api/" + copy + "/_admin/import", admin, exported.toString()).json().get("data");
        assertThat(imported.has("errors")).as(imported.toString()).isFalse();
        assertThat(imported.at("/summary/" + section).asInt()).isEqualTo(1);

        JsonNode again = api.get("/api/" + copy + "/_admin/export", admin).json().get("data");
        ((ObjectNode) exported).remove("exported_at");
        ((ObjectNode) again).remove("exported_at");
        assertThat(again).isEqualTo(exported);
    }

    private String appWithTask() {
        String app = api.createApp("agree");
        Api.Response entity = api.post("/api/" + app + "/_admin/entities", admin, TASK);
        assertThat(entity.status()).as(entity.body()).isEqualTo(201);
        return app;
    }

    /** The app's definitions of a kind as the admin API lists them, without ids and timestamps. */
    private List<JsonNode> definitions(String app, String section) {
        String path = section.replace('_', '-');
        List<JsonNode> rows = new ArrayList<>();
        api.get("/api/" + app + "/_admin/" + path, admin).json().get("data").forEach(row -> {
            ObjectNode copy = row.deepCopy();
            copy.remove(List.of("id", "created_at", "updated_at"));
            rows.add(copy);
        });
        return rows;
    }
}
