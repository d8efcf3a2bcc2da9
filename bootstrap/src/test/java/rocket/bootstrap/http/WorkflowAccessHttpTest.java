package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Only a step's assignee (a role, a fixed user, or the user found through the context) decides it, and the runtime
 * routes show a caller only instances they may decide or whose record they may read — the context only in the
 * second case.
 */
class WorkflowAccessHttpTest {
    private final Api api = TestServer.shared();
    private final String app = api.createApp("wfaccess", driver());
    private final String admin = api.appAdminToken(app);
    private final String base = "/api/" + app;
    private final Map<String, String> ids = new java.util.HashMap<>();

    WorkflowAccessHttpTest() {
        created(api.post(base + "/_admin/entities", admin, TestSchemas.uuidEntity("expense", "expenses",
                Map.of("name", "amount", "type", "int"), Map.of("name", "owner", "type", "string"),
                Map.of("name", "approver", "type", "string"), Map.of("name", "status", "type", "string"))));
        created(api.post(base + "/_admin/state-machines", admin, Map.of("entity", "expense", "field", "status",
                "definition", Map.of("initial", "draft", "transitions", List.of(Map.of("from", "draft", "to", "pending"))))));
        for (String name : List.of("manager", "finance", "approver", "outsider", "auditor", "redteam")) {
            Api.Response user = api.post(base + "/_admin/users", admin, Map.of("email", name + "@example.com",
                    "password", "pw", "roles", List.of(name)));
            created(user);
            ids.put(name, user.json().at("/data/id").asText());
        }
        created(api.post(base + "/_admin/permissions", admin, Map.of("entity", "expense", "action", "read",
                "roles", List.of("auditor"))));
        created(api.post(base + "/_admin/permissions", admin, Map.of("entity", "expense", "action", "read",
                "roles", List.of("redteam"), "conditions", List.of(Map.of("field", "owner", "operator", "eq",
                        "value", "red")))));
        created(api.post(base + "/_admin/workflows", admin, Map.of("name", "expense_approval",
                "trigger", Map.of("type", "state_change", "entity", "expense", "field", "status", "to", "pending"),
                "context", Map.of("record_id", "trigger.record_id", "amount", "record.amount",
                        "approver_id", "record.approver"),
                "steps", List.of(
                        step("boss", Map.of("type", "role", "role", "manager"), "money"),
                        step("money", Map.of("type", "fixed", "user", ids.get("finance")), "last"),
                        step("last", Map.of("type", "relation", "path", "approver_id"), "end")))));
    }

    private static Map<String, Object> step(String id, Map<String, Object> assignee, String next) {
        return Map.of("id", id, "type", "approval", "assignee", assignee,
                "on_approve", next.equals("end") ? "end" : Map.of("goto", next), "on_reject", "end");
    }

    private static void created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private String token(String name) {
        return api.post(base + "/auth/login", null, Map.of("email", name + "@example.com", "password", "pw")).json()
                .at("/data/access_token").asText();
    }

    private String submit(String owner) {
        String id = api.post(base + "/expense", admin, Map.of("amount", 700, "owner", owner, "status", "draft",
                "approver", ids.get("approver"))).json().at("/data/id").asText();
        assertThat(api.put(base + "/expense/" + id, admin, Map.of("status", "pending")).status()).isEqualTo(200);
        for (JsonNode instance : api.get(base + "/_workflows/pending", admin).json().get("data")) {
            if (instance.at("/context/record_id").asText().equals(id)) {
                return instance.get("id").asText();
            }
        }
        throw new AssertionError("no instance for " + id);
    }

    private JsonNode pendingOf(String user, String instance) {
        for (JsonNode seen : api.get(base + "/_workflows/pending", token(user)).json().get("data")) {
            if (seen.get("id").asText().equals(instance)) {
                return seen;
            }
        }
        return null;
    }

    private Api.Response decide(String user, String instance, String decision) {
        return api.send(api.builder(base + "/_workflows/" + instance + "/" + decision, token(user))
                .header("X-User-ID", "someone-else").POST(HttpRequest.BodyPublishers.ofString("{}")));
    }

    /** The apps' db_driver; {@link SqliteWorkflowAccessHttpTest} runs every test here on SQLite. */
    String driver() {
        return "postgres";
    }

    @Test
    void eachStepIsDecidedOnlyByItsAssigneeAndTheHistoryNamesTheRealCaller() {
        String instance = submit("blue");
        assertThat(decide("outsider", instance, "approve").status()).as("unseen: as if missing").isEqualTo(422);
        Api.Response auditor = decide("auditor", instance, "approve");
        assertThat(auditor.status()).as("may read, may not decide").isEqualTo(403);
        assertThat(auditor.json().at("/error/message").asText())
                .isEqualTo("Only the assignee of step boss may approve or reject it");
        assertThat(decide("finance", instance, "reject").status()).as("not this step's assignee").isEqualTo(422);

        Api.Response byManager = decide("manager", instance, "approve");
        assertThat(byManager.status()).as(byManager.body()).isEqualTo(200);
        assertThat(byManager.json().at("/data/current_step").asText()).isEqualTo("money");
        assertThat(byManager.json().at("/data/history/0/by").asText()).as("X-User-ID is an admin's privilege")
                .isEqualTo(ids.get("manager"));
        assertThat(decide("manager", instance, "approve").status()).isEqualTo(422);

        assertThat(decide("finance", instance, "approve").status()).isEqualTo(200);
        assertThat(decide("outsider", instance, "approve").status()).isEqualTo(422);
        Api.Response last = decide("approver", instance, "approve");
        assertThat(last.status()).as(last.body()).isEqualTo(200);
        assertThat(last.json().at("/data/status").asText()).isEqualTo("completed");
    }

    @Test
    void callersSeeOnlyInstancesTheyMayDecideOrReadAndTheContextOnlyWhenTheyMayReadTheRecord() {
        String blue = submit("blue");
        String red = submit("red");
        assertThat(pendingOf("outsider", blue)).isNull();
        assertThat(api.get(base + "/_workflows/" + blue, token("outsider")).status()).isEqualTo(404);

        JsonNode asManager = pendingOf("manager", blue);
        assertThat(asManager).as("the assignee sees it").isNotNull();
        assertThat(asManager.get("context")).as("but not the record's values").isEmpty();
        assertThat(api.get(base + "/_workflows/" + blue, token("manager")).json().at("/data/context")).isEmpty();

        assertThat(pendingOf("auditor", blue).at("/context/amount").asInt()).isEqualTo(700);
        assertThat(pendingOf("redteam", blue)).as("row outside redteam's read filter").isNull();
        assertThat(pendingOf("redteam", red).at("/context/amount").asInt()).isEqualTo(700);
        assertThat(api.get(base + "/_workflows/" + blue, token("redteam")).status()).isEqualTo(404);

        assertThat(pendingOf("finance", blue)).as("not yet finance's step, and no read permission").isNull();
        assertThat(api.delete(base + "/_workflows/" + blue, token("manager")).status()).isEqualTo(403);
        assertThat(api.get(base + "/_workflows/" + blue, admin).status()).isEqualTo(200);
    }
}
