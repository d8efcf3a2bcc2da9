package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordValuesHttpTest {
    private final Api api = TestServer.shared();
    private final String app = api.createApp("vals", driver());
    private final String admin = api.appAdminToken(app);
    private final String base = "/api/" + app;

    private void define(String path, Map<String, Object> body) {
        Api.Response response = api.post(base + path, admin, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private JsonNode create(String entity, Map<String, Object> body) {
        Api.Response response = api.post(base + "/" + entity, admin, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("data");
    }

    /** The apps' db_driver; {@link SqliteRecordValuesHttpTest} runs every test here on SQLite. */
    String driver() {
        return "postgres";
    }

    @Test
    void everyFieldTypeRoundTripsWithTheContractsEncoding() {
        define("/_admin/entities", Map.of("name", "sample", "table", "samples",
                "primary_key", Map.of("field", "code", "type", "string"),
                "fields", List.of(Map.of("name", "code", "type", "string"), Map.of("name", "note", "type", "text"),
                        Map.of("name", "small", "type", "integer"), Map.of("name", "big", "type", "bigint"),
                        Map.of("name", "ratio", "type", "float"), Map.of("name", "amount", "type", "decimal", "precision", 3),
                        Map.of("name", "flag", "type", "boolean"), Map.of("name", "ref", "type", "uuid"),
                        Map.of("name", "at", "type", "timestamp"), Map.of("name", "day", "type", "date"),
                        Map.of("name", "doc", "type", "json"))));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", "a-1");
        values.put("note", "long text");
        values.put("small", 42);
        values.put("big", 9_000_000_000L);
        values.put("ratio", 0.25);
        values.put("amount", "1500.5");
        values.put("flag", true);
        values.put("ref", "0b3c8a4e-9d1f-4c1a-8f7e-2a6b5c4d3e2f");
        values.put("at", "2025-03-01T10:15:30.123+02:00");
        values.put("day", "2025-03-01");
        values.put("doc", Map.of("nested", List.of(1, "two", Map.of("three", true))));
        JsonNode record = create("sample", values);
        assertThat(record.get("code").asText()).isEqualTo("a-1");
        assertThat(record.get("small").isInt()).isTrue();
        assertThat(record.get("big").asLong()).isEqualTo(9_000_000_000L);
        assertThat(record.get("ratio").asDouble()).isEqualTo(0.25);
        assertThat(record.get("amount").asText()).isEqualTo("1500.500");
        assertThat(record.get("flag").isBoolean()).isTrue();
        assertThat(record.get("ref").asText()).isEqualTo("0b3c8a4e-9d1f-4c1a-8f7e-2a6b5c4d3e2f");
        assertThat(record.get("at").asText()).isEqualTo("2025-03-01T08:15:30.123Z");
        assertThat(record.get("day").asText()).isEqualTo("2025-03-01T00:00:00Z");
        assertThat(record.at("/doc/nested/2/three").asBoolean()).isTrue();
        assertThat(api.get(base + "/sample/a-1", admin).json().at("/data/doc/nested/1").asText()).isEqualTo("two");

        assertThat(api.get(base + "/sample?filter[at.gt]=2025-03-01T00:00:00Z&filter[flag]=t&filter[day]=2025-03-01",
                admin).json().at("/meta/total").asInt()).isEqualTo(1);
        Api.Response wrong = api.post(base + "/sample", admin, Map.of("code", "b", "small", 3_000_000_000L,
                "ref", "nope", "at", "yesterday", "flag", "maybe", "doc", "not json {"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().at("/error/details").findValuesAsText("field")).contains("small", "ref", "at", "flag");
        assertThat(create("sample", Map.of("code", "c", "doc", "plain text")).get("doc").asText()).isEqualTo("plain text");
    }

    @Test
    void setNullOneToOneAndManyToManyModesBehaveAsTheContractSays() {
        define("/_admin/entities", Map.of("name", "owner", "table", "owners",
                "primary_key", Map.of("field", "id", "type", "bigint", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "bigint"), Map.of("name", "name", "type", "string"))));
        define("/_admin/entities", Map.of("name", "car", "table", "cars",
                "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "owner_id", "type", "bigint"),
                        Map.of("name", "model", "type", "string"))));
        define("/_admin/entities", Map.of("name", "profile", "table", "profiles",
                "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "owner_id", "type", "bigint"),
                        Map.of("name", "bio", "type", "string"))));
        define("/_admin/entities", Map.of("name", "club", "table", "clubs",
                "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "title", "type", "string"))));
        define("/_admin/relations", Map.of("name", "cars", "type", "one_to_many", "source", "owner", "target", "car",
                "target_key", "owner_id", "on_delete", "set_null"));
        define("/_admin/relations", Map.of("name", "profile", "type", "one_to_one", "source", "owner",
                "target", "profile", "target_key", "owner_id"));
        define("/_admin/relations", Map.of("name", "clubs", "type", "many_to_many", "source", "owner", "target", "club",
                "join_table", "owner_clubs", "source_join_key", "owner_id", "target_join_key", "club_id"));
        String a = create("club", Map.of("title", "A")).get("id").asText();
        String b = create("club", Map.of("title", "B")).get("id").asText();
        String c = create("club", Map.of("title", "C")).get("id").asText();

        JsonNode owner = create("owner", Map.of("name", "Ann", "cars", Map.of("data", List.of(Map.of("model", "T"))),
                "profile", Map.of("data", List.of(Map.of("bio", "hi"))),
                "clubs", Map.of("data", List.of(Map.of("id", a), Map.of("id", b)))));
        String id = owner.get("id").asText();
        JsonNode read = api.get(base + "/owner/" + id + "?include=profile,clubs", admin).json().get("data");
        assertThat(read.at("/profile/bio").asText()).isEqualTo("hi");
        assertThat(read.get("clubs").findValuesAsText("title")).containsExactly("A", "B");

        api.put(base + "/owner/" + id, admin, Map.of("clubs", Map.of("data", List.of(Map.of("id", a, "_delete", true),
                Map.of("id", c)))));
        assertThat(clubs(id)).containsExactlyInAnyOrder("B", "C");
        api.put(base + "/owner/" + id, admin, Map.of("clubs", Map.of("_write_mode", "append",
                "data", List.of(Map.of("id", c), Map.of("id", a)))));
        assertThat(clubs(id)).containsExactlyInAnyOrder("A", "B", "C");
        api.put(base + "/owner/" + id, admin, Map.of("clubs", Map.of("_write_mode", "replace",
                "data", List.of(Map.of("id", b)))));
        assertThat(clubs(id)).containsExactly("B");

        JsonNode lonely = create("owner", Map.of("name", "Bob"));
        assertThat(api.get(base + "/owner/" + lonely.get("id").asText() + "?include=profile", admin).json()
                .at("/data/profile").isNull()).isTrue();

        assertThat(api.delete(base + "/owner/" + id, admin).status()).isEqualTo(200);
        JsonNode cars = api.get(base + "/car?filter[model]=T", admin).json().get("data");
        assertThat(cars).hasSize(1);
        assertThat(cars.get(0).get("owner_id").isNull()).as("set_null").isTrue();
    }

    private List<String> clubs(String owner) {
        return api.get(base + "/owner/" + owner + "?include=clubs", admin).json().at("/data/clubs").findValuesAsText("title");
    }
}
