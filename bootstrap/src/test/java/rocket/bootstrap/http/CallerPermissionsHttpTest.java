package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Permission conditions that name the caller ({@code $user.id}, {@code $user.email}, {@code $user.roles}): two
 * members, A and B, each owning projects and tasks, never see or change each other's rows by any read path, and
 * never get each other's ETag or cached answer.
 */
class CallerPermissionsHttpTest {
    private static final String SAME_LIST = "/project?sort=name&include=tasks";
    private final Api api = TestServer.shared();
    private final String app = api.createApp("callers", driver());
    private final String base = "/api/" + app;
    private final String admin = api.appAdminToken(app);
    private final String idA = user("a@example.com");
    private final String idB = user("b@example.com");
    private final String tokenA = login("a@example.com");
    private final String tokenB = login("b@example.com");

    CallerPermissionsHttpTest() {
        define("/_admin/entities", TestSchemas.uuidEntity("project", "projects", Map.of("name", "name", "type",
                "string"), Map.of("name", "owner_id", "type", "uuid")));
        define("/_admin/entities", TestSchemas.uuidEntity("task", "tasks", Map.of("name", "title", "type", "string"),
                Map.of("name", "project_id", "type", "uuid"), Map.of("name", "owner_id", "type", "uuid")));
        define("/_admin/relations", Map.of("name", "tasks", "type", "one_to_many", "source", "project",
                "target", "task", "target_key", "project_id", "on_delete", "cascade"));
        for (String entity : List.of("project", "task")) {
            policy(entity, "read", Map.of("field", "owner_id", "operator", "eq", "value", "$user.id"));
        }
        policy("project", "update", Map.of("field", "owner_id", "operator", "eq", "value", "$user.id"));
        policy("project", "delete", Map.of("field", "owner_id", "operator", "eq", "value", "$user.id"));
        policy("project", "create", Map.of("field", "owner_id", "operator", "eq", "value", "$user.id"));
    }

