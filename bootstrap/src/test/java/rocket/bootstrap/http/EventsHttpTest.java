package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventsHttpTest {
    private final Api api = TestServer.shared();
    private final String app = api.createApp("ev", driver());
    private final String admin = api.appAdminToken(app);

    /** The db_driver of every app this test creates; {@link SqliteEventsHttpTest} runs it on SQLite apps. */
    String driver() {
        return "postgres";
    }

    /** How a record table's name appears in the SQL of a db span: schema-qualified on PostgreSQL. */
    String renderedTable(String table) {
        return "\"public\".\"" + table + "\"";
    }

    private JsonNode eventsOfTrace(String traceId, int atLeast) throws InterruptedException {
        return eventsOfTrace(traceId, "", atLeast);
    }

    private JsonNode eventsOfTrace(String traceId, String filter, int atLeast) throws InterruptedException {
        return api.eventsOfTrace(app, admin, traceId, filter, atLeast);
    }

    /** POSTs a JSON body to a path of the app under a given trace id. */
    private Api.Response postTraced(String path, String token, String traceId, String json) {
        return api.send(api.builder("/api/" + app + path, token).header("X-Trace-ID", traceId)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    void requestsAndBusinessEventsAreRecordedAsOneTrace() throws InterruptedException {
        String traceId = UUID.randomUUID().toString();
        Api.Response emitted = postTraced("/_events", admin, traceId,
                "{\"action\":\"signup\",\"entity\":\"customer\",\"record_id\":42,\"metadata\":{\"plan\":\"pro\"}}");
        assertThat(emitted.status()).isEqualTo(200);
        assertThat(emitted.json().at("/data/status").asText()).isEqualTo("ok");

        JsonNode events = eventsOfTrace(traceId, 3);
        // the token's account check may query the account (at most once per account every 5 s): a db.select
        assertThat(events.findValuesAsText("action").stream().filter(action -> !action.equals("db.select")))
                .containsExactlyInAnyOrder("request", "auth.verify", "signup");
        JsonNode request = events.findParents("event_type").stream()
                .filter(e -> e.get("action").asText().equals("request")).findFirst().orElseThrow();
        JsonNode business = events.findParents("event_type").stream()
                .filter(e -> e.get("event_type").asText().equals("business")).findFirst().orElseThrow();
        assertThat(request.get("source").asText()).isEqualTo("http");
        assertThat(request.get("action").asText()).isEqualTo("request");
        assertThat(request.at("/metadata/status_code").asInt()).isEqualTo(200);
        assertThat(request.at("/metadata/method").asText()).isEqualTo("POST");
        assertThat(request.get("duration_ms").asDouble()).isPositive();
        assertThat(request.get("status").asText()).isEqualTo("ok");
        assertThat(business.get("action").asText()).isEqualTo("signup");
        assertThat(business.get("record_id").asText()).isEqualTo("42");
        assertThat(business.at("/metadata/plan").asText()).isEqualTo("pro");
        assertThat(business.get("parent_span_id").asText()).isEqualTo(request.get("span_id").asText());

        JsonNode trace = api.get("/api/" + app + "/_events/trace/" + traceId, admin).json().get("data");
        assertThat(trace.at("/root_span/span_id").asText()).isEqualTo(request.get("span_id").asText());
        assertThat(child(trace.get("root_span"), "signup").get("event_type").asText()).isEqualTo("business");
        assertThat(trace.get("spans").valueStream().map(span -> span.get("action").asText())
                .filter(a -> !a.equals("db.select"))).hasSize(3);
        assertThat(trace.get("total_duration_ms").asDouble()).isPositive();
    }

    @Test
    void listingPagesFiltersAndStatsWork() throws InterruptedException {
        String traceId = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            api.send(api.builder("/api/" + app + "/_admin/users", admin).header("X-Trace-ID", traceId).GET());
        }
        api.send(api.builder("/api/" + app + "/_admin/users/nope", admin).header("X-Trace-ID", traceId).GET());
        eventsOfTrace(traceId, "&source=http", 4);
        String requests = "/api/" + app + "/_events?source=http&trace_id=" + traceId;
        JsonNode page = api.get(requests + "&per_page=2&sort=created_at", admin).json();
        assertThat(page.get("data")).hasSize(2);
        assertThat(page.at("/pagination/total").asInt()).isEqualTo(4);
        assertThat(page.at("/pagination/per_page").asInt()).isEqualTo(2);
        assertThat(api.get(requests + "&status=error", admin).json()
                .at("/pagination/total").asInt()).isEqualTo(1);

        JsonNode stats = api.get("/api/" + app + "/_events/stats", admin).json().get("data");
        assertThat(stats.get("total_events").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(stats.get("error_rate").asDouble()).isBetween(0.0, 1.0);
        assertThat(stats.get("by_source").findValuesAsText("source")).contains("http");
    }

    @Test
    void engineWorkIsRecordedAsChildSpansOfTheRequest() throws InterruptedException {
        api.post("/api/" + app + "/_admin/entities", admin, Map.of("name", "note", "table", "notes",
                "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
                "fields", java.util.List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "text", "type", "text"))));
        String traceId = UUID.randomUUID().toString();
        Api.Response created = api.send(api.builder("/api/" + app + "/note", admin).header("X-Trace-ID", traceId)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"text\":\"hello\"}")));
        assertThat(created.status()).isEqualTo(201);
        eventsOfTrace(traceId, 8);
        JsonNode trace = api.get("/api/" + app + "/_events/trace/" + traceId, admin).json().get("data");
        JsonNode root = trace.get("root_span");
        assertThat(root.get("action").asText()).isEqualTo("request");
        assertThat(child(root, "auth.verify").get("source").asText()).isEqualTo("auth");
        JsonNode create = child(root, "record.create");
        assertThat(create.get("source").asText()).isEqualTo("engine");
        assertThat(create.get("entity").asText()).isEqualTo("note");
        assertThat(create.get("duration_ms").asDouble()).isLessThanOrEqualTo(root.get("duration_ms").asDouble());
        for (String stage : java.util.List.of("permission.check", "rules.evaluate", "state.transition",
                "nested_write.execute")) {
            assertThat(child(create, stage).get("entity").asText()).as(stage).isEqualTo("note");
        }
        assertThat(create.get("children").findValuesAsText("action")).as("no webhook or workflow waits for notes")
                .doesNotContain("webhook.fire", "workflow.trigger");
        // source and component as the contract's span catalogue names them
        assertThat(child(create, "permission.check").get("source").asText()).isEqualTo("auth");
        assertThat(child(create, "permission.check").get("component").asText()).isEqualTo("permissions");
        assertThat(child(create, "state.transition").get("component").asText()).isEqualTo("state_machine");
        JsonNode insert = child(create, "db.insert");
        assertThat(insert.get("source").asText()).isEqualTo("db");
        assertThat(insert.at("/metadata/sql").asText()).startsWith("insert into " + renderedTable("notes")).doesNotContain("hello");

        String uploadTrace = UUID.randomUUID().toString();
        assertThat(api.send(api.builder("/api/" + app + "/_files/upload", admin).header("X-Trace-ID", uploadTrace)
                .setHeader("Content-Type", Multipart.contentType()).POST(Multipart.file("file", "a.txt", "text/plain",
                        () -> new java.io.ByteArrayInputStream("hello".getBytes())))).status()).isEqualTo(201);
        eventsOfTrace(uploadTrace, "&action=request", 1); // the root span is recorded last: its children are in by then
        JsonNode upload = api.get("/api/" + app + "/_events/trace/" + uploadTrace, admin).json().get("data");
        assertThat(child(upload.get("root_span"), "file.store").get("source").asText()).isEqualTo("storage");
    }

    @Test
    void aCountedListIsOneStatementRoundTrip() throws InterruptedException {
        api.post("/api/" + app + "/_admin/entities", admin, Map.of("name", "tally", "table", "tallies",
                "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
                "fields", java.util.List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "n", "type", "int"))));
        api.post("/api/" + app + "/tally", admin, Map.of("n", 1));
        String traceId = UUID.randomUUID().toString();
        Api.Response listed = api.send(api.builder("/api/" + app + "/tally?page=1", admin).header("X-Trace-ID", traceId)
                .GET());
        assertThat(listed.json().at("/meta/total").asInt()).isEqualTo(1);
        eventsOfTrace(traceId, "&action=request", 1); // the root span is recorded last: its children are in by then
        JsonNode list = child(api.get("/api/" + app + "/_events/trace/" + traceId, admin).json()
                .at("/data/root_span"), "record.list");
        List<JsonNode> statements = list.get("children").valueStream()
                .filter(span -> span.get("source").asText().equals("db")).toList();
        assertThat(statements).as("the page and its count in one round trip").hasSize(1);
        assertThat(statements.getFirst().at("/metadata/sql").asText()).contains("count(*)");
    }

    @Test
    void theWebhookAndWorkflowStagesAreSpansWhenTheEntityHasThem() throws Exception {
        api.post("/api/" + app + "/_admin/entities", admin, Map.of("name", "memo", "table", "memos",
                "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
                "fields", java.util.List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "state", "type", "string"))));
        try (HttpSink sink = new HttpSink()) {
            assertThat(api.post("/api/" + app + "/_admin/webhooks", admin, Map.of("entity", "memo",
                    "url", sink.url("/memo"))).status()).isEqualTo(201);
            assertThat(api.post("/api/" + app + "/_admin/workflows", admin, Map.of("name", "memo_sent",
                    "trigger", Map.of("type", "state_change", "entity", "memo", "field", "state", "to", "sent"),
                    "steps", java.util.List.of(Map.of("id", "a", "type", "action")))).status()).isEqualTo(201);
            String traceId = UUID.randomUUID().toString();
            assertThat(api.send(api.builder("/api/" + app + "/memo", admin).header("X-Trace-ID", traceId)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"state\":\"sent\"}"))).status())
                    .isEqualTo(201);
            eventsOfTrace(traceId, "&action=request", 1); // recorded last: the stages' spans are in by then
            JsonNode root = api.get("/api/" + app + "/_events/trace/" + traceId, admin).json().at("/data/root_span");
            JsonNode create = child(root, "record.create");
            assertThat(child(create, "webhook.fire").get("entity").asText()).isEqualTo("memo");
            assertThat(child(create, "workflow.trigger").get("entity").asText()).isEqualTo("memo");
        }
    }

    @Test
    void anAuthRequestLeavesARootSpanForItsStatementsEvenWithoutACaller() throws InterruptedException {
        String traceId = UUID.randomUUID().toString();
        Api.Response login = postTraced("/auth/login", null, traceId,
                "{\"email\":\"admin@localhost\",\"password\":\"changeme\"}");
        assertThat(login.status()).isEqualTo(200);
        eventsOfTrace(traceId, "&action=request", 1);

        JsonNode trace = api.get("/api/" + app + "/_events/trace/" + traceId, admin).json().get("data");
        JsonNode root = trace.get("root_span");
        assertThat(root.get("action").asText()).isEqualTo("request");
        assertThat(root.get("parent_span_id").isNull()).isTrue();
        assertThat(root.at("/metadata/path").asText()).isEqualTo("/api/" + app + "/auth/login");
        assertThat(root.get("user_id").isNull()).isTrue();
        assertThat(child(root, "db.select").get("source").asText()).isEqualTo("db");
        for (JsonNode span : trace.get("spans")) {
            boolean rooted = span.get("span_id").equals(root.get("span_id"))
                    || span.get("parent_span_id").asText().equals(root.get("span_id").asText());
            assertThat(rooted).as("no dangling parent: " + span).isTrue();
        }

        String failedTrace = UUID.randomUUID().toString();
        Api.Response refused = postTraced("/auth/login", null, failedTrace,
                "{\"email\":\"admin@localhost\",\"password\":\"wrong\"}");
        assertThat(refused.status()).isEqualTo(401);
        JsonNode failed = eventsOfTrace(failedTrace, "&action=request", 1);
        assertThat(failed.get(0).get("status").asText()).isEqualTo("error");
        assertThat(failed.get(0).at("/metadata/status_code").asInt()).isEqualTo(401);
    }

    /** The direct child span with that action (spans are ordered by time, so position is not asserted). */
    private static JsonNode child(JsonNode span, String action) {
        for (JsonNode child : span.get("children")) {
            if (child.get("action").asText().equals(action)) {
                return child;
            }
        }
        throw new AssertionError("no child span " + action + " under " + span.get("action") + ": " + span);
    }

    @Test
    void textWithCopyControlCharactersIsStoredVerbatim() throws InterruptedException {
        // events are written with COPY's text format, where tab, newline, backslash and \N have meanings
        String awkward = "tab\tnewline\nreturn\rbackslash\\ quote\" \\N é😀";
        String traceId = UUID.randomUUID().toString();
        Api.Response emitted = api.send(api.builder("/api/" + app + "/_events", admin).header("X-Trace-ID", traceId)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Api.encode(Map.of("action", awkward,
                        "entity", "\\N", "record_id", "\\N", "metadata", Map.of("note", awkward, "n", 1.5))))));
        assertThat(emitted.status()).isEqualTo(200);

        JsonNode business = eventsOfTrace(traceId, "&event_type=business", 1).findParents("event_type").stream()
                .filter(e -> e.get("event_type").asText().equals("business")).findFirst().orElseThrow();
        assertThat(business.get("action").asText()).isEqualTo(awkward);
        assertThat(business.get("entity").asText()).isEqualTo("\\N");
        assertThat(business.get("record_id").asText()).isEqualTo("\\N");
        assertThat(business.at("/metadata/note").asText()).isEqualTo(awkward);
        assertThat(business.at("/metadata/n").asDouble()).isEqualTo(1.5);
    }

    @Test
    void badRequestsAreRefused() {
        assertThat(api.post("/api/" + app + "/_events", admin, Map.of("entity", "x")).json().at("/error/message").asText())
                .isEqualTo("action is required");
        assertThat(api.get("/api/" + app + "/_events/trace/" + UUID.randomUUID(), admin).status()).isEqualTo(404);
        assertThat(api.get("/api/" + app + "/_events?from=yesterday", admin).status()).isEqualTo(400);
        api.post("/api/" + app + "/_admin/users", admin, Map.of("email", "u@example.com", "password", "p"));
        String user = api.post("/api/" + app + "/auth/login", null, Map.of("email", "u@example.com", "password", "p"))
                .json().at("/data/access_token").asText();
        assertThat(api.get("/api/" + app + "/_events", user).status()).isEqualTo(403);
        assertThat(api.post("/api/" + app + "/_events", user, Map.of("action", "clicked")).status()).isEqualTo(200);
    }
}
