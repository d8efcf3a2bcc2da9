package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import rocket.bootstrap.RocketServer;
import rocket.bootstrap.database.EmbeddedDatabase;

class WebhooksHttpTest {
    private final Api api = TestServer.shared();

    /** The db_driver of every app this test creates; {@link SqliteWebhooksHttpTest} runs it on SQLite apps. */
    String driver() {
        return "postgres";
    }

    private static void created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    /** An app with an {@code order} entity; returns its name. */
    private String appWithOrders(Api api) {
        String app = api.createApp("wh", driver());
        created(api.post("/api/" + app + "/_admin/entities", api.platformToken(), Map.of("name", "order",
                "table", "orders", "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "status", "type", "string"),
                        Map.of("name", "total", "type", "int")))));
        return app;
    }

    private static JsonNode logs(Api api, String app, String query) {
        return api.get("/api/" + app + "/_admin/webhook-logs" + query, api.platformToken()).json().get("data");
    }

    private static JsonNode awaitLog(Api api, String app, String status, int count) throws InterruptedException {
        JsonNode found = logs(api, app, "?status=" + status);
        for (int i = 0; i < 200 && found.size() < count; i++) {
            Thread.sleep(50);
            found = logs(api, app, "?status=" + status);
        }
        return found;
    }

    @Test
    void adminApiValidatesAndAppliesTheContractDefaults() {
        String app = appWithOrders(api);
        String admin = api.platformToken();
        String base = "/api/" + app + "/_admin/webhooks";
        Api.Response made = api.post(base, admin, Map.of("entity", "order", "url", "https://example.test/hook"));
        created(made);
        JsonNode hook = made.json().get("data");
        assertThat(hook.get("hook").asText()).isEqualTo("after_write");
        assertThat(hook.get("method").asText()).isEqualTo("POST");
        assertThat(hook.get("async").asBoolean()).isTrue();
        assertThat(hook.at("/retry/max_attempts").asInt()).isEqualTo(3);
        assertThat(hook.get("condition").asText()).isEmpty();
        assertThat(api.post(base, admin, Map.of("url", "http://x")).json().at("/error/message").asText())
                .isEqualTo("entity is required");
        assertThat(api.post(base, admin, Map.of("entity", "order", "url", "ftp://x")).json().at("/error/message").asText())
                .isEqualTo("url must start with http:// or https://");
        assertThat(api.post(base, admin, Map.of("entity", "order", "url", "http://x", "hook", "later")).json()
                .at("/error/message").asText()).isEqualTo("hook must be after_write, before_write, after_delete, or before_delete");
        assertThat(api.post(base, admin, Map.of("entity", "order", "url", "http://x", "method", "TRACE")).json()
                .at("/error/message").asText()).isEqualTo("method must be POST, PUT, PATCH, GET, or DELETE");
        assertThat(api.post(base, admin, Map.of("entity", "order", "url", "http://x", "condition", "((")).status())
                .isEqualTo(422);
        String id = hook.get("id").asText();
        assertThat(api.put(base + "/" + id, admin, Map.of("entity", "order", "url", "http://y")).json()
                .at("/data/url").asText()).isEqualTo("http://y");
        assertThat(api.delete(base + "/" + id, admin).json().at("/data/deleted").asBoolean()).isTrue();
        assertThat(api.get(base + "/" + id, admin).status()).isEqualTo(404);
    }

    @Test
    void asyncDeliveriesHonourConditionsCarryThePayloadAndRetryUntilDelivered() throws Exception {
        String app = appWithOrders(api);
        String admin = api.platformToken();
        try (HttpSink sink = new HttpSink()) {
            created(api.post("/api/" + app + "/_admin/webhooks", admin, Map.of("entity", "order",
                    "url", sink.url("/orders"), "condition", "record.status == 'paid'",
                    "headers", Map.of("X-Token", "{{env.ROCKET_WEBHOOK_ENV_TEST_TOKEN}}"))));
            api.post("/api/" + app + "/order", admin, Map.of("status", "draft", "total", 1));
            sink.failFirst(2);
            String paid = api.post("/api/" + app + "/order", admin, Map.of("status", "paid", "total", 2)).json()
                    .at("/data/id").asText();

            JsonNode delivered = awaitLog(api, app, "delivered", 1);
            assertThat(delivered).hasSize(1);
            assertThat(delivered.get(0).get("attempt").asInt()).as("two failures, then success").isEqualTo(3);
            assertThat(sink.received()).hasSize(3);
            HttpSink.Received last = sink.received().get(2);
            assertThat(last.header("Idempotency-Key")).startsWith("wh_").isEqualTo(delivered.get(0).get("idempotency_key").asText());
            assertThat(last.header("X-Token")).isEqualTo("test-token-value");
            assertThat(delivered.get(0).at("/request_headers/X-Token").asText())
                    .isEqualTo("{{env.ROCKET_WEBHOOK_ENV_TEST_TOKEN}}");
            JsonNode payload = api.json(last.body());
            assertThat(payload.get("event").asText()).isEqualTo("after_write");
            assertThat(payload.get("action").asText()).isEqualTo("create");
            assertThat(payload.at("/record/id").asText()).isEqualTo(paid);
            assertThat(payload.at("/changes/status/new").asText()).isEqualTo("paid");
            assertThat(payload.at("/user/roles").toString()).contains("admin");
            assertThat(logs(api, app, "?entity=order")).hasSize(1);
        }
    }

    @Test
    void aSyncWebhookVetoRollsTheWriteBack() throws Exception {
        String app = appWithOrders(api);
        String admin = api.platformToken();
        try (HttpSink sink = new HttpSink()) {
            created(api.post("/api/" + app + "/_admin/webhooks", admin, Map.of("entity", "order", "hook", "before_write",
                    "async", false, "url", sink.url("/veto"))));
            sink.answer(409);
            Api.Response vetoed = api.post("/api/" + app + "/order", admin, Map.of("status", "draft"));
            assertThat(vetoed.status()).isEqualTo(502);
            assertThat(vetoed.errorCode()).isEqualTo("WEBHOOK_FAILED");
            assertThat(vetoed.json().at("/error/message").asText()).contains("before_write").contains(sink.url("/veto"));
            assertThat(api.get("/api/" + app + "/order", admin).json().at("/meta/total").asInt()).isZero();
            assertThat(logs(api, app, "")).isEmpty();

            sink.answer(200);
            assertThat(api.post("/api/" + app + "/order", admin, Map.of("status", "draft")).status()).isEqualTo(201);
            assertThat(logs(api, app, "?status=delivered")).hasSize(1);
        }
    }

    @Test
    void anUnreachableReceiverIsLoggedByHostWithAReadableReason() throws Exception {
        String app = appWithOrders(api);
        String admin = api.platformToken();
        created(api.post("/api/" + app + "/_admin/webhooks", admin, Map.of("entity", "order",
                "url", "http://127.0.0.1:1/secret-token/hook?key=s3cr3t", "retry", Map.of("max_attempts", 1))));
        api.post("/api/" + app + "/order", admin, Map.of("status", "new"));
        String error = awaitLog(api, app, "failed", 1).get(0).get("error").asText();
        assertThat(error).startsWith("POST to 127.0.0.1: ").doesNotContain("null", "secret-token", "s3cr3t");
        assertThat(error.length()).isGreaterThan("POST to 127.0.0.1: ".length());
    }

    @Test
    void aFailedDeliveryCanBeRetriedByHand() throws Exception {
        String app = appWithOrders(api);
        String admin = api.platformToken();
        try (HttpSink sink = new HttpSink()) {
            created(api.post("/api/" + app + "/_admin/webhooks", admin, Map.of("entity", "order",
                    "url", sink.url("/once"), "retry", Map.of("max_attempts", 1))));
            sink.answer(503);
            api.post("/api/" + app + "/order", admin, Map.of("status", "new"));
            JsonNode failed = awaitLog(api, app, "failed", 1);
            assertThat(failed.get(0).get("error").asText()).isEqualTo("HTTP 503");
            String id = failed.get(0).get("id").asText();
            sink.answer(200);
            Api.Response retried = api.post("/api/" + app + "/_admin/webhook-logs/" + id + "/retry", admin, Map.of());
            assertThat(retried.json().at("/data/status").asText()).isEqualTo("retrying");
            assertThat(awaitLog(api, app, "delivered", 1)).hasSize(1);
            assertThat(api.post("/api/" + app + "/_admin/webhook-logs/" + id + "/retry", admin, Map.of()).status())
                    .isEqualTo(422);
        }
    }

    @Test
    void anEventCommittedBeforeAStopIsDeliveredAfterTheRestart() throws Exception {
        Path dataDir = TestServer.tempDir();
        Map<String, String> noDispatch = new HashMap<>(TestServer.FAST);
        noDispatch.put("ROCKET_WEBHOOK_DISPATCHER", "off");
        try (HttpSink sink = new HttpSink()) {
            String app;
            try (RocketServer first = TestServer.start(dataDir, noDispatch)) {
                Api one = new Api(first.port());
                app = appWithOrders(one);
                created(one.post("/api/" + app + "/_admin/webhooks", one.platformToken(), Map.of("entity", "order",
                        "url", sink.url("/later"))));
                created(one.post("/api/" + app + "/order", one.platformToken(), Map.of("status", "queued")));
                assertThat(logs(one, app, "?status=pending")).hasSize(1);
            }
            assertThat(sink.received()).isEmpty();
            try (RocketServer second = TestServer.start(dataDir, TestServer.FAST)) {
                Api two = new Api(second.port());
                assertThat(awaitLog(two, app, "delivered", 1)).hasSize(1);
                assertThat(sink.received()).hasSize(1);
                assertThat(sink.received().get(0).body()).contains("queued");
            }
        }
    }

    @Test
    void twoServersOnOneDatabaseDeliverEachEventExactlyOnce() throws Exception {
        try (EmbeddedDatabase shared = TestServer.externalDatabase();
             HttpSink sink = new HttpSink()) {
            Map<String, String> env = TestServer.onDatabase(shared, Map.of("ROCKET_WEBHOOK_POLL_INTERVAL_MS", "20"));
            try (RocketServer a = TestServer.start(TestServer.tempDir(), env)) {
                Api apiA = new Api(a.port());
                String app = appWithOrders(apiA);
                created(apiA.post("/api/" + app + "/_admin/webhooks", apiA.platformToken(), Map.of("entity", "order",
                        "url", sink.url("/once"))));
                try (RocketServer b = TestServer.start(TestServer.tempDir(), env)) {
                    sink.delay(20);
                    for (int i = 0; i < 40; i++) {
                        apiA.post("/api/" + app + "/order", apiA.platformToken(), Map.of("status", "s" + i));
                    }
                    sink.awaitAtLeast(40);
                    Thread.sleep(500); // give a duplicate, if any, time to arrive
                    Set<String> keys = new HashSet<>();
                    for (HttpSink.Received received : sink.received()) {
                        assertThat(keys.add(received.header("Idempotency-Key"))).as("duplicate delivery").isTrue();
                    }
                    assertThat(keys).hasSize(40);
                    assertThat(b.port()).isPositive();
                }
            }
        }
    }
}
