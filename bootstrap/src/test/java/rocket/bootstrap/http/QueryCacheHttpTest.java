package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rocket.bootstrap.RocketServer;
import rocket.bootstrap.database.EmbeddedDatabase;

/** The query result cache: hits, the caller's permission scope, per-entity opt-out, and two instances. */
class QueryCacheHttpTest {
    private final Api api = TestServer.shared();

    /** The db_driver of every app this test creates; {@link SqliteQueryCacheHttpTest} runs it on SQLite apps. */
    String driver() {
        return "postgres";
    }

    private static Map<String, Object> ticket(String name, boolean cache) {
        Map<String, Object> entity = new HashMap<>(Map.of("name", name, "table", name + "s",
                "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "team", "type", "string"),
                        Map.of("name", "title", "type", "string"))));
        if (!cache) {
            entity.put("cache", false);
        }
        return entity;
    }

    private static void created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    /** Query result cache lookups with that result ("hit", "miss") so far, from the metrics scrape. */
    static double lookups(Api api, String result) {
        String metrics = api.get("/api/_platform/metrics", api.platformToken()).body();
        return metrics.lines().filter(l -> l.startsWith("cache_gets_total{cache=\"rocket.query\",result=\"" + result))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void aRepeatedReadIsAHitAndAnOptedOutEntityIsNeverCached() {
        String app = api.createApp("qc", driver());
        String admin = api.appAdminToken(app);
        created(api.post("/api/" + app + "/_admin/entities", admin, ticket("ticket", true)));
        Api.Response definition = api.get("/api/" + app + "/_admin/entities/ticket", admin);
        assertThat(definition.json().at("/data/definition/cache").isMissingNode()).as("default stays out of the echo").isTrue();
        created(api.post("/api/" + app + "/_admin/entities", admin, ticket("secret", false)));
        assertThat(api.get("/api/" + app + "/_admin/entities/secret", admin).json().at("/data/definition/cache").asBoolean(true))
                .isFalse();
        created(api.post("/api/" + app + "/ticket", admin, Map.of("team", "a", "title", "one")));

        double hits = lookups(api, "hit");
        api.get("/api/" + app + "/ticket?sort=title", admin);
        api.get("/api/" + app + "/ticket?sort=title", admin);
        assertThat(lookups(api, "hit")).isEqualTo(hits + 1);

        double all = lookups(api, "hit") + lookups(api, "miss");
        api.get("/api/" + app + "/secret", admin);
        api.get("/api/" + app + "/secret", admin);
        assertThat(lookups(api, "hit") + lookups(api, "miss")).as("opted out: no lookups").isEqualTo(all);
        assertThat(api.post("/api/" + app + "/_admin/entities", admin, Map.of("name", "bad", "table", "bads",
                "cache", "yes", "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "uuid")))).status()).isEqualTo(422);
    }

    @Test
    void aCachedAnswerNeverCrossesThePermissionScopeOfTheCaller() {
        String app = api.createApp("qcs", driver());
        String admin = api.appAdminToken(app);
        String base = "/api/" + app;
        created(api.post(base + "/_admin/entities", admin, ticket("ticket", true)));
        for (String team : List.of("red", "blue")) {
            created(api.post(base + "/_admin/permissions", admin, Map.of("entity", "ticket", "action", "read",
                    "roles", List.of(team), "conditions", List.of(Map.of("field", "team", "operator", "eq",
                            "value", team)))));
            created(api.post(base + "/_admin/users", admin, Map.of("email", team + "@example.com", "password", "pw",
                    "roles", List.of(team))));
            created(api.post(base + "/ticket", admin, Map.of("team", team, "title", team + " ticket")));
        }
        String red = login(base, "red@example.com");
        String blue = login(base, "blue@example.com");
        for (int round = 0; round < 2; round++) { // the second round is served from the cache
            assertThat(api.get(base + "/ticket", red).json().get("data").findValuesAsText("team")).containsOnly("red");
            assertThat(api.get(base + "/ticket", blue).json().get("data").findValuesAsText("team"))
                    .containsOnly("blue");
            assertThat(api.get(base + "/ticket", admin).json().get("data")).hasSize(2);
        }
        String blueTicket = api.get(base + "/ticket", blue).json().at("/data/0/id").asText();
        api.get(base + "/ticket/" + blueTicket, admin);
        assertThat(api.get(base + "/ticket/" + blueTicket, red).status()).as("cached for admin, not for red")
                .isEqualTo(404);
        String adminTag = api.get(base + "/ticket", admin).header("ETag");
        Api.Response redWithAdminTag = api.send(api.builder(base + "/ticket", red).header("If-None-Match", adminTag)
                .GET());
        assertThat(redWithAdminTag.status()).as("an ETag is valid only within its scope").isEqualTo(200);
    }

    private String login(String base, String email) {
        return api.post(base + "/auth/login", null, Map.of("email", email, "password", "pw")).json()
                .at("/data/access_token").asText();
    }

    @Test
    void twoInstancesOnOneDatabaseSeeEachOthersWritesAndMetadata() throws Exception {
        try (EmbeddedDatabase database = TestServer.externalDatabase()) {
            Map<String, String> env = TestServer.onDatabase(database, Map.of());
            try (RocketServer a = TestServer.start(TestServer.tempDir(), env);
                 RocketServer b = TestServer.start(TestServer.tempDir(), env)) {
                Api apiA = new Api(a.port());
                Api apiB = new Api(b.port());
                String app = apiA.createApp("two");
                String tokenA = apiA.appAdminToken(app);
                String tokenB = apiB.appAdminToken(app);
                created(apiA.post("/api/" + app + "/_admin/entities", tokenA, ticket("ticket", true)));
                String id = apiA.post("/api/" + app + "/ticket", tokenA, Map.of("team", "x", "title", "v1")).json()
                        .at("/data/id").asText();
                String path = "/api/" + app + "/ticket/" + id;
                // B learns of the new entity through the change feed: until then the entity is unknown there
                Api.Response first = awaitOnB(apiB, path, tokenB, response -> response.status() == 200);
                assertThat(first.json().at("/data/title").asText()).isEqualTo("v1");
                assertThat(apiB.get(path, tokenB).json().at("/data/title").asText()).as("cached on B").isEqualTo("v1");

                // B follows A's write once the change reaches it, and its ETag moves with the data. The data is the
                // signal: an earlier change (the create's, sent up to 10 ms after the commit) may move the ETag first
                String before = first.header("ETag");
                apiA.put(path, tokenA, Map.of("title", "v2"));
                Api.Response written = awaitOnB(apiB, path, tokenB,
                        response -> "v2".equals(response.json().at("/data/title").asText()));
                assertThat(written.header("ETag")).as("B's ETag moved with A's write").isNotEqualTo(before);

                Map<String, Object> widened = ticket("ticket", true);
                widened.put("fields", List.of(Map.of("name", "id", "type", "uuid"),
                        Map.of("name", "team", "type", "string"), Map.of("name", "title", "type", "string"),
                        Map.of("name", "points", "type", "int", "default", 5)));
                assertThat(apiA.put("/api/" + app + "/_admin/entities/ticket", tokenA, widened).status())
                        .isEqualTo(200);
                String beforeWidening = written.header("ETag");
                Api.Response widenedOnB = awaitOnB(apiB, path, tokenB,
                        response -> response.json().at("/data/points").asInt() == 5);
                assertThat(widenedOnB.header("ETag")).as("B reloads A's metadata change").isNotEqualTo(beforeWidening);
            }
        }
    }

    /** B's first answer that shows the signal; gives up only after a minute, as a guard against a lost change. */
    private static Api.Response awaitOnB(Api api, String path, String token,
                                         java.util.function.Predicate<Api.Response> signal) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            Api.Response response = api.get(path, token);
            if (signal.test(response)) {
                return response;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("B never applied the change to " + path);
    }
}
