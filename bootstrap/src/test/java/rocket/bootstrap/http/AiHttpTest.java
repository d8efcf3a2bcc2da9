package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import rocket.bootstrap.RocketServer;

class AiHttpTest {

    @Test
    void unconfiguredAiSaysSoAndValidatesPrompts() {
        Api api = TestServer.shared();
        String app = api.createApp("noai");
        String admin = api.platformToken();
        JsonNode status = api.get("/api/_platform/ai/status", admin).json().get("data");
        assertThat(status.get("configured").asBoolean()).isFalse();
        assertThat(status.get("model").asText()).isEmpty();
        assertThat(api.get("/api/" + app + "/_admin/ai/status", admin).json().at("/data/configured").asBoolean()).isFalse();
        Api.Response generate = api.post("/api/" + app + "/_admin/ai/generate", admin, Map.of("prompt", "a blog"));
        assertThat(generate.status()).isEqualTo(501);
        assertThat(generate.errorCode()).isEqualTo("NOT_CONFIGURED");
        assertThat(api.post("/api/" + app + "/_admin/ai/generate", admin, Map.of()).json().at("/error/message").asText())
                .isEqualTo("prompt is required");
        assertThat(api.post("/api/" + app + "/_admin/ai/generate", admin, Map.of("prompt", "x".repeat(5001)))
                .json().at("/error/message").asText()).isEqualTo("prompt must be 5000 characters or fewer");
    }

    @Test
    void aConfiguredModelGeneratesASchemaAndItsFailuresAre502() throws IOException {
        AtomicReference<String> answer = new AtomicReference<>();
        AtomicReference<String> lastRequest = new AtomicReference<>();
        AtomicReference<String> lastAuthorization = new AtomicReference<>();
        HttpServer fake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        fake.createContext("/v1/chat/completions", exchange -> {
            lastRequest.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            lastAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            String body = answer.get();
            if (body.equals("SLOW")) {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                body = "{}";
            }
            int status = body.equals("FAIL") ? 500 : 200;
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        fake.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        fake.start();
        Map<String, String> env = new HashMap<>(TestServer.FAST);
        env.put("ROCKET_AI_BASE_URL", "http://127.0.0.1:" + fake.getAddress().getPort() + "/v1/");
        env.put("ROCKET_AI_API_KEY", "sk-test-secret");
        env.put("ROCKET_AI_MODEL", "test-model");
        env.put("ROCKET_AI_TIMEOUT_MS", "1000");
        try (RocketServer server = TestServer.start(TestServer.tempDir(), env)) {
            Api api = new Api(server.port());
            String admin = api.platformToken();
            String app = api.createApp("ai");
            api.post("/api/" + app + "/_admin/entities", admin, Map.of("name", "customer", "table", "customers",
                    "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
                    "fields", java.util.List.of(Map.of("name", "id", "type", "uuid"))));
            JsonNode status = api.get("/api/_platform/ai/status", admin).json().get("data");
            assertThat(status.get("configured").asBoolean()).isTrue();
            assertThat(status.get("model").asText()).isEqualTo("test-model");

            answer.set("{\"choices\":[{\"message\":{\"content\":\"{\\\"entities\\\":[{\\\"name\\\":\\\"invoice\\\"}]}\"}}]}");
            Api.Response generated = api.post("/api/" + app + "/_admin/ai/generate", admin, Map.of("prompt", "invoicing"));
            assertThat(generated.status()).as(generated.body()).isEqualTo(200);
            assertThat(generated.json().at("/data/schema/version").asInt()).isEqualTo(1);
            assertThat(generated.json().at("/data/schema/entities/0/name").asText()).isEqualTo("invoice");
            assertThat(lastAuthorization.get()).isEqualTo("Bearer sk-test-secret");
            JsonNode sent = api.json(lastRequest.get());
            assertThat(sent.get("model").asText()).isEqualTo("test-model");
            assertThat(sent.at("/response_format/type").asText()).isEqualTo("json_object");
            assertThat(sent.at("/messages/0/content").asText()).contains("customer");
            assertThat(sent.at("/messages/1/content").asText()).isEqualTo("invoicing");

            for (String bad : new String[] {"{\"choices\":[{\"message\":{\"content\":\"not json\"}}]}", "FAIL", "garbage",
                    "{\"choices\":[{\"message\":{\"content\":\"[1,2]\"}}]}", "SLOW"}) {
                answer.set(bad);
                Api.Response failed = api.post("/api/" + app + "/_admin/ai/generate", admin, Map.of("prompt", "x"));
                assertThat(failed.status()).as(bad).isEqualTo(502);
                assertThat(failed.errorCode()).isEqualTo("AI_REQUEST_FAILED");
                assertThat(failed.body()).doesNotContain("sk-test-secret");
            }
        } finally {
            fake.stop(0);
        }
    }
}
