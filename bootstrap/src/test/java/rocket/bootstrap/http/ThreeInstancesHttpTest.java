package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import rocket.bootstrap.RocketServer;
import rocket.bootstrap.database.EmbeddedDatabase;

/**
 * Three instances on one PostgreSQL and one S3 bucket (s3proxy) with one platform secret, as behind a load balancer:
 * files, metadata and data changes, webhook deliveries and workflow timeouts across them, and one instance killed in
 * the middle of a burst. Instances 1 and 2 run in this JVM; instance 3 runs in a process of its own, so it can be
 * killed with SIGKILL. The follow times and the kill's figures are measured and printed: they are the README's.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThreeInstancesHttpTest {
    private static final String PLATFORM_SECRET = "three-instances-share-this-platform-secret";
    private static final int BURST = 300;
    private static final int CLIENTS = 6;
    /** Short, so what a killed instance had claimed is sent again within seconds; the sink answers in milliseconds. */
    private static final int LEASE_MS = 2000;
    /** The most deliveries one instance holds claimed: twice the default {@code ROCKET_WEBHOOK_CONCURRENCY}. */
    private static final int CLAIMED_PER_INSTANCE = 2 * 16;
    private static final RocketServer[] SERVERS = new RocketServer[2];
    private static final Api[] APIS = new Api[3];
    private static S3ProxyProcess s3;
    private static EmbeddedDatabase database;
    private static ServerProcess third;
    /** A platform token from instance 1, used on all three: the shared secret makes it valid everywhere. */
    private static String token;

    @BeforeAll
    static void start() {
        s3 = S3ProxyProcess.start("rocket-three");
        database = TestServer.externalDatabase();
        Map<String, String> shared = new HashMap<>(s3.storageSettings());
        shared.put("ROCKET_PLATFORM_JWT_SECRET", PLATFORM_SECRET);
        shared.put("ROCKET_WEBHOOK_POLL_INTERVAL_MS", "20");
        shared.put("ROCKET_WEBHOOK_LEASE_MS", String.valueOf(LEASE_MS));
        Map<String, String> env = TestServer.onDatabase(database, shared);
        for (int i = 0; i < SERVERS.length; i++) {
            SERVERS[i] = TestServer.start(TestServer.tempDir(), env);
            APIS[i] = new Api(SERVERS[i].port());
        }
        Map<String, String> separate = new HashMap<>(TestServer.withDefaults(env));
        separate.putAll(s3.credentialsEnvironment()); // this JVM's are system properties, which a child cannot see
        third = ServerProcess.start(TestServer.tempDir(), separate);
        APIS[2] = third.api();
        token = APIS[0].platformToken();
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (third != null) {
                third.kill();
            }
        } finally {
            for (RocketServer server : SERVERS) {
                server.close();
            }
            database.close();
            s3.close();
        }
    }

    /** An app made through instance 1 with an {@code order} entity and an async webhook on it to {@code sink}. */
    private static String appWithHookedOrders(HttpSink sink) {
        String app = APIS[0].createApp("three");
        APIS[0].post("/api/" + app + "/_admin/entities", token, order("order")).created();
        APIS[0].post("/api/" + app + "/_admin/webhooks", token, Map.of("entity", "order",
                "url", sink.url("/orders"))).created();
        return app;
    }

    private static Map<String, Object> order(String name) {
        return Map.of("name", name, "table", name + "s",
                "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "note", "type", "string")));
    }

    /**
     * The first answer of {@code call} that shows {@code signal}, with the milliseconds since {@code sinceNanos}; gives
     * up after 30 s only as a guard against a lost change.
     */
    private static Followed await(long sinceNanos, Supplier<Api.Response> call,
                                  Predicate<Api.Response> signal) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Api.Response response = call.get();
            if (signal.test(response)) {
                return new Followed(response, (System.nanoTime() - sinceNanos) / 1_000_000);
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the change never showed");
    }

    private record Followed(Api.Response response, long millis) {
    }

    /** Runs the waits at once (each measures from its own start); their results in order. */
    private static List<Followed> atOnce(List<Callable<Followed>> waits) throws Exception {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Followed> followed = new ArrayList<>();
            for (Future<Followed> wait : threads.invokeAll(waits)) {
                followed.add(wait.get());
            }
            return followed;
        }
    }

    /**
     * A {@code claim} entity in {@code app} whose move to {@code open} starts a workflow with a 1 s approval timeout;
     * the timeout sets the claim to {@code expired}, and each such update is a delivery to {@code sink}.
     */
    private static void defineExpiringClaims(String app, HttpSink sink) {
        String base = "/api/" + app;
        APIS[0].post(base + "/_admin/entities", token, Map.of("name", "claim", "table", "claims",
                "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "uuid"),
                        Map.of("name", "state", "type", "string")))).created();
        APIS[0].post(base + "/_admin/workflows", token, Map.of("name", "expiring_claim",
                "trigger", Map.of("type", "state_change", "entity", "claim", "field", "state", "to", "open"),
                "context", Map.of("record_id", "trigger.record_id"),
                "steps", List.of(
                        Map.of("id", "wait", "type", "approval", "timeout", "1s", "on_approve", "end",
                                "on_reject", "end", "on_timeout", Map.of("goto", "expire")),
                        Map.of("id", "expire", "type", "action", "then", "end", "actions", List.of(Map.of(
                                "type", "set_field", "entity", "claim", "record_id", "context.record_id",
                                "field", "state", "value", "expired")))))).created();
        APIS[0].post(base + "/_admin/webhooks", token, Map.of("entity", "claim", "url",
                sink.url("/claims"), "condition", "record.state == 'expired'")).created();
    }

    /** Record ids, each with how many deliveries of it the sink received. */
    private static Map<String, Long> deliveriesPerRecord(HttpSink sink) {
        return sink.received().stream().collect(Collectors.groupingBy(
                received -> APIS[0].json(received.body()).at("/record/id").asText(), Collectors.counting()));
    }

    /** The sum of the samples of one metric in this instance's scrape. */
    private static long metric(Api api, String name) {
        return api.get("/api/_platform/metrics", token).body().lines().filter(line -> line.startsWith(name))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    /** Webhook delivery attempts this instance has made so far. */
    private static long deliveriesSentBy(Api api) {
        return metric(api, "rocket_webhooks_deliveries_total");
    }

    /** Webhook delivery attempts each instance has made so far, in instance order. */
    private static List<Long> deliveriesSent() {
        return java.util.Arrays.stream(APIS).map(ThreeInstancesHttpTest::deliveriesSentBy).toList();
    }

    /** Waits (bounded) until the sink has a delivery of every one of {@code ids}. */
    private static void awaitDeliveriesOf(HttpSink sink, Set<String> ids) throws InterruptedException {
        for (int i = 0; i < 600 && !deliveriesPerRecord(sink).keySet().containsAll(ids); i++) {
            Thread.sleep(50);
        }
    }

    @Test
    void aFileUploadedThroughOneInstanceIsDownloadedByteForByteThroughTheOtherTwo() throws Exception {
        int size = 3 * 1000 * 1000;
        long seed = 3;
        String app = APIS[0].createApp("threefiles");
        Api.Response uploaded = APIS[0].send(APIS[0].builder("/api/" + app + "/_files/upload", token)
                .setHeader("Content-Type", Multipart.contentType())
                .POST(Multipart.file("file", "three.bin", "application/octet-stream",
                        () -> new GeneratedBytes(seed, size))));
        String path = "/api/" + app + "/_files/" + uploaded.created().get("id").asText();
        HttpClient client = HttpClient.newHttpClient();
        for (Api other : List.of(APIS[1], APIS[2])) {
            HttpResponse<java.io.InputStream> download = client.send(other.builder(path, token).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(GeneratedBytes.sha256(download.body())).as("served by the instance on port " + other.port())
                    .isEqualTo(GeneratedBytes.sha256(new GeneratedBytes(seed, size)));
        }
    }

    @Test
    void anEntityAndARecordChangedThroughOneInstanceAreFollowedByTheOtherTwo() throws Exception {
        String app = APIS[0].createApp("threefeed");
        String base = "/api/" + app;
        for (Api api : APIS) { // the app loaded everywhere: what follows is the change feed, not a first load
            assertThat(api.get(base + "/_admin/entities", token).status()).isEqualTo(200);
        }
        APIS[0].post(base + "/_admin/entities", token, order("ticket")).created();
        long defined = System.nanoTime();
        // until the change feed reaches an instance the entity is unknown there: a write is refused, nothing stored
        List<Followed> usable = atOnce(List.of(APIS[1], APIS[2]).stream().<Callable<Followed>>map(api -> () ->
                await(defined, () -> api.post(base + "/ticket", token, Map.of("note", "from " + api.port())),
                        response -> response.status() == 201)).toList());
        for (Followed first : usable) {
            String id = first.response().json().at("/data/id").asText();
            assertThat(APIS[0].get(base + "/ticket/" + id, token).status()).isEqualTo(200);
        }

        String id = usable.get(0).response().json().at("/data/id").asText();
        String path = base + "/ticket/" + id;
        String tagOnOne = APIS[0].get(path, token).header("ETag");
        String tagOnThree = APIS[2].get(path, token).header("ETag");
        assertThat(APIS[1].put(path, token, Map.of("note", "updated")).status()).isEqualTo(200);
        long updated = System.nanoTime();
        Predicate<Api.Response> showsUpdate = r -> "updated".equals(r.json().at("/data/note").asText());
        List<Followed> read = atOnce(List.of(() -> await(updated, () -> APIS[0].get(path, token), showsUpdate),
                () -> await(updated, () -> APIS[2].get(path, token), showsUpdate)));
        assertThat(read.get(0).response().header("ETag")).as("instance 1's ETag moved").isNotEqualTo(tagOnOne);
        assertThat(read.get(1).response().header("ETag")).as("instance 3's ETag moved").isNotEqualTo(tagOnThree);
        System.out.printf("three instances: new entity usable on 2 after %d ms, on 3 after %d ms;"
                + " update through 2 read on 1 after %d ms, on 3 after %d ms%n", usable.get(0).millis(),
                usable.get(1).millis(), read.get(0).millis(), read.get(1).millis());
    }

    @Test
    void aBurstOfWritesOverThreeInstancesDeliversEachWebhookExactlyOnce() throws Exception {
        try (HttpSink sink = new HttpSink()) {
            String app = appWithHookedOrders(sink);
            Set<String> written = ConcurrentHashMap.newKeySet();
            List<Long> sentBefore = deliveriesSent();
            long start = System.nanoTime();
            try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
                for (int i = 0; i < BURST; i++) {
                    Api api = APIS[i % APIS.length];
                    int n = i;
                    clients.submit(() -> written.add(api.post("/api/" + app + "/order", token,
                            Map.of("note", "burst " + n)).created().get("id").asText()));
                }
            }
            awaitDeliveriesOf(sink, written);
            long millis = (System.nanoTime() - start) / 1_000_000;
            Thread.sleep(500); // give a duplicate, if any, time to arrive
            assertThat(written).hasSize(BURST);
            assertThat(deliveriesPerRecord(sink)).as("one delivery per write").hasSize(BURST)
                    .allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
            assertThat(repeatedKeySet(sink)).as("repeated idempotency keys").isEmpty();
            List<Long> sentAfter = deliveriesSent();
            System.out.printf("three instances: %d writes spread over them, all %d webhooks delivered once within"
                    + " %d ms of the first write, sent by instance 1, 2, 3: %d, %d, %d%n", BURST,
                    sink.received().size(), millis, sentAfter.get(0) - sentBefore.get(0),
                    sentAfter.get(1) - sentBefore.get(1), sentAfter.get(2) - sentBefore.get(2));
        }
    }

    @Test
    void anApprovalTimeoutFiresOnceAcrossTheThreeInstances() throws Exception {
        try (HttpSink sink = new HttpSink()) {
            String app = APIS[0].createApp("threeflow");
            String base = "/api/" + app;
            defineExpiringClaims(app, sink);
            Map<String, String> instanceOfClaim = new HashMap<>();
            for (Api api : APIS) {
                String id = api.post(base + "/claim", token, Map.of("state", "new")).created().get("id").asText();
                assertThat(api.put(base + "/claim/" + id, token, Map.of("state", "open")).status()).isEqualTo(200);
                instanceOfClaim.put(id, api.pendingWorkflow(app, token, id).get("id").asText());
            }
            Set<String> claims = instanceOfClaim.keySet();
            awaitDeliveriesOf(sink, claims);
            Thread.sleep(1000); // five more timeout ticks on each instance: a second firing would show by now
            assertThat(deliveriesPerRecord(sink)).as("one expiry per claim").hasSize(claims.size())
                    .allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
            for (Map.Entry<String, String> claim : instanceOfClaim.entrySet()) {
                assertThat(APIS[1].get(base + "/claim/" + claim.getKey(), token).json().at("/data/state").asText())
                        .isEqualTo("expired");
                JsonNode history = APIS[2].get(base + "/_workflows/" + claim.getValue(), token).json()
                        .at("/data/history");
                assertThat(history.findValuesAsText("status")).as("one timeout in the history").containsOnlyOnce(
                        "timed_out");
            }
        }
    }

    /** Last: it leaves instance 3 dead. */
    @Test
    @Order(Integer.MAX_VALUE)
    void anInstanceKilledMidBurstLosesNoWriteNoDeliveryAndNoTimeout() throws Exception {
        try (HttpSink sink = new HttpSink()) {
            String app = appWithHookedOrders(sink);
            defineExpiringClaims(app, sink);
            String base = "/api/" + app;
            Set<String> orders = ConcurrentHashMap.newKeySet();
            Set<String> openedClaims = ConcurrentHashMap.newKeySet();
            AtomicInteger failedOnKilled = new AtomicInteger();
            AtomicInteger failedOnOthers = new AtomicInteger();
            long killedAt;
            try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
                for (int i = 0; i < BURST; i++) {
                    int instance = i % APIS.length;
                    Api api = APIS[instance];
                    AtomicInteger failed = instance == 2 ? failedOnKilled : failedOnOthers;
                    String note = "burst " + i;
                    // every tenth write opens a claim instead: its approval times out 1 s later, during the burst
                    Runnable write = i % 10 == 0 ? () -> openClaim(api, base, openedClaims, failed)
                            : () -> writeOrder(api, base, note, orders, failed);
                    clients.submit(write);
                }
                while (orders.size() < BURST / 3) {
                    Thread.sleep(5);
                }
                killedAt = System.nanoTime();
                third.kill();
            }
            long recovered = awaitRecovery(app, sink, orders, openedClaims, killedAt);
            Thread.sleep(LEASE_MS + 500); // a delivery sent twice, if any, has its second send by now

            assertThat(failedOnOthers).as("writes through the surviving instances refused or lost").hasValue(0);
            for (String id : orders) {
                assertThat(APIS[0].get(base + "/order/" + id, token).status()).as("acknowledged order " + id)
                        .isEqualTo(200);
            }
            assertThat(deliveriesPerRecord(sink).keySet()).as("every acknowledged write delivered")
                    .containsAll(orders).containsAll(openedClaims);
            Set<String> reclaimed = reclaimedKeys(app);
            assertThat(repeatedKeySet(sink)).as("sent twice: only deliveries whose lease ran out").isSubsetOf(reclaimed);
            assertThat(reclaimed).as("claimed again: at most what the killed instance held")
                    .hasSizeLessThanOrEqualTo(CLAIMED_PER_INSTANCE);
            Map<String, Integer> timeouts = timeoutsFired(app);
            assertThat(timeouts).as("every started workflow timed out exactly once").containsKeys(
                    openedClaims.toArray(String[]::new)).allSatisfy((claim, fired) -> assertThat(fired).isEqualTo(1));
            System.out.printf("three instances: instance 3 killed (SIGKILL) after %d acknowledged writes;"
                    + " %d writes acknowledged, %d failed (all through the killed one); %d deliveries for %d"
                    + " acknowledged orders and %d expiries, 0 lost, %d sent twice, %d claimed again after their lease;"
                    + " %d workflow timeouts fired once each; all delivered %d ms after the kill (lease %d ms)%n",
                    BURST / 3, orders.size() + openedClaims.size(),
                    failedOnKilled.get(), sink.received().size(), orders.size(), openedClaims.size(),
                    repeatedKeySet(sink).size(), reclaimed.size(), timeouts.size(), recovered, LEASE_MS);
        }
    }

    /** Creates an order; {@code ids} gets its id once the write was acknowledged, else {@code failed} counts it. */
    private static void writeOrder(Api api, String base, String note, Set<String> ids, AtomicInteger failed) {
        Api.Response created = answer(() -> api.post(base + "/order", token, Map.of("note", note)));
        if (created != null && created.status() == 201) {
            ids.add(created.json().at("/data/id").asText());
        } else {
            failed.incrementAndGet();
        }
    }

    /** Creates a claim and opens it; {@code opened} gets its id once the opening was acknowledged. */
    private static void openClaim(Api api, String base, Set<String> opened, AtomicInteger failed) {
        Api.Response created = answer(() -> api.post(base + "/claim", token, Map.of("state", "new")));
        String id = created != null && created.status() == 201 ? created.json().at("/data/id").asText() : null;
        Api.Response open = id == null ? null
                : answer(() -> api.put(base + "/claim/" + id, token, Map.of("state", "open")));
        if (open != null && open.status() == 200) {
            opened.add(id);
        } else {
            failed.incrementAndGet();
        }
    }

    /** {@code call}'s answer, or null when the instance was gone (connection refused or cut). */
    private static Api.Response answer(Supplier<Api.Response> call) {
        try {
            return call.get();
        } catch (UncheckedIOException gone) {
            return null;
        }
    }

    /**
     * Waits (bounded) until every acknowledged write and expiry was delivered and no workflow instance still runs;
     * returns the milliseconds since {@code sinceNanos}.
     */
    private static long awaitRecovery(String app, HttpSink sink, Set<String> orders, Set<String> claims,
                                      long sinceNanos) throws Exception {
        for (int i = 0; i < 600; i++) {
            Set<String> delivered = deliveriesPerRecord(sink).keySet();
            if (delivered.containsAll(orders) && delivered.containsAll(claims) && runningWorkflows(app) == 0) {
                break;
            }
            Thread.sleep(50);
        }
        return (System.nanoTime() - sinceNanos) / 1_000_000;
    }

    /** The idempotency keys the sink received more than once. */
    private static Set<String> repeatedKeySet(HttpSink sink) {
        return sink.received().stream().collect(Collectors.groupingBy(r -> r.header("Idempotency-Key"),
                Collectors.counting())).entrySet().stream().filter(key -> key.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** Idempotency keys of the deliveries claimed more than once: a claim whose lease ran out before an outcome. */
    private static Set<String> reclaimedKeys(String app) throws SQLException {
        Set<String> keys = new java.util.HashSet<>();
        try (Connection sql = appDatabase(app); Statement statement = sql.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT idempotency_key FROM rocket._webhook_logs WHERE attempt > 1")) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        return keys;
    }

    /** Each workflow instance's claim with how many {@code timed_out} entries its history holds. */
    private static Map<String, Integer> timeoutsFired(String app) throws SQLException {
        Map<String, Integer> fired = new HashMap<>();
        try (Connection sql = appDatabase(app); Statement statement = sql.createStatement();
             ResultSet rows = statement.executeQuery("SELECT context->>'record_id', (SELECT count(*) FROM"
                     + " jsonb_array_elements(history) h WHERE h->>'status' = 'timed_out')"
                     + " FROM rocket._workflow_instances")) {
            while (rows.next()) {
                fired.put(rows.getString(1), rows.getInt(2));
            }
        }
        return fired;
    }

    private static long runningWorkflows(String app) throws SQLException {
        try (Connection sql = appDatabase(app); Statement statement = sql.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT count(*) FROM rocket._workflow_instances WHERE status = 'running'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection appDatabase(String app) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + database.port() + "/rocket_" + app,
                EmbeddedDatabase.USER, database.password());
    }
}
