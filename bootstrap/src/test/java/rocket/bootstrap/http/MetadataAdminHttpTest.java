package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataAdminHttpTest {
    private final Api api = TestServer.shared();
    private final String app = api.createApp("meta", driver());
    private final String admin = api.appAdminToken(app);
    private final String entities = "/api/" + app + "/_admin/entities";
    private final String relations = "/api/" + app + "/_admin/relations";

    /** The db_driver of every app this test creates; {@link SqliteMetadataAdminHttpTest} runs it on SQLite apps. */
    String driver() {
        return "postgres";
    }

    static Map<String, Object> post() {
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("name", "post");
        post.put("table", "posts");
        post.put("primary_key", Map.of("field", "id", "type", "uuid", "generated", true));
        post.put("soft_delete", true);
        post.put("slug", Map.of("field", "slug", "source", "title"));
        post.put("fields", List.of(
                Map.of("name", "id", "type", "uuid", "required", true),
                Map.of("name", "title", "type", "string", "required", true),
                Map.of("name", "slug", "type", "string", "unique", true),
                Map.of("name", "status", "type", "string", "default", "draft", "enum", List.of("draft", "published")),
                Map.of("name", "views", "type", "int", "default", 0),
                Map.of("name", "price", "type", "decimal", "precision", 2),
                Map.of("name", "created_at", "type", "timestamp", "auto", "create")));
        return post;
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    @Test
    void entityIsCreatedEchoedListedAndReadable() {
        Api.Response created = api.post(entities, admin, post());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().at("/data/name").asText()).isEqualTo("post");
        assertThat(created.json().at("/data/fields/3/enum/1").asText()).isEqualTo("published");

        Api.Response row = api.get(entities + "/post", admin);
        assertThat(row.json().at("/data/table_name").asText()).isEqualTo("posts");
        assertThat(row.json().at("/data/definition/slug/source").asText()).isEqualTo("title");
        assertThat(api.get(entities, admin).json().get("data").findValuesAsText("name")).contains("post");
        assertThat(api.post(entities, admin, post()).status()).isEqualTo(409);
        assertThat(api.get(entities + "/nothing", admin).status()).isEqualTo(404);
    }

    @Test
    void hostileOrInvalidDefinitionsAre422AndNeverReachTheDatabase() {
        List<Map<String, Object>> bad = List.of(
                with(post(), "table", "posts; DROP TABLE _users"),
                with(post(), "name", "Robert'); --"),
                with(post(), "name", "_admin"),
                with(post(), "name", "auth"),
                with(post(), "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "x\"y", "type", "string"))),
                with(post(), "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "x", "type", "geometry"))),
                with(post(), "fields", List.of()),
                with(post(), "primary_key", Map.of("field", "nope")),
                with(post(), "slug", Map.of("field", "title")),
                with(post(), "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "id", "type", "uuid"))));
        for (Map<String, Object> definition : bad) {
            Api.Response response = api.post(entities, admin, definition);
            assertThat(response.status()).as(response.body()).isEqualTo(422);
            assertThat(response.errorCode()).isEqualTo("VALIDATION_FAILED");
        }
        assertThat(api.post(entities, admin, with(post(), "slug", Map.of("field", "title"))).json()
                .at("/error/message").asText()).isEqualTo("slug field \"title\" must have unique: true");
        assertThat(api.get(entities, admin).json().get("data")).isEmpty();
    }

    @Test
    void updateAddsFieldsWidensIntToBigintAndRefusesUnsafeChangesAtomically() {
        api.post(entities, admin, post());
        List<Object> fields = new ArrayList<>((List<?>) post().get("fields"));
        fields.set(4, Map.of("name", "views", "type", "bigint"));
        fields.add(Map.of("name", "summary", "type", "text"));
        Api.Response widened = api.put(entities + "/post", admin, with(post(), "fields", fields));
        assertThat(widened.status()).as(widened.body()).isEqualTo(200);

        List<Object> unsafe = new ArrayList<>(fields);
        unsafe.set(1, Map.of("name", "title", "type", "int"));
        unsafe.add(Map.of("name", "extra", "type", "string"));
        Api.Response refused = api.put(entities + "/post", admin, with(post(), "fields", unsafe));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/error/message").asText()).contains("title");
        // metadata unchanged: the failed migration rolled back the stored definition too
        assertThat(api.get(entities + "/post", admin).json().at("/data/definition/fields").findValuesAsText("name"))
                .contains("summary").doesNotContain("extra");
    }

    @Test
    void relationsAreValidatedCreatedAndRemovedWithTheirEntity() {
        api.post(entities, admin, post());
        api.post(entities, admin, Map.of("name", "comment", "table", "comments",
                "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "post_id", "type", "uuid"),
                        Map.of("name", "body", "type", "text"))));
        api.post(entities, admin, Map.of("name", "tag", "table", "tags",
                "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "label", "type", "string"))));

        Api.Response oneToMany = api.post(relations, admin, Map.of("name", "post_comments", "type", "one_to_many",
                "source", "post", "target", "comment", "source_key", "id", "target_key", "post_id",
                "on_delete", "cascade"));
        assertThat(oneToMany.status()).as(oneToMany.body()).isEqualTo(201);
        Api.Response manyToMany = api.post(relations, admin, Map.of("name", "post_tags", "type", "many_to_many",
                "source", "post", "target", "tag", "join_table", "post_tags", "source_join_key", "post_id",
                "target_join_key", "tag_id", "on_delete", "detach"));
        assertThat(manyToMany.status()).as(manyToMany.body()).isEqualTo(201);
        assertThat(api.post(relations, admin, Map.of("name", "post_comments", "type", "one_to_many", "source", "post",
                "target", "comment", "target_key", "post_id")).status()).isEqualTo(409);
        assertThat(api.post(relations, admin, Map.of("name", "x", "type", "one_to_many", "source", "ghost",
                "target", "comment", "target_key", "post_id")).json().at("/error/message").asText())
                .isEqualTo("source entity not found: ghost");
        assertThat(api.post(relations, admin, Map.of("name", "y", "type", "many_to_one", "source", "post",
                "target", "comment")).json().at("/error/message").asText()).isEqualTo("invalid relation type: many_to_one");
        assertThat(api.post(relations, admin, Map.of("name", "z", "type", "many_to_many", "source", "post",
                "target", "tag")).json().at("/error/message").asText())
                .isEqualTo("join_table is required for many_to_many relations");

        Api.Response row = api.get(relations + "/post_tags", admin);
        assertThat(row.json().at("/data/source").asText()).isEqualTo("post");
        assertThat(row.json().at("/data/definition/join_table").asText()).isEqualTo("post_tags");

        Api.Response deleted = api.delete(entities + "/comment", admin);
        assertThat(deleted.json().at("/data/name").asText()).isEqualTo("comment");
        assertThat(deleted.json().at("/data/deleted").asBoolean()).isTrue();
        assertThat(api.get(relations + "/post_comments", admin).status()).isEqualTo(404);
        assertThat(api.get(relations + "/post_tags", admin).status()).isEqualTo(200);
    }
}
