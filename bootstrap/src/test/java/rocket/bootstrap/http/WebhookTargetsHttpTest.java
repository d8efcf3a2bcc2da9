package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rocket.bootstrap.RocketServer;

/**
 * What a webhook may name and reach: only allow-listed environment variables (never the server's secrets), loopback
 * targets only in development, private ones only when the operator allows them, metadata addresses never.
 */
class WebhookTargetsHttpTest {
    private static final String PLATFORM_SECRET = "a-platform-secret-that-is-long-enough-0123456789";

    private static Map<String, String> env(Map<String, String> extra) {
        return TestServer.fast(Map.of("ROCKET_PLATFORM_JWT_SECRET", PLATFORM_SECRET, "DATABASE_PASSWORD_OF_THE_HOST",
                "host-secret", "ROCKET_WEBHOOK_ENV_ERP_TOKEN", "erp-123"), extra);
    }

    private String appWithOrders(Api api) {
        return TestSchemas.appWith(api, "whenv", driver(), TestSchemas.uuidEntity("order", "orders",
                Map.of("name", "status", "type", "string")));
    }

    private static Api.Response saveHook(Api api, String app, String url, Map<String, String> headers) {
        return api.post("/api/" + app + "/_admin/webhooks", api.platformToken(),
                Map.of("entity", "order", "url", url, "headers", headers, "retry", Map.of("max_attempts", 1)));
    }

    /** The db_driver of every app this test creates; {@link SqliteWebhookTargetsHttpTest} runs it on SQLite apps. */
    String driver() {
        return "postgres";
    }

    @Test
    void onlyAllowListedVariablesAreFilledInAndTheServersSecretsAreRefusedWhenSaved() throws Exception {
        try (HttpSink sink = new HttpSink();
             RocketServer server = TestServer.start(TestServer.tempDir(),
                     env(Map.of("ROCKET_WEBHOOK_ALLOWED_ENV", "PARTNER_KEY", "PARTNER_KEY", "partner-456")))) {
            Api api = new Api(server.port());
            String app = appWithOrders(api);
            for (String variable : List.of("ROCKET_PLATFORM_JWT_SECRET", "DATABASE_URL", "ROCKET_AI_API_KEY",
                    "DATABASE_PASSWORD_OF_THE_HOST", "PATH", "HOME")) {
                Api.Response refused = saveHook(api, app, sink.url("/leak"),
                        Map.of("Authorization", "Bearer {{env." + variable + "}}"));
                assertThat(refused.status()).as(variable).isEqualTo(422);
                assertThat(refused.json().at("/error/message").asText()).contains(variable);
            }
            assertThat(saveHook(api, app, sink.url("/erp"), Map.of("Authorization", "Bearer {{env.ROCKET_WEBHOOK_ENV_ERP_TOKEN}}",
                    "X-Partner", "{{ env.PARTNER_KEY }}")).status()).isEqualTo(201);

            assertThat(api.post("/api/" + app + "/order", api.platformToken(), Map.of("status", "paid")).status())
                    .isEqualTo(201);
            List<HttpSink.Received> received = sink.awaitAtLeast(1);
            Thread.sleep(300); // a refused hook, had it been stored, would have been delivered by now too
            assertThat(received).extracting(HttpSink.Received::path).containsExactly("/erp");
            assertThat(received.get(0).header("Authorization")).isEqualTo("Bearer erp-123");
            assertThat(received.get(0).header("X-Partner")).isEqualTo("partner-456");
            JsonNode log = api.get("/api/" + app + "/_admin/webhook-logs", api.platformToken()).json().at("/data/0");
            assertThat(log.toString()).as("the log keeps the template, never the value")
                    .contains("{{env.ROCKET_WEBHOOK_ENV_ERP_TOKEN}}").doesNotContain("erp-123");
        }
    }

    @Test
    void aStoredHookNamingAVariableThatIsNoLongerAllowedIsNeverSent() throws Exception {
        Path data = TestServer.tempDir();
        try (HttpSink sink = new HttpSink()) {
            String app;
            try (RocketServer before = TestServer.start(data, env(Map.of("ROCKET_WEBHOOK_ALLOWED_ENV", "PARTNER_KEY",
                    "PARTNER_KEY", "partner-456")))) {
                Api api = new Api(before.port());
                app = appWithOrders(api);
                assertThat(saveHook(api, app, sink.url("/hook"), Map.of("X-Partner", "{{env.PARTNER_KEY}}")).status())
                        .isEqualTo(201);
            }
            try (RocketServer after = TestServer.start(data, env(Map.of("PARTNER_KEY", "partner-456")))) {
                Api api = new Api(after.port());
                assertThat(api.post("/api/" + app + "/order", api.platformToken(), Map.of("status", "paid")).status())
                        .isEqualTo(201);
                JsonNode failed = awaitFailed(api, app);
                assertThat(failed.get("error").asText()).contains("not sent").contains("PARTNER_KEY");
                assertThat(sink.received()).isEmpty();
            }
        }
    }

    @Test
    void developmentAllowsLoopbackTargetsAndTheOperatorMayAllowPrivateOnesButMetadataIsAlwaysRefused() {
        try (RocketServer server = TestServer.start(TestServer.tempDir(),
                env(Map.of("ROCKET_WEBHOOK_ALLOW_PRIVATE", "true")))) {
            Api api = new Api(server.port());
            String app = appWithOrders(api);
            assertThat(saveHook(api, app, "http://127.0.0.1:9/hook", Map.of()).status()).isEqualTo(201);
            assertThat(saveHook(api, app, "http://10.20.30.40/hook", Map.of()).status()).isEqualTo(201);
            assertThat(saveHook(api, app, "http://192.168.1.1/hook", Map.of()).status()).isEqualTo(201);
            for (String url : List.of("http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/",
                    "http://100.100.100.200/", "http://[fe80::1]/", "http://0.0.0.0/")) {
                Api.Response refused = saveHook(api, app, url, Map.of());
                assertThat(refused.status()).as(url).isEqualTo(422);
            }
        }
        Api shared = TestServer.shared();
        String app = appWithOrders(shared);
        assertThat(saveHook(shared, app, "http://10.20.30.40/hook", Map.of()).status())
                .as("private ranges need their own switch, even in development").isEqualTo(422);
    }

    private static JsonNode awaitFailed(Api api, String app) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            JsonNode logs = api.get("/api/" + app + "/_admin/webhook-logs?status=failed", api.platformToken()).json()
                    .get("data");
            if (logs.size() > 0) {
                return logs.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no failed delivery");
    }
}
