package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import rocket.bootstrap.RocketServer;

/**
 * Record reads against a real streaming replica: served there once it has replayed this instance's writes, from the
 * primary while it lags (so a read right after a write, its ETag and the cached answer always include the write),
 * and from the primary when it is down, without an error; another instance's write likewise.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadReplicaHttpTest {
    private static StreamingReplica databases;
    private static RocketServer server;
    private static Api api;
    private static String app;
    private static String admin;
    private static int distinct; // a new per_page per poll: the result cache would answer a repeated read

    @BeforeAll
    static void start() {
        databases = StreamingReplica.start();
        server = TestServer.start(TestServer.tempDir(), TestServer.onDatabase(databases.primary(),
                Map.of("ROCKET_DATABASE_REPLICA_URL", TestServer.databaseUrl(databases.standby(), "rocket"))));
        api = new Api(server.port());
        app = api.createApp("replica");
        admin = api.appAdminToken(app);
        Api.Response entity = api.post("/api/" + app + "/_admin/entities", admin,
                TestSchemas.uuidEntity("note", "notes", Map.of("name", "text", "type", "string")));
        assertThat(entity.status()).as(entity.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (databases != null) {
            databases.close();
        }
    }

    @Test
    @Order(1)
    void readsAreServedByTheReplicaOnceItHasReplayedTheWrites() {
        String id = create("first");
        awaitServedByReplica();
        double before = reads("replica");
        assertThat(api.get(path("/" + id), admin).json().at("/data/text").asText()).isEqualTo("first");
        assertThat(api.get(path("?per_page=" + ++distinct), admin).json().get("data").findValuesAsText("text"))
                .contains("first");
        assertThat(reads("replica")).as("get and list ran on the replica").isGreaterThan(before);
    }

    @Test
    @Order(2)
    void aReadRightAfterAWriteSeesItWhileTheReplicaIsPausedAndReadsReturnWhenItResumes() {
        create("before the pause");
        awaitServedByReplica();
        Api.Response listed = api.get(path(""), admin);
        String listTag = listed.header("ETag");
        databases.replay(false);
        try {
            double behind = reads("behind");
            double onReplica = reads("replica");
            String id = create("while paused");
            assertThat(databases.onStandby("rocket_" + app, "SELECT count(*) FROM notes WHERE text = 'while paused'"))
                    .as("the paused standby has not replayed the write").isEqualTo("0");

            Api.Response byId = api.get(path("/" + id), admin);
            assertThat(byId.status()).isEqualTo(200);
            assertThat(byId.json().at("/data/text").asText()).isEqualTo("while paused");
            Api.Response list = api.get(path(""), admin);
            assertThat(list.json().get("data").findValuesAsText("text")).contains("before the pause", "while paused");
            assertThat(list.header("ETag")).as("the old list's ETag no longer holds").isNotEqualTo(listTag);
            assertThat(api.send(api.builder(path(""), admin).header("If-None-Match", listTag).GET()).status())
                    .isEqualTo(200);
            assertThat(api.get(path(""), admin).json().get("data").findValuesAsText("text"))
                    .as("the cached answer has the write").contains("while paused");
            assertThat(reads("behind")).as("reads went to the primary because the replica lagged")
                    .isGreaterThan(behind);
            assertThat(reads("replica")).as("no read ran on the paused replica").isEqualTo(onReplica);
            assertThat(metric("rocket_replica_lag_bytes ")).as("the lag is measured").isPositive();
            assertThat(metric("rocket_replica_lag_seconds ")).isNotNegative();
        } finally {
            databases.replay(true);
        }
        awaitServedByReplica();
    }

    @Test
    @Order(3)
    void anotherInstancesWriteIsNeverReadFromAReplicaThatHasNotReplayedIt() {
        try (RocketServer other = TestServer.start(TestServer.tempDir(), TestServer.onDatabase(databases.primary(),
                Map.of("ROCKET_DATABASE_REPLICA_URL", TestServer.databaseUrl(databases.standby(), "rocket"))))) {
            Api second = new Api(other.port());
            String before = await(() -> {
                Api.Response list = second.get(path(""), admin); // the same query each time: its ETag is the key
                return list.json().get("data").findValuesAsText("text").contains("before the pause")
                        ? list.header("ETag") : null;
            });
            databases.replay(false);
            try {
                create("written by the first instance");
                // once the change feed has moved the second instance's versions, its answer must hold the write
                Api.Response moved = await(() -> {
                    Api.Response list = second.get(path(""), admin);
                    return list.header("ETag").equals(before) ? null : list;
                });
                assertThat(moved.json().get("data").findValuesAsText("text")).contains("written by the first instance");
            } finally {
                databases.replay(true);
            }
        }
    }

    @Test
    @Order(4)
    void aStoppedReplicaSendsReadsToThePrimaryWithoutAnError() {
        String id = create("replica gone");
        awaitServedByReplica();
        databases.stopStandby();
        double down = reads("down");
        Api.Response byId = api.get(path("/" + id), admin);
        assertThat(byId.status()).as(byId.body()).isEqualTo(200);
        assertThat(byId.json().at("/data/text").asText()).isEqualTo("replica gone");
        Api.Response list = api.get(path("?per_page=" + ++distinct), admin);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().get("data").findValuesAsText("text")).contains("first", "replica gone");
        assertThat(reads("down")).as("the failure was counted").isGreaterThan(down);
        String later = create("after the stop");
        assertThat(api.get(path("/" + later), admin).status()).isEqualTo(200);
    }

    private static String create(String text) {
        Api.Response created = api.post(path(""), admin, Map.of("text", text));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().at("/data/id").asText();
    }

    private static String path(String rest) {
        return "/api/" + app + "/note" + rest;
    }

    /** Lists (a different page size each time, so the result cache never answers) until one runs on the replica. */
    private static void awaitServedByReplica() {
        await(() -> {
            double before = reads("replica");
            assertThat(api.get(path("?per_page=" + ++distinct), admin).status()).isEqualTo(200);
            return reads("replica") > before;
        });
    }

    private static double reads(String route) {
        return metric("rocket_replica_reads_total{route=\"" + route + "\"}");
    }

    /** The sum of the scraped samples whose line starts with {@code series}. */
    private static double metric(String series) {
        return api.get("/api/_platform/metrics", api.platformToken()).body().lines()
                .filter(line -> line.startsWith(series))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static void await(BooleanSupplier condition) {
        await(() -> condition.getAsBoolean() ? Boolean.TRUE : null);
    }

    /** The first non-null answer of {@code attempt}, tried every 20 ms for up to 30 s. */
    private static <T> T await(Supplier<T> attempt) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        for (T answer = attempt.get(); ; answer = attempt.get()) {
            if (answer != null) {
                return answer;
            }
            assertThat(Instant.now()).as("deadline").isBefore(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
