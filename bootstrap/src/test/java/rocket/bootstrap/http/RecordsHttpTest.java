package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordsHttpTest {
    private final Api api = TestServer.shared();
    private final String app = api.createApp("rec", driver());
    private final String admin = api.appAdminToken(app);
    private final String base = "/api/" + app;

    RecordsHttpTest() {
        define("/_admin/entities", MetadataAdminHttpTest.post());
        define("/_admin/entities", Map.of("name", "comment", "table", "comments", "soft_delete", true,
                "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "post_id", "type", "uuid"),
                        Map.of("name", "body", "type", "text", "required", true),
                        Map.of("name", "score", "type", "int"))));
        define("/_admin/entities", Map.of("name", "reply", "table", "replies",
                "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "comment_id", "type", "uuid"),
                        Map.of("name", "likes", "type", "int"))));
        define("/_admin/entities", Map.of("name", "tag", "table", "tags",
                "primary_key", Map.of("field", "id", "type", "int", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "int"),
                        Map.of("name", "label", "type", "string", "unique", true))));
        define("/_admin/relations", Map.of("name", "comments", "type", "one_to_many", "source", "post",
                "target", "comment", "target_key", "post_id", "on_delete", "cascade"));
        define("/_admin/relations", Map.of("name", "replies", "type", "one_to_many", "source", "comment",
                "target", "reply", "target_key", "comment_id", "on_delete", "restrict"));
        define("/_admin/relations", Map.of("name", "tags", "type", "many_to_many", "source", "post", "target", "tag",
                "join_table", "post_tags", "source_join_key", "post_id", "target_join_key", "tag_id",
                "on_delete", "detach"));
    }

    /** The app's db_driver; {@link SqliteRecordsHttpTest} runs every test here on a SQLite app. */
    String driver() {
        return "postgres";
    }

    private void define(String path, Map<String, Object> body) {
        Api.Response response = api.post(base + path, admin, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private JsonNode create(String entity, Map<String, Object> body) {
        Api.Response response = api.post(base + "/" + entity, admin, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("data");
    }

    private Api.Response list(String entity, String query) {
        return api.get(base + "/" + entity + "?" + query, admin);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void createAppliesDefaultsAutoTimestampsSlugsAndContractEncodings() {
        JsonNode post = create("post", Map.of("title", "Héllo, World!", "price", 12.5));
        assertThat(post.get("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(post.get("slug").asText()).isEqualTo("hello-world");
        assertThat(post.get("status").asText()).isEqualTo("draft");
        assertThat(post.get("views").asInt()).isZero();
        assertThat(post.get("price").isTextual()).isTrue();
        assertThat(post.get("price").asText()).isEqualTo("12.50");
        assertThat(post.get("created_at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(post.has("deleted_at")).isTrue();

        JsonNode second = create("post", Map.of("title", "Hello world"));
        assertThat(second.get("slug").asText()).isEqualTo("hello-world-2");
        assertThat(api.get(base + "/post/hello-world-2", admin).json().at("/data/id").asText())
                .isEqualTo(second.get("id").asText());
        assertThat(api.get(base + "/post/" + post.get("id").asText(), admin).json().at("/data/title").asText())
                .isEqualTo("Héllo, World!");
    }

    @Test
    void invalidWritesAre422WithFieldDetailsAndUniqueValuesAre409() {
        Api.Response bad = api.post(base + "/post", admin, Map.of("views", "many", "status", "archived", "bogus", 1));
        assertThat(bad.status()).isEqualTo(422);
        JsonNode details = bad.json().at("/error/details");
        assertThat(details.findValuesAsText("field")).contains("views", "status", "bogus", "title");
        assertThat(details.findValuesAsText("rule")).contains("type", "enum", "unknown", "required");

        create("tag", Map.of("label", "java"));
        Api.Response duplicate = api.post(base + "/tag", admin, Map.of("label", "java"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.errorCode()).isEqualTo("CONFLICT");
        assertThat(api.post(base + "/ghost", admin, Map.of()).errorCode()).isEqualTo("UNKNOWN_ENTITY");
        assertThat(api.get(base + "/post/not-a-slug-or-id", admin).status()).isEqualTo(404);
        assertThat(api.get(base + "/tag/abc", admin).status()).isEqualTo(404);
    }

    @Test
    void listFiltersSortsPagesAndCounts() {
        for (int i = 1; i <= 7; i++) {
            create("post", Map.of("title", "Post " + i, "views", i * 10, "status", i % 2 == 0 ? "published" : "draft"));
        }
        Api.Response page = list("post", "filter[views.gte]=30&sort=-views&page=2&per_page=2");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().at("/meta/total").asInt()).isEqualTo(5);
        assertThat(page.json().at("/meta/page").asInt()).isEqualTo(2);
        assertThat(page.json().at("/meta/per_page").asInt()).isEqualTo(2);
        assertThat(page.json().get("data").findValuesAsText("title")).containsExactly("Post 5", "Post 4");

        assertThat(list("post", "filter[status]=published").json().at("/meta/total").asInt()).isEqualTo(3);
        assertThat(list("post", "filter[views.in]=10,20,70").json().at("/meta/total").asInt()).isEqualTo(3);
        assertThat(list("post", "filter[views.not_in]=10,20").json().at("/meta/total").asInt()).isEqualTo(5);
        assertThat(list("post", "filter[title.like]=" + enc("Post 1%")).json().at("/meta/total").asInt()).isEqualTo(1);
        assertThat(list("post", "filter[views.lt]=20&filter[status.neq]=published").json().at("/meta/total").asInt())
                .isEqualTo(1);
        assertThat(list("post", "per_page=500").json().at("/meta/per_page").asInt()).isEqualTo(100);
        assertThat(list("post", "page=-3").json().at("/meta/page").asInt()).isEqualTo(1);
    }

    @Test
    void hostileOrUnknownQueryPartsAre400AndNeverExecuted() {
        create("post", Map.of("title", "Safe"));
        String[] bad = {
                "filter[" + enc("title;DROP TABLE posts") + "]=x",
                "filter[" + enc("title\" OR 1=1 --") + "]=x",
                "filter[title.between]=a",
                "filter[views]=" + enc("1 OR 1=1"),
                "sort=" + enc("title;DELETE FROM posts"),
                "sort=" + enc("-\"views\""),
                "include=" + enc("comments;--"),
                "include=nothing",
                "filter[views"};
        for (String query : bad) {
            Api.Response response = list("post", query);
            assertThat(response.status()).as(query + " → " + response.body()).isEqualTo(400);
            assertThat(response.errorCode()).isIn("UNKNOWN_FIELD", "INVALID_PAYLOAD");
        }
        assertThat(list("post", "filter[nope]=1").json().at("/error/message").asText()).isEqualTo("Unknown filter field: nope");
        assertThat(list("post", "sort=nope").json().at("/error/message").asText()).isEqualTo("Unknown sort field: nope");
        assertThat(list("post", "").json().at("/meta/total").asInt()).isEqualTo(1);
    }

    @Test
    void nestedCreateWritesChildrenGrandchildrenAndLinksAndIncludesReadThemBack() {
        JsonNode java = create("tag", Map.of("label", "jvm"));
        JsonNode post = create("post", Map.of("title", "Nested",
                "comments", Map.of("data", List.of(
                        Map.of("body", "first", "score", 1, "replies", Map.of("data", List.of(Map.of("likes", 5)))),
                        Map.of("body", "second", "score", 2))),
                "tags", Map.of("data", List.of(Map.of("id", java.get("id").asInt())))));
        String id = post.get("id").asText();

        JsonNode full = api.get(base + "/post/" + id + "?include=comments,tags", admin).json().get("data");
        assertThat(full.get("comments").findValuesAsText("body")).containsExactlyInAnyOrder("first", "second");
        assertThat(full.get("tags").findValuesAsText("label")).containsExactly("jvm");
        String firstComment = null;
        for (JsonNode c : full.get("comments")) {
            assertThat(c.get("post_id").asText()).isEqualTo(id);
            if (c.get("body").asText().equals("first")) {
                firstComment = c.get("id").asText();
            }
        }
        JsonNode comment = api.get(base + "/comment/" + firstComment + "?include=replies,post", admin).json().get("data");
        assertThat(comment.get("replies").findValuesAsText("likes")).containsExactly("5");
        assertThat(comment.at("/post/title").asText()).isEqualTo("Nested");

        JsonNode lonely = create("post", Map.of("title", "Lonely"));
        JsonNode listed = list("post", "include=comments,tags&filter[id]=" + lonely.get("id").asText()).json();
        assertThat(listed.at("/data/0/comments").isArray()).isTrue();
        assertThat(listed.at("/data/0/comments")).isEmpty();
        assertThat(listed.at("/data/0/tags")).isEmpty();
    }

    @Test
    void aFailedGrandchildRollsBackParentAndChildren() {
        long before = list("post", "").json().at("/meta/total").asLong();
        Api.Response failed = api.post(base + "/post", admin, Map.of("title", "Doomed",
                "comments", Map.of("data", List.of(Map.of("body", "ok",
                        "replies", Map.of("data", List.of(Map.of("likes", "lots"))))))));
        assertThat(failed.status()).isEqualTo(422);
        assertThat(failed.json().at("/error/details").findValuesAsText("field"))
                .contains("comments[0].replies[0].likes");
        assertThat(list("post", "").json().at("/meta/total").asLong()).isEqualTo(before);
        assertThat(list("comment", "filter[body]=ok").json().at("/meta/total").asLong()).isZero();

        Api.Response dbFailure = api.post(base + "/post", admin, Map.of("title", "Doomed too",
                "comments", Map.of("data", List.of(Map.of("score", 1)))));
        assertThat(dbFailure.status()).as(dbFailure.body()).isBetween(400, 499);
        assertThat(list("post", "filter[title]=" + enc("Doomed too")).json().at("/meta/total").asLong()).isZero();
    }

    @Test
    void updateIsPartialAndDiffWritesUpdateDeleteAndInsertChildren() {
        JsonNode post = create("post", Map.of("title", "Original", "views", 3,
                "comments", Map.of("data", List.of(Map.of("body", "keep"), Map.of("body", "drop")))));
        String id = post.get("id").asText();
        JsonNode comments = api.get(base + "/post/" + id + "?include=comments", admin).json().at("/data/comments");
        String keep = null;
        String drop = null;
        for (JsonNode c : comments) {
            if (c.get("body").asText().equals("keep")) {
                keep = c.get("id").asText();
            } else {
                drop = c.get("id").asText();
            }
        }
        Api.Response updated = api.put(base + "/post/" + id, admin, Map.of("views", 4,
                "comments", Map.of("data", List.of(Map.of("id", keep, "body", "kept"),
                        Map.of("id", drop, "_delete", true), Map.of("body", "added")))));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().at("/data/title").asText()).isEqualTo("Original");
        assertThat(updated.json().at("/data/views").asInt()).isEqualTo(4);
        assertThat(updated.json().at("/data/slug").asText()).isEqualTo("original");
        JsonNode after = api.get(base + "/post/" + id + "?include=comments", admin).json().at("/data/comments");
        assertThat(after.findValuesAsText("body")).containsExactlyInAnyOrder("kept", "added");

        Api.Response replaced = api.put(base + "/post/" + id, admin, Map.of(
                "comments", Map.of("_write_mode", "replace", "data", List.of(Map.of("body", "only")))));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(api.get(base + "/post/" + id + "?include=comments", admin).json().at("/data/comments")
                .findValuesAsText("body")).containsExactly("only");
        assertThat(api.put(base + "/post/00000000-0000-0000-0000-000000000000", admin, Map.of("views", 1)).status())
                .isEqualTo(404);
    }

    @Test
    void deleteCascadesSoftDeletesRestrictsAndDetaches() {
        JsonNode tag = create("tag", Map.of("label", "keepme"));
        JsonNode post = create("post", Map.of("title", "Going",
                "comments", Map.of("data", List.of(Map.of("body", "child"))),
                "tags", Map.of("data", List.of(Map.of("id", tag.get("id").asInt())))));
        String id = post.get("id").asText();
        Api.Response deleted = api.delete(base + "/post/" + id, admin);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().at("/data/id").asText()).isEqualTo(id);
        assertThat(api.get(base + "/post/" + id, admin).status()).isEqualTo(404);
        assertThat(api.delete(base + "/post/" + id, admin).status()).isEqualTo(404);
        assertThat(list("comment", "filter[post_id]=" + id).json().at("/meta/total").asInt()).isZero();
        assertThat(api.get(base + "/tag/" + tag.get("id").asText(), admin).status()).isEqualTo(200);

        JsonNode parent = create("comment", Map.of("body", "has replies",
                "replies", Map.of("data", List.of(Map.of("likes", 1), Map.of("likes", 2)))));
        Api.Response restricted = api.delete(base + "/comment/" + parent.get("id").asText(), admin);
        assertThat(restricted.status()).isEqualTo(409);
        assertThat(restricted.json().at("/error/message").asText()).isEqualTo("Cannot delete: 2 related reply records exist");
        assertThat(api.get(base + "/comment/" + parent.get("id").asText(), admin).status()).isEqualTo(200);
    }

    @Test
    void nonAdminWithoutAPolicyIsForbidden() {
        api.post(base + "/_admin/users", admin, Map.of("email", "clerk@example.com", "password", "p", "roles",
                List.of("clerk")));
        String clerk = api.post(base + "/auth/login", null, Map.of("email", "clerk@example.com", "password", "p"))
                .json().at("/data/access_token").asText();
        Api.Response response = api.get(base + "/post", clerk);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().at("/error/message").asText()).isEqualTo("No permission for read on post");
        assertThat(api.get(base + "/post", null).status()).isEqualTo(401);
    }
}
