package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Workflow actions change records through the same pipeline as a PUT (transition actions, webhooks, versions),
 * never re-trigger themselves endlessly, and a trigger that could never fire is refused when saved.
 */
class WorkflowWritesHttpTest {
    private static final HttpSink SINK = new HttpSink();
    private static final String IN_REVIEW = "40000000-0000-0000-0000-000000000003";
    private static final String DRAFT = "40000000-0000-0000-0000-000000000005";
    private final Api api = TestServer.shared();

    /** The apps' db_driver; {@link SqliteWorkflowWritesHttpTest} runs every test here on SQLite. */
    String driver() {
        return "postgres";
    }

    @AfterAll
    static void stopSink() {
        SINK.close();
    }

    private static JsonNode pendingFor(Api api, String base, String token, String recordId) {
        for (JsonNode instance : api.get(base + "/_workflows/pending", token).json().get("data")) {
            if (instance.at("/context/record_id").asText().equals(recordId)) {
                return instance;
            }
        }
        return null;
    }

    @Test
    void approvingTheReviewWorkflowPublishesThePostExactlyAsTheSameMoveByPut() throws InterruptedException {
        String app = Examples.imported(api, "content-management", SINK, driver());
        String base = "/api/" + app;
        String admin = api.appAdminToken(app);
        String editor = Examples.user(api, app, "editor@example.com", "editor");

        Api.Response byPut = api.put(base + "/post/" + IN_REVIEW, editor, Map.of("status", "published"));
        assertThat(byPut.status()).as(byPut.body()).isEqualTo(200);
        assertThat(byPut.json().at("/data/published_at").asText()).endsWith("Z");

        assertThat(api.put(base + "/post/" + DRAFT, editor, Map.of("status", "review")).status()).isEqualTo(200);
        JsonNode instance = pendingFor(api, base, admin, DRAFT);
        assertThat(instance).as("the review workflow started").isNotNull();
        Api.Response before = api.get(base + "/post/" + DRAFT, editor);
        assertThat(before.json().at("/data/status").asText()).isEqualTo("review");

        Api.Response approved = api.post(base + "/_workflows/" + instance.get("id").asText() + "/approve", editor,
                Map.of());
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().at("/data/status").asText()).isEqualTo("completed");
        Api.Response after = api.send(api.builder(base + "/post/" + DRAFT, editor)
                .header("If-None-Match", before.header("ETag")).GET());
        assertThat(after.status()).as("the workflow's write moved the post's version").isEqualTo(200);
        assertThat(after.json().at("/data/status").asText()).isEqualTo("published");
        assertThat(after.json().at("/data/published_at").asText()).as("the transition's set_field ran").endsWith("Z");

