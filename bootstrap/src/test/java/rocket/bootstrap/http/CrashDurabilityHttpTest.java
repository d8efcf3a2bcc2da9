package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Acknowledged means durable: a burst of writes runs against a real server process (embedded PostgreSQL with its
 * default, durable settings), the server or its PostgreSQL is killed with SIGKILL mid-burst, and after a restart
 * on the same data directory every write that was answered {@code 201} is there.
 */
class CrashDurabilityHttpTest {
    private static final int WRITERS = 8;
    /** Acknowledged writes before the kill (counted, not timed: a fresh JVM on a busy machine is slow). */
    private static final int KILL_AFTER = 100;
    /** Development accounts and a durable embedded database (fsync on, its default). */
    private static final Map<String, String> SETTINGS = Map.of("ROCKET_DEV", "true",
            "ROCKET_LOGIN_ATTEMPTS_PER_ADDRESS", "100000");

    @Test
    void everyAcknowledgedWriteSurvivesKillingTheServer() throws Exception {
        Path data = TestServer.tempDir();
        ServerProcess first = ServerProcess.start(data, SETTINGS);
        String app = prepare(first.api());
        List<String> acknowledged = burst(first.api(), app, first::kill);
        assertThat(acknowledged).as("writes acknowledged before the kill").hasSizeGreaterThanOrEqualTo(KILL_AFTER);

        // the killed server left its PostgreSQL running: the next start must take it over, not wait or fail
        ServerProcess second = ServerProcess.start(data, SETTINGS);
        try {
            assertAllPresent(second.api(), app, acknowledged);
        } finally {
            second.stop();
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesKillingPostgres() throws Exception {
        Path data = TestServer.tempDir();
        ServerProcess first = ServerProcess.start(data, SETTINGS);
        String app = prepare(first.api());
        List<String> acknowledged = burst(first.api(), app, () -> TestServer.killPostgres(data));
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(KILL_AFTER);
        first.stop();

        ServerProcess second = ServerProcess.start(data, SETTINGS); // PostgreSQL recovers from its write-ahead log
        try {
            assertAllPresent(second.api(), app, acknowledged);
        } finally {
            second.stop();
        }
    }

    private static String prepare(Api api) {
        return TestSchemas.appWith(api, "crash", TestSchemas.uuidEntity("note", "notes",
                Map.of("name", "text", "type", "string")));
    }

    /**
     * Writers post until {@code kill} has run (once {@link #KILL_AFTER} writes were acknowledged); requests in flight
     * at the kill finish either way. Returns the ids answered 201.
     */
    private static List<String> burst(Api api, String app, Runnable kill) throws Exception {
        String token = api.appAdminToken(app);
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean killed = new AtomicBoolean();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(Thread.ofVirtual().start(() -> {
                for (int i = 0; !killed.get(); i++) {
                    try {
                        Api.Response created = api.post("/api/" + app + "/note", token,
                                Map.of("text", "w" + writer + "-" + i));
                        if (created.status() == 201) {
                            acknowledged.add(created.json().at("/data/id").asText());
                        }
                    } catch (RuntimeException connectionLost) {
                        return; // the server is gone
                    }
                }
            }));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (acknowledged.size() < KILL_AFTER && System.nanoTime() < deadline) {
            Thread.sleep(10); // mid-burst: writers keep sending while the kill lands
        }
        kill.run();
        killed.set(true);
        for (Thread writer : writers) {
            writer.join(Duration.ofSeconds(30));
        }
        return List.copyOf(acknowledged);
    }

    private static void assertAllPresent(Api api, String app, List<String> acknowledged) {
        String token = api.appAdminToken(app);
        List<String> missing = acknowledged.stream()
                .filter(id -> api.get("/api/" + app + "/note/" + id, token).status() != 200).toList();
        assertThat(missing).as("acknowledged writes missing after the crash").isEmpty();
    }
}
