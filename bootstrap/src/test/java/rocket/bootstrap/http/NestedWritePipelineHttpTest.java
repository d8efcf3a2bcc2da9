package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every nested child goes through the same pipeline as a top-level write of its entity (content-management
 * example): permissions, validation, rules, state machine, slugs and webhooks, with errors naming the child.
 */
class NestedWritePipelineHttpTest {
    private static final HttpSink SINK = new HttpSink();
    private static final String POST = "40000000-0000-0000-0000-000000000001";
    private static final String SPAM_POST = "40000000-0000-0000-0000-000000000002";
    private static final String AUTHOR = "10000000-0000-0000-0000-000000000001";
    private static final String REACT = "30000000-0000-0000-0000-000000000001";
    private static final String CSS = "30000000-0000-0000-0000-000000000003";
    private final Api api = TestServer.shared();
    private final String app = Examples.imported(api, "content-management", SINK, driver());
    private final String base = "/api/" + app;
    private final String admin = api.appAdminToken(app);

    /** The apps' db_driver; {@link SqliteNestedWritePipelineHttpTest} runs every test here on SQLite. */
    String driver() {
        return "postgres";
    }

    @AfterAll
    static void stopSink() {
        SINK.close();
    }

    private static Map<String, Object> comment(String body) {
        Map<String, Object> comment = new HashMap<>();
        comment.put("author_name", "Ann");
        comment.put("author_email", "ann@example.com");
        comment.put("body", body);
        return comment;
    }

    private static Map<String, Object> comments(String mode, List<Map<String, Object>> data) {
        return Map.of("post_comments", Map.of("_write_mode", mode, "data", data));
    }

    private List<String> commentBodies(String post) {
        return api.get(base + "/post/" + post + "?include=post_comments", admin).json().at("/data/post_comments")
                .findValuesAsText("body");
    }

