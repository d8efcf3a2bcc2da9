package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rocket.bootstrap.RocketServer;

/**
 * An app nobody uses holds no PostgreSQL connection once its idle timeout has passed, even with the background
 * jobs (webhook dispatch every 100 ms, workflow timeouts every 200 ms) running: otherwise every app ever opened
 * keeps a connection and a server with a few hundred apps exhausts {@code max_connections}.
 */
class IdleAppConnectionsHttpTest {

    @Test
    void idleAppsGiveTheirConnectionsBack() throws Exception {
        try (RocketServer server = TestServer.start(TestServer.tempDir(), TestServer.FAST)) {
            Api api = new Api(server.port());
            String quiet = TestSchemas.appWith(api, "quiet", TestSchemas.uuidEntity("note", "notes",
                    Map.of("name", "title", "type", "string")));
            String hooked = TestSchemas.appWith(api, "hooked", TestSchemas.uuidEntity("note", "notes",
                    Map.of("name", "title", "type", "string")));
            Api.Response webhook = api.post("/api/" + hooked + "/_admin/webhooks", api.platformToken(),
                    Map.of("entity", "note", "hook", "after_write", "url", "http://127.0.0.1:9/unused",
                            "method", "POST", "async", true, "active", false));
            assertThat(webhook.status()).as(webhook.body()).isEqualTo(201);
            for (String app : new String[] {quiet, hooked}) {
                assertThat(api.get("/api/" + app + "/note", api.appAdminToken(app)).status()).isEqualTo(200);
            }

            // idle timeout 10 s (TestServer), HikariCP's housekeeping every 2 s (surefire): well within 60 s
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            JsonNode apps;
            do {
                Thread.sleep(500);
                apps = api.json(api.get("/health/ready", null).body()).at("/pools/apps");
            } while (open(apps, quiet) + open(apps, hooked) > 0 && Instant.now().isBefore(deadline));

            assertThat(open(apps, quiet)).as(apps.toString()).isZero();
            assertThat(open(apps, hooked)).as(apps.toString()).isZero();
        }
    }

    private static int open(JsonNode apps, String app) {
        JsonNode pool = apps.get(app);
        assertThat(pool).as("pool of " + app + " in " + apps).isNotNull();
        return pool.get("active").asInt() + pool.get("idle").asInt();
    }
}
