package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookActionsHttpTest {
    private final Api api = TestServer.shared();
    private final String app = api.createApp("hooks", driver());
    private final String admin = api.appAdminToken(app);
    private final String base = "/api/" + app;

    /** The db_driver of every app this test creates; {@link SqliteWebhookActionsHttpTest} runs it on SQLite apps. */
    String driver() {
        return "postgres";
    }

    private void created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    @Test
    void transitionWebhooksFireAfterCommitAndWorkflowWebhooksDecideTheOutcome() throws Exception {
        try (HttpSink sink = new HttpSink()) {
            created(api.post(base + "/_admin/entities", admin, Map.of("name", "order", "table", "orders",
                    "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
                    "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "status", "type", "string")))));
            created(api.post(base + "/_admin/state-machines", admin, Map.of("entity", "order", "field", "status",
                    "definition", Map.of("transitions", List.of(
                            Map.of("from", "new", "to", "paid", "actions", List.of(Map.of("type", "webhook",
                                    "url", sink.url("/paid")))),
                            Map.of("from", "paid", "to", "shipped"))))));
            created(api.post(base + "/_admin/workflows", admin, Map.of("name", "notify_shipping",
                    "trigger", Map.of("type", "state_change", "entity", "order", "field", "status", "to", "shipped"),
                    "context", Map.of("order", "record_id"),
                    "steps", List.of(Map.of("id", "call", "type", "action", "then", "end",
                            "actions", List.of(Map.of("type", "webhook", "url", sink.url("/ship"), "method", "PUT")))))));

            String id = api.post(base + "/order", admin, Map.of("status", "new")).json().at("/data/id").asText();
            assertThat(api.put(base + "/order/" + id, admin, Map.of("status", "paid")).status()).isEqualTo(200);
            HttpSink.Received paid = sink.awaitAtLeast(1).get(0);
            assertThat(paid.method()).isEqualTo("POST");
            assertThat(paid.path()).isEqualTo("/paid");
            assertThat(paid.body()).contains("\"status\":\"paid\"").contains(id);

            assertThat(api.put(base + "/order/" + id, admin, Map.of("status", "shipped")).status()).isEqualTo(200);
            HttpSink.Received ship = sink.awaitAtLeast(2).get(1);
            assertThat(ship.method()).isEqualTo("PUT");
            assertThat(ship.body()).contains(id);
            assertThat(api.get(base + "/_workflows/pending", admin).json().get("data")).isEmpty();

            sink.answer(500);
            String second = api.post(base + "/order", admin, Map.of("status", "paid")).json().at("/data/id").asText();
            api.put(base + "/order/" + second, admin, Map.of("status", "shipped"));
            sink.awaitAtLeast(3);
            assertThat(sink.received()).hasSize(3);
        }
    }
}