        JsonNode rebuild = api.json(SINK.awaitFirst(received -> received.path().equals("/rebuild-site")
                && api.json(received.body()).at("/record/id").asText().equals(DRAFT)).orElseThrow(
                        () -> new AssertionError("the post's after_write webhook never fired for the workflow")).body());
        assertThat(rebuild.at("/record/status").asText()).isEqualTo("published");
        assertThat(rebuild.at("/changes/status/old").asText()).isEqualTo("review");
        assertThat(rebuild.at("/user/id").asText()).isEqualTo("workflow");
    }

    @Test
    void aRejectedReviewGoesBackToDraftThroughItsDeclaredTransition() {
        String app = Examples.imported(api, "content-management", SINK, driver());
        String base = "/api/" + app;
        String admin = api.appAdminToken(app);
        assertThat(api.put(base + "/post/" + DRAFT, admin, Map.of("status", "review")).status()).isEqualTo(200);
        String instance = pendingFor(api, base, admin, DRAFT).get("id").asText();
        assertThat(api.post(base + "/_workflows/" + instance + "/reject", admin, Map.of()).json()
                .at("/data/status").asText()).isEqualTo("completed");
        JsonNode post = api.get(base + "/post/" + DRAFT, admin).json().get("data");
        assertThat(post.get("status").asText()).isEqualTo("draft");
        assertThat(post.get("published_at").isNull()).isTrue();
    }

    @Test
    void workflowsWhoseActionsTriggerEachOtherStopWhenOneWouldStartAgainForTheSameRecord() {
        String app = api.createApp("loop", driver());
        String base = "/api/" + app;
        String admin = api.appAdminToken(app);
        assertThat(api.post(base + "/_admin/entities", admin, TestSchemas.uuidEntity("light", "lights",
                Map.of("name", "colour", "type", "string"))).status())
                .isEqualTo(201);
        assertThat(api.post(base + "/_admin/state-machines", admin, Map.of("entity", "light", "field", "colour",
                "definition", Map.of("initial", "red", "transitions", List.of(
                        Map.of("from", "red", "to", "green"), Map.of("from", "green", "to", "red")))))
                .status()).isEqualTo(201);
        for (List<String> pair : List.of(List.of("green", "red"), List.of("red", "green"))) {
            Api.Response saved = api.post(base + "/_admin/workflows", admin, Map.of("name", "to_" + pair.get(1),
                    "trigger", Map.of("type", "state_change", "entity", "light", "field", "colour", "to", pair.get(0)),
                    "context", Map.of("record_id", "trigger.record_id"),
                    "steps", List.of(Map.of("id", "flip", "type", "action", "then", "end", "actions", List.of(
                            Map.of("type", "set_field", "entity", "light", "record_id", "context.record_id",
                                    "field", "colour", "value", pair.get(1)))))));
            assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        }
        String id = api.post(base + "/light", admin, Map.of("colour", "red")).json().at("/data/id").asText();

        Api.Response switched = api.put(base + "/light/" + id, admin, Map.of("colour", "green"));
        assertThat(switched.status()).as(switched.body()).isEqualTo(200);
        assertThat(switched.json().at("/data/colour").asText()).as("the answer is the write's own commit")
                .isEqualTo("green");
        // green starts to_red (→ red), red starts to_green (→ green), and to_red is not started again by it
        assertThat(api.get(base + "/light/" + id, admin).json().at("/data/colour").asText()).isEqualTo("green");
    }

    @Test
    void aTriggerThatCouldNeverFireIsRefusedWhenSavedAndOneOnAPlainFieldStarts() {
        String app = Examples.imported(api, "helpdesk-ticketing", SINK, driver());
        String base = "/api/" + app;
        String admin = api.appAdminToken(app);
        Map<String, Object> steps = Map.of("steps", List.of(Map.of("id", "a", "type", "action")));
        record Case(Map<String, Object> trigger, String message) {
        }
        for (Case c : List.of(
                new Case(Map.of("type", "field_change", "entity", "ticket", "field", "status", "to", "open"),
                        "trigger type must be state_change"),
                new Case(Map.of("type", "state_change", "entity", "ticket", "to", "open"), "trigger field is required"),
                new Case(Map.of("type", "state_change", "entity", "ticket", "field", "status"),
                        "trigger to is required"))) {
            Api.Response refused = api.post(base + "/_admin/workflows", admin, Map.of("name", "never",
                    "trigger", c.trigger(), "steps", steps.get("steps")));
            assertThat(refused.status()).as(c.message()).isEqualTo(422);
            assertThat(refused.errorCode()).isEqualTo("VALIDATION_FAILED");
            assertThat(refused.json().at("/error/message").asText()).isEqualTo(c.message());
        }
        // entity and field are matched by name at write time, so a workflow may come before them (the reference's
        // own test suites save workflows on entities they never create)
        assertThat(api.post(base + "/_admin/workflows", admin, Map.of("name", "later", "trigger", Map.of("type",
                "state_change", "entity", "not_yet", "field", "status", "to", "open"), "steps", steps.get("steps")))
                .status()).isEqualTo(201);
        // the example's escalation triggers on priority, a field without a state machine: imported, and it starts
        assertThat(api.get(base + "/_admin/workflows", admin).json().get("data").findValuesAsText("name"))
                .containsExactlyInAnyOrder("critical_ticket_escalation", "later");
        String ticket = "30000000-0000-0000-0000-000000000001";
        assertThat(api.put(base + "/ticket/" + ticket, admin, Map.of("priority", "critical")).status()).isEqualTo(200);
        assertThat(pendingFor(api, base, admin, ticket)).as("a plain field reaching `to` starts it").isNotNull();
    }
}
