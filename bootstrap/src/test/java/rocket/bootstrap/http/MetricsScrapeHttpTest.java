package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rocket.bootstrap.RocketServer;

/** The metrics a scraper sees: JVM and per-route HTTP series, by scrape token, platform token or the metrics port. */
class MetricsScrapeHttpTest {
    private static final String SCRAPE_TOKEN = "scrape-token-for-tests-0123456789";
    private static RocketServer server;
    private static Api api;
    private static String app;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.tempDir(), TestServer.fast(Map.of(), Map.of(
                "ROCKET_METRICS_TOKEN", SCRAPE_TOKEN, "ROCKET_METRICS_PORT", "0")));
        api = new Api(server.port());
        app = TestSchemas.appWith(api, "scrape", TestSchemas.uuidEntity("note", "notes",
                Map.of("name", "text", "type", "string")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theScrapeHasJvmSeriesAndRequestTimersByRouteTemplateNeverTheRawPath() {
        String token = api.platformToken();
        assertThat(api.get("/api/" + app + "/note", token).status()).isEqualTo(200);
        assertThat(api.get("/api/" + app + "/note/00000000-0000-0000-0000-000000000000", token).status())
                .isEqualTo(404);

        Api.Response scrape = api.get("/api/_platform/metrics", SCRAPE_TOKEN);
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.header("Content-Type")).startsWith("text/plain");
        String body = scrape.body();
        assertThat(body).contains("jvm_memory_used_bytes{", "jvm_gc_", "jvm_threads_live_threads ",
                "jvm_classes_loaded_classes ", "jvm_info{", "process_cpu_usage ", "system_cpu_count ",
                "process_uptime_seconds ", "hikaricp_connections_active{", "rocket_webhooks_in_flight ");
        assertThat(body).contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\","
                + "route=\"/api/{app}/{entity}\",status=\"200\"}");
        assertThat(body).contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"CLIENT_ERROR\","
                + "route=\"/api/{app}/{entity}/{id}\",status=\"404\"}");
        assertThat(body.lines().filter(line -> line.startsWith("http_server_requests")))
                .as("no app name or record id in a request series").noneMatch(line -> line.contains(app))
                .noneMatch(line -> line.contains("00000000-0000"));
    }

    @Test
    void webhookDeliveriesTheirLagAndTheWrittenEventsAreSeries() throws Exception {
        String token = api.platformToken();
        try (HttpSink sink = new HttpSink()) {
            assertThat(api.post("/api/" + app + "/_admin/webhooks", token, Map.of("entity", "note",
                    "url", sink.url("/note"))).status()).isEqualTo(201);
            Api.Response note = api.post("/api/" + app + "/note", token, Map.of("text", "one"));
            assertThat(note.status()).as(note.body()).isEqualTo(201);
            scrapeUntil("rocket_webhooks_deliveries_total{outcome=\"delivered\"} 1.0");
            // the attempt is counted, then its lag recorded: a scrape may fall between the two
            String body = scrapeUntil("rocket_webhooks_lag_seconds_count 1");
            assertThat(sink.received()).hasSize(1);
            assertThat(body).contains("rocket_webhooks_deliveries_total{outcome=\"retrying\"} 0.0",
                    "rocket_webhooks_deliveries_total{outcome=\"failed\"} 0.0",
                    "rocket_webhooks_lag_seconds{quantile=\"0.5\"}", "rocket_webhooks_lag_seconds{quantile=\"0.99\"}",
                    "rocket_webhooks_deliveries_total{outcome=\"delivered\"} 1.0",
                    "rocket_webhooks_oldest_waiting_seconds ",
                    "rocket_webhooks_waiting ", "rocket_webhooks_worker_queue ", "rocket_events_dropped_total 0.0",
                    "rocket_events_queued ");
        }
        // the traced requests above are flushed within the flush interval (100 ms)
        String events = scrapeUntil("rocket_events_written_total ");
        for (int i = 0; i < 100 && value(events, "rocket_events_written_total") == 0; i++) {
            Thread.sleep(50);
            events = api.get("/api/_platform/metrics", SCRAPE_TOKEN).body();
        }
        assertThat(value(events, "rocket_events_written_total")).isPositive();
    }

    private static String scrapeUntil(String line) throws InterruptedException {
        String body = api.get("/api/_platform/metrics", SCRAPE_TOKEN).body();
        for (int i = 0; i < 100 && !body.contains(line); i++) {
            Thread.sleep(50);
            body = api.get("/api/_platform/metrics", SCRAPE_TOKEN).body();
        }
        assertThat(body).contains(line);
        return body;
    }

    private static double value(String scrape, String series) {
        return scrape.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1))).orElse(0.0);
    }

    @Test
    void theScrapeTokenAndThePlatformTokenScrapeAnythingElseIs401() {
        assertThat(api.get("/api/_platform/metrics", SCRAPE_TOKEN).status()).isEqualTo(200);
        assertThat(api.get("/api/_platform/metrics", api.platformToken()).status()).isEqualTo(200);
        Api.Response wrong = api.get("/api/_platform/metrics", SCRAPE_TOKEN + "x");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.errorCode()).isEqualTo("UNAUTHORIZED");
        assertThat(api.get("/api/_platform/metrics", SCRAPE_TOKEN.substring(1)).status()).isEqualTo(401);
        assertThat(api.get("/api/_platform/metrics", null).status()).isEqualTo(401);
        assertThat(api.get("/api/" + app + "/note", SCRAPE_TOKEN).status())
                .as("the scrape token opens nothing but the scrape").isEqualTo(401);
    }

    @Test
    void theMetricsPortServesTheScrapeWithoutAuthAndNothingElse() throws Exception {
        assertThat(server.metricsPort()).isPositive().isNotEqualTo(server.port());
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> scrape = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + server.metricsPort() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("jvm_memory_used_bytes{", "http_server_requests_seconds");
        HttpResponse<String> other = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + server.metricsPort() + "/api/_platform/apps")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(other.statusCode()).isEqualTo(404);
    }
}
