package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rocket.domain.metadata.FieldType;

/** What the reference's clients (admin UI, end-user app, MCP server) and schema generators send. */
class ReferenceClientsHttpTest {
    private final Api api = TestServer.shared();
    private final String app = api.createApp("clients");
    private final String admin = api.appAdminToken(app);
    private final String base = "/api/" + app;

    private List<String> titles(String query) {
        Api.Response listed = api.get(base + "/note?" + query, admin);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        List<String> titles = new ArrayList<>();
        listed.json().get("data").forEach(n -> titles.add(n.get("title").asText()));
        return titles;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private void notes(String... titles) {
        api.post(base + "/_admin/entities", admin, TestSchemas.uuidEntity("note", "notes",
                Map.of("name", "title", "type", "string"), Map.of("name", "due", "type", "timestamp"),
                Map.of("name", "author_id", "type", "uuid"))).created();
        for (String title : titles) {
            api.post(base + "/note", admin, Map.of("title", title)).created();
        }
    }

    @Test
    void getByIdIgnoresIncludesThatDoNotResolveWhileListsStillRefuseThem() {
        notes("first");
        api.post(base + "/_admin/entities", admin, TestSchemas.uuidEntity("author", "authors",
                Map.of("name", "name", "type", "string"))).created();
        api.post(base + "/_admin/relations", admin, Map.of("name", "notes", "type", "one_to_many",
                "source", "author", "target", "note", "target_key", "author_id")).created();
        String author = api.post(base + "/author", admin, Map.of("name", "Ada",
                "notes", Map.of("data", List.of(Map.of("title", "by Ada"))))).created().get("id").asText();

        Api.Response read = api.get(base + "/author/" + author + "?include=notes,comments,tags", admin);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().at("/data/notes/0/title").asText()).isEqualTo("by Ada");
        assertThat(read.json().get("data").has("comments")).isFalse();

        Api.Response listed = api.get(base + "/author?include=notes,comments", admin);
        assertThat(listed.status()).isEqualTo(400);
        assertThat(listed.errorCode()).isEqualTo("UNKNOWN_FIELD");
        assertThat(listed.json().at("/error/message").asText()).isEqualTo("Unknown include: comments");
    }

    @Test
    void everyTypeAliasIsAcceptedAndStoredAsTheTypeItStandsFor() {
        List<Object> fields = new ArrayList<>(List.of(Map.of("name", "id", "type", "uuid")));
        FieldType.ALIASES.keySet().forEach(alias -> fields.add(Map.of("name", "f_" + alias, "type", alias)));
        api.post(base + "/_admin/entities", admin, Map.of("name", "generated", "table", "generated",
                "primary_key", Map.of("field", "id", "type", "uuid", "generated", true), "fields", fields)).created();

        JsonNode stored = api.get(base + "/_admin/entities/generated", admin).json().at("/data/definition/fields");
        for (JsonNode field : stored) {
            String alias = field.get("name").asText().replaceFirst("^f_", "");
            if (!alias.equals("id")) {
                assertThat(field.get("type").asText()).as(alias)
                        .isEqualTo(FieldType.ALIASES.get(alias).canonicalName());
            }
        }
        JsonNode record = api.post(base + "/generated", admin, Map.of("f_email", "ada@example.com",
                "f_datetime", "2026-02-01 08:00:00", "f_money", "12.5", "f_number", 2.5, "f_long", 9_000_000_000L,
                "f_bool", "yes", "f_jsonb", Map.of("a", 1), "f_textarea", "long text")).created();
        assertThat(record.get("f_email").asText()).isEqualTo("ada@example.com");
        assertThat(record.get("f_datetime").asText()).isEqualTo("2026-02-01T08:00:00Z");
        assertThat(record.get("f_money").asText()).isEqualTo("12.5");
        assertThat(record.get("f_number").asDouble()).isEqualTo(2.5);
        assertThat(record.get("f_long").asLong()).isEqualTo(9_000_000_000L);
        assertThat(record.get("f_bool").asBoolean()).isTrue();
        assertThat(record.at("/f_jsonb/a").asInt()).isEqualTo(1);
        Api.Response wrong = api.post(base + "/generated", admin, Map.of("f_datetime", "soon"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().at("/error/details/0/field").asText()).isEqualTo("f_datetime");
    }

    @Test
    void timestampsWithASpaceSeparatorOrOnlyADateAreAcceptedInWritesAndFilters() {
        notes();
        JsonNode spaced = api.post(base + "/note", admin, Map.of("title", "spaced", "due", "2026-02-01 08:00:00"))
                .created();
        assertThat(spaced.get("due").asText()).isEqualTo("2026-02-01T08:00:00Z");
        JsonNode offset = api.post(base + "/note", admin, Map.of("title", "offset", "due", "2026-02-01 10:30:00+02"))
                .created();
        assertThat(offset.get("due").asText()).isEqualTo("2026-02-01T08:30:00Z");
        JsonNode dateOnly = api.post(base + "/note", admin, Map.of("title", "date", "due", "2026-02-03")).created();
        assertThat(dateOnly.get("due").asText()).isEqualTo("2026-02-03T00:00:00Z");
        Api.Response updated = api.put(base + "/note/" + spaced.get("id").asText(), admin,
                Map.of("due", "2026-02-02 09:15"));
        assertThat(updated.json().at("/data/due").asText()).isEqualTo("2026-02-02T09:15:00Z");

        assertThat(titles("filter[due.gte]=" + enc("2026-02-02 00:00:00") + "&sort=due"))
                .containsExactly("spaced", "date");
        assertThat(titles("filter[due.lt]=2026-02-02&sort=due")).containsExactly("offset");
    }

    @Test
    void containsStartsWithAndEndsWithMatchTheirValueLiterallyAndIlikeIgnoresCase() {
        notes("50% off sale", "500 off", "Spring_Sale", "spring sale", "back\\slash", "Winter SALE");
        assertThat(titles("filter[title.contains]=" + enc("0%"))).containsExactly("50% off sale");
        assertThat(titles("filter[title.contains]=" + enc("g_S"))).containsExactly("Spring_Sale");
        assertThat(titles("filter[title.contains]=" + enc("\\"))).containsExactly("back\\slash");
        assertThat(titles("filter[title.starts_with]=" + enc("50")))
                .containsExactlyInAnyOrder("50% off sale", "500 off");
        assertThat(titles("filter[title.starts_with]=" + enc("_"))).isEmpty();
        assertThat(titles("filter[title.ends_with]=" + enc("sale"))).containsExactlyInAnyOrder("50% off sale",
                "spring sale");
        assertThat(titles("filter[title.ilike]=" + enc("%sale")))
                .containsExactlyInAnyOrder("50% off sale", "Spring_Sale", "spring sale", "Winter SALE");
        assertThat(titles("filter[title.like]=" + enc("%sale"))).as("like stays case-sensitive")
                .containsExactlyInAnyOrder("50% off sale", "spring sale");

        Api.Response onNumber = api.get(base + "/note?filter[due.contains]=2026", admin);
        assertThat(onNumber.status()).isEqualTo(400);
        assertThat(onNumber.json().at("/error/message").asText())
                .isEqualTo("Operator contains needs a string field, due is timestamp");
    }
}
