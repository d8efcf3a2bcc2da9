package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values that would later be served wrongly or break every delivery are refused when they are saved. */
class RefusedAtSaveHttpTest {
    private final Api api = TestServer.shared();
    private final String app = api.createApp("refused", driver());
    private final String admin = api.appAdminToken(app);
    private final String base = "/api/" + app;

    /** The apps' db_driver; {@link SqliteRefusedAtSaveHttpTest} runs every test here on SQLite. */
    String driver() {
        return "postgres";
    }

    @Test
    void aFileFieldTakesOnlyAFileIdOrTheStoredFileObjectWhichIsResolvedFromTheFile() {
        assertThat(api.post(base + "/_admin/entities", admin, TestSchemas.uuidEntity("doc", "docs",
                Map.of("name", "title", "type", "string"), Map.of("name", "cover", "type", "file"))).status())
                .isEqualTo(201);
        for (Object bad : List.of("not-a-uuid", 123, true, Map.of("url", "http://evil"), List.of())) {
            Api.Response refused = api.post(base + "/doc", admin, Map.of("title", "t", "cover", bad));
            assertThat(refused.status()).as(String.valueOf(bad)).isEqualTo(422);
            assertThat(refused.json().at("/error/details/0/field").asText()).isEqualTo("cover");
            assertThat(refused.json().at("/error/details/0/message").asText()).contains("must be a file id");
        }
        assertThat(api.get(base + "/doc", admin).json().at("/meta/total").asInt()).isZero();

        String id = api.send(api.builder(base + "/_files/upload", admin).setHeader("Content-Type", Multipart.contentType())
                .POST(Multipart.file("file", "real.txt", "text/plain",
                        () -> new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8))))).json()
                .at("/data/id").asText();
        Api.Response forged = api.post(base + "/doc", admin, Map.of("title", "t", "cover",
                Map.of("id", id, "filename", "invoice.exe", "size", 999_999, "mime_type", "application/x-evil")));
        assertThat(forged.status()).as(forged.body()).isEqualTo(201);
        assertThat(forged.json().at("/data/cover")).isEqualTo(api.json(
                "{\"id\":\"" + id + "\",\"filename\":\"real.txt\",\"size\":5,\"mime_type\":\"text/plain\"}"));
        Api.Response missing = api.post(base + "/doc", admin, Map.of("title", "t", "cover",
                Map.of("id", "00000000-0000-0000-0000-000000000009")));
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void aWebhookHeaderThatCouldSplitARequestIsA422AtSave() {
        for (Map<String, String> headers : List.of(Map.of("X-A", "a\r\nX-Injected: 1"), Map.of("X-A", "a\nb"),
                Map.of("X-A", "a\u0001b"), Map.of("X A", "v"), Map.of("X-A:", "v"), Map.of("X\nA", "v"),
                Map.of("", "v"))) {
            Api.Response refused = api.post(base + "/_admin/webhooks", admin, Map.of("entity", "doc",
                    "url", "https://example.com/hook", "headers", headers));
            assertThat(refused.status()).as(headers.toString()).isEqualTo(422);
            assertThat(refused.errorCode()).isEqualTo("VALIDATION_FAILED");
        }
        assertThat(api.get(base + "/_admin/webhooks", admin).json().get("data")).isEmpty();
        Api.Response fine = api.post(base + "/_admin/webhooks", admin, Map.of("entity", "doc",
                "url", "https://example.com/hook", "headers",
                Map.of("Authorization", "Bearer {{env.ROCKET_WEBHOOK_ENV_TEST_TOKEN}}", "X-Tab", "a\tb")));
        assertThat(fine.status()).as(fine.body()).isEqualTo(201);
    }
}