    private void policy(String entity, String action, String role) {
        Api.Response created = api.post(base + "/_admin/permissions", admin, Map.of("entity", entity, "action", action,
                "roles", List.of(role)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @Test
    void anAuthorForbiddenToCreateOrDeleteCommentsCannotDoItThroughThePost() {
        String author = Examples.user(api, app, "author@example.com", "author");
        List<String> before = commentBodies(POST);
        assertThat(before).hasSize(2);
        assertThat(api.post(base + "/comment", author, comment("Top-level")).status()).isEqualTo(403);
        assertThat(api.delete(base + "/comment/50000000-0000-0000-0000-000000000001", author).status()).isEqualTo(403);

        Map<String, Object> appended = new HashMap<>(comments("append", List.of(comment("Sneaked in"))));
        appended.put("excerpt", "changed with it");
        Api.Response append = api.put(base + "/post/" + POST, author, appended);
        assertThat(append.status()).isEqualTo(403);
        assertThat(append.json().at("/error/message").asText()).isEqualTo("Permission denied for create on comment");
        assertThat(append.json().at("/error/details/0/field").asText()).isEqualTo("post_comments[0]");

        Api.Response replace = api.put(base + "/post/" + POST, author, comments("replace", List.of()));
        assertThat(replace.status()).isEqualTo(403);
        assertThat(replace.json().at("/error/message").asText()).isEqualTo("Permission denied for delete on comment");
        assertThat(replace.json().at("/error/details/0/field").asText()).isEqualTo("post_comments");

        assertThat(commentBodies(POST)).containsExactlyInAnyOrderElementsOf(before);
        assertThat(api.get(base + "/post/" + POST, admin).json().at("/data/excerpt").asText())
                .isNotEqualTo("changed with it");
        String editor = Examples.user(api, app, "editor@example.com", "editor");
        assertThat(api.put(base + "/post/" + POST, editor, comments("replace", List.of())).status()).isEqualTo(200);
        assertThat(commentBodies(POST)).isEmpty();
    }

    @Test
    void nestedChildrenAreRefusedForWhatATopLevelWriteOfTheirEntityIsRefusedFor() {
        Map<String, Object> tooShort = new HashMap<>(comment("x"));
        tooShort.put("post_id", POST);
        Api.Response topLevel = api.post(base + "/comment", admin, tooShort);
        assertThat(topLevel.status()).isEqualTo(422);
        assertThat(topLevel.json().at("/error/details/0/field").asText()).isEqualTo("body");
        assertThat(topLevel.json().at("/error/details/0/message").asText()).isEqualTo("Comment cannot be empty");

        Api.Response rule = api.put(base + "/post/" + POST, admin, comments("append", List.of(comment("x"))));
        assertThat(rule.status()).isEqualTo(422);
        JsonNode detail = rule.json().at("/error/details/0");
        assertThat(detail.get("field").asText()).isEqualTo("post_comments[0].body");
        assertThat(detail.get("rule").asText()).isEqualTo("min_length");
        assertThat(detail.get("message").asText()).isEqualTo("Comment cannot be empty");

        Map<String, Object> badEnum = comment("Fine body");
        badEnum.put("status", "deleted");
        Map<String, Object> unknown = comment("Fine body");
        unknown.put("colour", "red");
        Api.Response invalid = api.put(base + "/post/" + POST, admin, comments("append",
                List.of(badEnum, unknown, Map.of("body", "No author"))));
        assertThat(invalid.status()).isEqualTo(422);
        JsonNode details = invalid.json().at("/error/details");
        assertThat(details.findValuesAsText("field")).containsExactlyInAnyOrder("post_comments[0].status",
                "post_comments[1].colour", "post_comments[2].author_name", "post_comments[2].author_email");
        assertThat(details.findValuesAsText("rule")).containsExactlyInAnyOrder("enum", "unknown", "required",
                "required");
        assertThat(details.findValuesAsText("message")).contains("author_name is required");
        assertThat(commentBodies(POST)).hasSize(2);
    }

    @Test
    void aNestedChildGetsItsSlugEngineValuesAndStateMachineAndFiresItsWebhooks() throws InterruptedException {
        Map<String, Object> child = new HashMap<>(Map.of("title", "Nested Post Title", "body", "b", "author_id", AUTHOR));
        Api.Response created = api.post(base + "/category", admin, Map.of("name", "Testing",
                "post_category", Map.of("data", List.of(child))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode post = api.get(base + "/post/nested-post-title", admin).json().get("data");
        assertThat(post.get("category_id").asText()).isEqualTo(created.json().at("/data/id").asText());
        assertThat(post.get("status").asText()).isEqualTo("draft");
        assertThat(post.get("created_at").asText()).endsWith("Z");

        Api.Response twins = api.post(base + "/category", admin, Map.of("name", "Twins", "post_category",
                Map.of("data", List.of(Map.of("title", "Same Title", "body", "b", "author_id", AUTHOR),
                        Map.of("title", "Same Title", "body", "b", "author_id", AUTHOR)))));
        assertThat(twins.status()).as("siblings of one batch never share a slug").isEqualTo(201);
        assertThat(api.get(base + "/post?filter[title]=Same%20Title&sort=slug", admin).json().get("data")
                .findValuesAsText("slug")).containsExactly("same-title", "same-title-2");

        child.put("status", "published");
        Api.Response refused = api.post(base + "/category", admin, Map.of("name", "Refused",
                "post_category", Map.of("data", List.of(child))));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/error/details/0/field").asText()).isEqualTo("post_category[0].status");
        assertThat(refused.json().at("/error/details/0/message").asText())
                .isEqualTo("Initial state must be 'draft', got 'published'");
        assertThat(api.get(base + "/category?filter[name]=Refused", admin).json().at("/meta/total").asInt()).isZero();

        Api.Response appended = api.put(base + "/post/" + POST, admin, comments("append",
                List.of(comment("Through the post"))));
        assertThat(appended.status()).as(appended.body()).isEqualTo(200);
        JsonNode delivered = api.json(SINK.awaitFirst(received -> received.body().contains("Through the post"))
                .orElseThrow(() -> new AssertionError("the comment's after_write webhook never arrived")).body());
        assertThat(delivered.get("entity").asText()).isEqualTo("comment");
        assertThat(delivered.get("action").asText()).isEqualTo("create");
        assertThat(delivered.at("/record/post_id").asText()).isEqualTo(POST);
        assertThat(delivered.at("/record/status").asText()).isEqualTo("pending");
    }

    @Test
    void onlyChildrenTheCallerMayReadAreCurrentChildren() {
        String moderator = Examples.user(api, app, "moderator@example.com", "moderator");
        policy("post", "update", "moderator");
        policy("comment", "delete", "moderator");
        Api.Response hideSpam = api.post(base + "/_admin/permissions", admin, Map.of("entity", "comment",
                "action", "read", "roles", List.of("moderator"),
                "conditions", List.of(Map.of("field", "status", "operator", "neq", "value", "spam"))));
        assertThat(hideSpam.status()).isEqualTo(201);

        Api.Response replaced = api.put(base + "/post/" + SPAM_POST, moderator, comments("replace", List.of()));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        JsonNode left = api.get(base + "/post/" + SPAM_POST + "?include=post_comments", admin).json()
                .at("/data/post_comments");
        assertThat(left.findValuesAsText("status")).as("the spam comment it cannot see stays").containsExactly("spam");
    }

    @Test
    void linksNeedTheParentsWritePermissionAndAReadableExistingTarget() {
        String intern = Examples.user(api, app, "intern@example.com", "intern");
        policy("post", "read", "intern");
        policy("post", "update", "intern");
        String path = base + "/post/" + POST + "?include=post_tags";
        assertThat(api.get(path, admin).json().at("/data/post_tags")).hasSize(4);

        Api.Response noTagRead = api.put(base + "/post/" + POST, intern,
                Map.of("post_tags", Map.of("_write_mode", "append", "data", List.of(Map.of("id", CSS)))));
        assertThat(noTagRead.status()).isEqualTo(403);
        assertThat(noTagRead.json().at("/error/message").asText()).isEqualTo("Permission denied for read on tag");
        assertThat(noTagRead.json().at("/error/details/0/field").asText()).isEqualTo("post_tags");
        assertThat(api.get(path, admin).json().at("/data/post_tags")).hasSize(4);

        Api.Response unlinked = api.put(base + "/post/" + POST, intern,
                Map.of("post_tags", Map.of("data", List.of(Map.of("id", REACT, "_delete", true)))));
        assertThat(unlinked.status()).as(unlinked.body()).isEqualTo(200);
        assertThat(api.get(path, admin).json().at("/data/post_tags").findValuesAsText("id")).hasSize(3)
                .doesNotContain(REACT);

        String author = Examples.user(api, app, "writer@example.com", "author");
        Api.Response missing = api.put(base + "/post/" + POST, author, Map.of("post_tags", Map.of("_write_mode",
                "append", "data", List.of(Map.of("id", CSS), Map.of("id", "30000000-0000-0000-0000-0000000000ff")))));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().at("/error/details/0/field").asText()).isEqualTo("post_tags[1]");
        assertThat(api.get(path, admin).json().at("/data/post_tags")).hasSize(3);
        assertThat(api.put(base + "/post/" + POST, author, Map.of("post_tags", Map.of("_write_mode", "append",
                "data", List.of(Map.of("id", CSS))))).status()).isEqualTo(200);
        assertThat(api.get(path, admin).json().at("/data/post_tags").findValuesAsText("id")).contains(CSS);

        String viewer = Examples.user(api, app, "viewer@example.com", "viewer");
        Api.Response noUpdate = api.put(base + "/post/" + POST, viewer,
                Map.of("post_tags", Map.of("data", List.of(Map.of("id", REACT)))));
        assertThat(noUpdate.status()).isEqualTo(403);
        assertThat(noUpdate.json().at("/error/message").asText()).isEqualTo("Permission denied for update on post");
    }
}
