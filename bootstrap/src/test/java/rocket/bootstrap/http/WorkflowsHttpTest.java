package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkflowsHttpTest {
    private final Api api = TestServer.shared();
    private final String app = api.createApp("flow", driver());
    private final String admin = api.appAdminToken(app);
    private final String base = "/api/" + app;

    WorkflowsHttpTest() {
        created(api.post(base + "/_admin/entities", admin, Map.of("name", "leave_request", "table", "leave_requests",
                "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "days", "type", "int"),
                        Map.of("name", "status", "type", "string")))));
        created(api.post(base + "/_admin/state-machines", admin, Map.of("entity", "leave_request", "field", "status",
                "definition", Map.of("initial", "draft", "transitions", List.of(Map.of("from", "draft", "to", "pending"))))));
        created(api.post(base + "/_admin/workflows", admin, Map.of("name", "leave_approval",
                "trigger", Map.of("type", "state_change", "entity", "leave_request", "field", "status", "to", "pending"),
                "context", Map.of("record_id", "trigger.record_id", "days", "record.days"),
                "steps", List.of(
                        Map.of("id", "check", "type", "condition", "expression", "context.days > 5",
                                "on_true", Map.of("goto", "manager"), "on_false", Map.of("goto", "approve")),
                        Map.of("id", "manager", "type", "approval", "timeout", "1s",
                                "on_approve", Map.of("goto", "approve"), "on_reject", Map.of("goto", "reject"),
                                "on_timeout", Map.of("goto", "reject")),
                        Map.of("id", "approve", "type", "action", "then", "end", "actions", List.of(Map.of("type",
                                "set_field", "entity", "leave_request", "record_id", "context.record_id",
                                "field", "status", "value", "approved"))),
                        Map.of("id", "reject", "type", "action", "then", "end", "actions", List.of(Map.of("type",
                                "set_field", "entity", "leave_request", "record_id", "context.record_id",
                                "field", "status", "value", "rejected")))))));
    }

    private static void created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private String submit(int days) {
        String id = api.post(base + "/leave_request", admin, Map.of("days", days, "status", "draft")).json()
                .at("/data/id").asText();
        assertThat(api.put(base + "/leave_request/" + id, admin, Map.of("status", "pending")).status()).isEqualTo(200);
        return id;
    }

    private String status(String id) {
        return api.get(base + "/leave_request/" + id, admin).json().at("/data/status").asText();
    }

    private JsonNode pendingFor(String recordId) {
        return api.pendingWorkflow(app, admin, recordId);
    }

    /** The apps' db_driver; {@link SqliteWorkflowsHttpTest} runs every test here on SQLite. */
    String driver() {
        return "postgres";
    }

    @Test
    void aShortLeaveBranchesStraightToApproval() {
        String id = submit(3);
        assertThat(status(id)).isEqualTo("approved");
        assertThat(pendingFor(id)).isNull();
    }

    @Test
    void aLongLeaveWaitsForApprovalAndCompletesWhenApproved() {
        String id = submit(10);
        assertThat(status(id)).isEqualTo("pending");
        JsonNode instance = pendingFor(id);
        assertThat(instance).isNotNull();
        assertThat(instance.get("current_step").asText()).isEqualTo("manager");
        assertThat(instance.get("current_step_deadline").asText()).endsWith("Z");
        assertThat(instance.at("/context/days").asInt()).isEqualTo(10);

        Api.Response approved = api.send(api.builder(base + "/_workflows/" + instance.get("id").asText() + "/approve",
                admin).header("X-User-ID", "manager-7").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().at("/data/status").asText()).isEqualTo("completed");
        assertThat(approved.json().at("/data/current_step").asText()).isEmpty();
        JsonNode history = approved.json().at("/data/history");
        assertThat(history.findValuesAsText("status")).containsExactly("on_true", "approved", "completed");
        assertThat(history.get(1).get("by").asText()).isEqualTo("manager-7");
        assertThat(status(id)).isEqualTo("approved");

        Api.Response again = api.post(base + "/_workflows/" + instance.get("id").asText() + "/approve", admin, Map.of());
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().at("/error/message").asText()).isEqualTo("workflow instance is not running (status: completed)");
    }

    @Test
    void aRejectedLeaveEndsRejected() {
        String id = submit(8);
        String instance = pendingFor(id).get("id").asText();
        assertThat(api.post(base + "/_workflows/" + instance + "/reject", admin, Map.of()).json().at("/data/status")
                .asText()).isEqualTo("completed");
        assertThat(status(id)).isEqualTo("rejected");
    }

    @Test
    void anUnansweredApprovalTimesOutAndFollowsItsTimeoutPath() throws InterruptedException {
        String id = submit(9);
        String instance = pendingFor(id).get("id").asText();
        for (int i = 0; i < 100 && !status(id).equals("rejected"); i++) {
            Thread.sleep(100);
        }
        assertThat(status(id)).isEqualTo("rejected");
        JsonNode finished = api.get(base + "/_workflows/" + instance, admin).json().get("data");
        assertThat(finished.get("status").asText()).isEqualTo("completed");
        assertThat(finished.get("history").findValuesAsText("status")).contains("timed_out");
    }

    @Test
    void definitionsAreValidatedAndInstancesCanBeDeleted() {
        Map<String, Object> trigger = Map.of("type", "state_change", "entity", "leave_request", "field", "status",
                "to", "pending");
        Api.Response badGoto = api.post(base + "/_admin/workflows", admin, Map.of("name", "broken",
                "trigger", trigger,
                "steps", List.of(Map.of("id", "a", "type", "action", "then", Map.of("goto", "nowhere")))));
        assertThat(badGoto.status()).isEqualTo(422);
        assertThat(badGoto.json().at("/error/message").asText()).isEqualTo("goto target not found: nowhere");
        assertThat(api.post(base + "/_admin/workflows", admin, Map.of("name", "leave_approval",
                "trigger", trigger,
                "steps", List.of(Map.of("id", "a", "type", "action")))).status()).isEqualTo(409);
        assertThat(api.post(base + "/_admin/workflows", admin, Map.of("name", "x", "trigger", Map.of("type", "state_change"),
                "steps", List.of())).json().at("/error/message").asText()).isEqualTo("trigger entity is required");

        String id = submit(12);
        String instance = pendingFor(id).get("id").asText();
        assertThat(api.delete(base + "/_workflows/" + instance, admin).json().at("/data/deleted").asBoolean()).isTrue();
        assertThat(api.get(base + "/_workflows/" + instance, admin).status()).isEqualTo(404);
    }
}
