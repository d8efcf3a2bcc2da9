package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * An app moves between drivers by export and import: a PostgreSQL app's definitions and records go into a SQLite
 * app and from there into a new PostgreSQL app, and each copy exports and serves exactly what the first one does.
 */
class ExportAcrossDriversHttpTest {
    private final Api api = TestServer.shared();
    private final String admin = api.platformToken();

    @Test
    void aPostgresAppRoundTripsThroughASqliteAppWithItsRecords() {
        try (HttpSink sink = new HttpSink()) {
            String postgres = api.createApp("xpg", "postgres");
            assertThat(imported(postgres, ImportExportHttpTest.example("employee-management", sink))
                    .at("/summary/records").asInt()).isPositive();
            JsonNode definitions = export(postgres);
            JsonNode records = records(postgres, definitions);
            assertThat(records.at("/employee")).hasSize(7);

            String sqlite = api.createApp("xsq", "sqlite");
            imported(sqlite, withRecords(definitions, records));
            assertThat(export(sqlite)).isEqualTo(definitions);
            assertThat(records(sqlite, definitions)).isEqualTo(records);

            String back = api.createApp("xback", "postgres");
            imported(back, withRecords(export(sqlite), records(sqlite, definitions)));
            assertThat(export(back)).isEqualTo(definitions);
            assertThat(records(back, definitions)).isEqualTo(records);
        }
    }

    private JsonNode imported(String app, String document) {
        Api.Response response = api.post("/api/" + app + "/_admin/import", admin, document);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode data = response.json().get("data");
        assertThat(data.has("errors")).as(data.toString()).isFalse();
        return data;
    }

    /** The export without its time stamp, which differs between any two exports. */
    private JsonNode export(String app) {
        ObjectNode exported = (ObjectNode) api.get("/api/" + app + "/_admin/export", admin).json().get("data");
        exported.remove("exported_at");
        return exported;
    }

    /** Every entity's rows as the API serves them, by id: the shape of an import's {@code sample_data}. */
    private JsonNode records(String app, JsonNode definitions) {
        ObjectNode rows = (ObjectNode) api.json("{}");
        for (JsonNode entity : definitions.get("entities")) {
            String name = entity.get("name").asText();
            Api.Response listed = api.get("/api/" + app + "/" + name + "?per_page=100&sort=id", admin);
            assertThat(listed.status()).as(listed.body()).isEqualTo(200);
            rows.set(name, listed.json().get("data"));
        }
        return rows;
    }

    private static String withRecords(JsonNode definitions, JsonNode records) {
        ObjectNode document = definitions.deepCopy();
        document.put("exported_at", "2026-01-01T00:00:00Z");
        document.set("sample_data", records);
        return document.toString();
    }
}
