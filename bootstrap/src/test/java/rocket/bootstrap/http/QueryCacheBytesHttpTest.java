package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rocket.bootstrap.RocketServer;

/** The result cache is bounded by the estimated bytes of the answers it keeps, not by how many values they hold. */
class QueryCacheBytesHttpTest {
    private static final int ROW_CHARACTERS = 60_000;
    private static RocketServer server;
    private static Api api;

    @BeforeAll
    static void startWithAOneMegabyteCache() {
        Map<String, String> env = new HashMap<>(TestServer.FAST);
        env.put("ROCKET_QUERY_CACHE_MAX_BYTES", "1000000");
        server = TestServer.start(TestServer.tempDir(), env);
        api = new Api(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private double lookups(String result) {
        String metrics = api.get("/api/_platform/metrics", api.platformToken()).body();
        return metrics.lines().filter(l -> l.startsWith("cache_gets_total{cache=\"rocket.query\",result=\"" + result))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    /** Reads {@code path} and tells whether the cache answered it. */
    private boolean hit(String path, String token) {
        double hits = lookups("hit");
        assertThat(api.get(path, token).status()).isEqualTo(200);
        return lookups("hit") > hits;
    }

    @Test
    void answersHeavierThanTheBoundAreNotKeptAndTheBoundHoldsAcrossAnswers() {
        String app = api.createApp("bytes");
        String admin = api.appAdminToken(app);
        String base = "/api/" + app + "/page";
        assertThat(api.post("/api/" + app + "/_admin/entities", admin, TestSchemas.uuidEntity("page", "pages",
                Map.of("name", "n", "type", "int"), Map.of("name", "body", "type", "text"))).status()).isEqualTo(201);
        for (int n = 0; n < 20; n++) {
            assertThat(api.post(base, admin, Map.of("n", n, "body", "x".repeat(ROW_CHARACTERS))).status())
                    .isEqualTo(201);
        }
        String small = base + "?per_page=1&sort=n";
        hit(small, admin);
        assertThat(hit(small, admin)).as("a small answer is kept").isTrue();

        String all = base + "?per_page=20&sort=n"; // ~1.2 MB: held 60 values, so the value bound kept it
        hit(all, admin);
        assertThat(hit(all, admin)).as("heavier than the whole bound: never kept").isFalse();

        String first = base + "?per_page=10&sort=n";   // ~600 KB each: the bound holds one of them, not both
        String second = base + "?per_page=10&page=2&sort=n";
        hit(first, admin);
        hit(second, admin);
        assertThat(hit(second, admin)).isTrue();
        assertThat(hit(first, admin)).as("evicted to make room for the second").isFalse();
    }
}