    private String user(String email) {
        Api.Response created = api.post(base + "/_admin/users", admin, Map.of("email", email, "password", "pw",
                "roles", List.of("member")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().at("/data/id").asText();
    }

    private String login(String email) {
        return api.post(base + "/auth/login", null, Map.of("email", email, "password", "pw")).json()
                .at("/data/access_token").asText();
    }

    private void define(String path, Map<String, Object> body) {
        api.post(base + path, admin, body).created();
    }

    private Api.Response policy(String entity, String action, Map<String, Object> condition) {
        return api.post(base + "/_admin/permissions", admin, Map.of("entity", entity, "action", action,
                "roles", List.of("member"), "conditions", List.of(condition)));
    }

    private String create(String entity, Map<String, Object> body) {
        return api.post(base + "/" + entity, admin, body).created().get("id").asText();
    }

    private Api.Response revalidated(String path, String token, String etag) {
        return api.send(api.builder(base + path, token).header("If-None-Match", etag).GET());
    }

    /** The apps' db_driver; {@link SqliteCallerPermissionsHttpTest} runs every test here on SQLite. */
    String driver() {
        return "postgres";
    }

    @Test
    void eachMemberSeesOnlyTheirOwnRowsByListCountIdAndInclude() {
        String projectA = create("project", Map.of("name", "a-project", "owner_id", idA));
        String projectB = create("project", Map.of("name", "b-project", "owner_id", idB));
        create("task", Map.of("title", "a-task", "project_id", projectA, "owner_id", idA));
        create("task", Map.of("title", "b-task-on-a-project", "project_id", projectA, "owner_id", idB));

        Api.Response listA = api.get(base + SAME_LIST, tokenA);
        assertThat(listA.status()).as(listA.body()).isEqualTo(200);
        assertThat(listA.json().get("data").findValuesAsText("name")).containsExactly("a-project");
        assertThat(listA.json().at("/meta/total").asInt()).isEqualTo(1);
        assertThat(listA.json().at("/data/0/tasks").findValuesAsText("title")).containsExactly("a-task");
        Api.Response listB = api.get(base + SAME_LIST, tokenB); // the same query right after A's: never A's answer
        assertThat(listB.json().get("data").findValuesAsText("name")).containsExactly("b-project");
        assertThat(listB.json().at("/meta/total").asInt()).isEqualTo(1);
        assertThat(listB.body()).doesNotContain("a-task", "b-task-on-a-project");

        assertThat(api.get(base + "/project/" + projectB, tokenA).status()).isEqualTo(404);
        JsonNode own = api.get(base + "/project/" + projectA + "?include=tasks", tokenA).json().get("data");
        assertThat(own.get("tasks").findValuesAsText("title")).containsExactly("a-task");
        assertThat(api.get(base + "/task?filter[project_id]=" + projectA, tokenB).json().get("data")
                .findValuesAsText("title")).containsExactly("b-task-on-a-project");
    }

    @Test
    void oneMembersETagNeverRevalidatesTheOthersAnswer() {
        String projectA = create("project", Map.of("name", "a-project", "owner_id", idA));
        create("project", Map.of("name", "b-project", "owner_id", idB));

        Api.Response listA = api.get(base + SAME_LIST, tokenA);
        assertThat(revalidated(SAME_LIST, tokenA, listA.header("ETag")).status()).isEqualTo(304);
        Api.Response listB = revalidated(SAME_LIST, tokenB, listA.header("ETag"));
        assertThat(listB.status()).isEqualTo(200);
        assertThat(listB.json().get("data").findValuesAsText("name")).containsExactly("b-project");

        Api.Response getA = api.get(base + "/project/" + projectA, tokenA);
        assertThat(revalidated("/project/" + projectA, tokenA, getA.header("ETag")).status()).isEqualTo(304);
        assertThat(revalidated("/project/" + projectA, tokenB, getA.header("ETag")).status()).isEqualTo(404);
    }

    @Test
    void aMemberCannotUpdateOrDeleteTheOthersRowWhichStaysAsItWas() {
        String projectB = create("project", Map.of("name", "b-project", "owner_id", idB));

        assertThat(api.put(base + "/project/" + projectB, tokenA, Map.of("name", "taken")).status()).isEqualTo(404);
        assertThat(api.delete(base + "/project/" + projectB, tokenA).status()).isEqualTo(404);
        assertThat(api.get(base + "/project/" + projectB, tokenB).json().at("/data/name").asText())
                .isEqualTo("b-project");
        assertThat(api.put(base + "/project/" + projectB, tokenB, Map.of("name", "renamed")).status()).isEqualTo(200);
        assertThat(api.delete(base + "/project/" + projectB, tokenB).status()).isEqualTo(200);
    }

    @Test
    void aMemberMayCreateOnlyRowsThatNameThemAsOwner() {
        Api.Response forOther = api.post(base + "/project", tokenA, Map.of("name", "for-b", "owner_id", idB));
        assertThat(forOther.status()).isEqualTo(403);
        assertThat(forOther.json().at("/error/message").asText()).isEqualTo("Permission denied for create on project");
        assertThat(api.post(base + "/project", tokenA, Map.of("name", "nobody's")).status()).isEqualTo(403);
        assertThat(api.get(base + "/project", admin).json().at("/meta/total").asInt()).isZero();
        assertThat(api.post(base + "/project", tokenA, Map.of("name", "mine", "owner_id", idA)).status())
                .isEqualTo(201);
    }

    @Test
    void anUnknownCallerVariableIsRefusedWhenThePermissionIsSaved() {
        Api.Response refused = policy("task", "update", Map.of("field", "owner_id", "operator", "eq",
                "value", "$user.salary"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/error/message").asText()).startsWith("unknown caller variable $user.salary");
        assertThat(policy("task", "update", Map.of("field", "title", "operator", "eq", "value", "$user.email"))
                .status()).isEqualTo(201);
    }

    @Test
    void severalMatchingReadPoliciesCombineWithOrOverEmailAndRoles() {
        define("/_admin/entities", TestSchemas.uuidEntity("memo", "memos", Map.of("name", "text", "type", "string"),
                Map.of("name", "author_email", "type", "string"), Map.of("name", "audience", "type", "string")));
        assertThat(policy("memo", "read", Map.of("field", "author_email", "operator", "eq", "value", "$user.email"))
                .status()).isEqualTo(201);
        assertThat(policy("memo", "read", Map.of("field", "audience", "operator", "in", "value", "$user.roles"))
                .status()).isEqualTo(201);
        create("memo", Map.of("text", "by-a", "author_email", "a@example.com", "audience", "board"));
        create("memo", Map.of("text", "by-b", "author_email", "b@example.com", "audience", "board"));
        create("memo", Map.of("text", "to-members", "author_email", "c@example.com", "audience", "member"));
        create("memo", Map.of("text", "to-nobody", "author_email", "c@example.com", "audience", "board"));

        Api.Response forA = api.get(base + "/memo?sort=text", tokenA);
        assertThat(forA.json().get("data").findValuesAsText("text")).containsExactly("by-a", "to-members");
        assertThat(forA.json().at("/meta/total").asInt()).isEqualTo(2);
        assertThat(api.get(base + "/memo?sort=text", tokenB).json().get("data").findValuesAsText("text"))
                .containsExactly("by-b", "to-members");
    }
}
