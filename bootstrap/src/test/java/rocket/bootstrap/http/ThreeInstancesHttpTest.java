package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
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
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rocket.bootstrap.RocketServer;
import rocket.bootstrap.database.EmbeddedDatabase;

/**
 * Three instances on one PostgreSQL and one S3 bucket (s3proxy) with one platform secret, as behind a load balancer:
 * files, metadata and data changes, webhook deliveries and workflow timeouts across them, and one instance stopped in
 * the middle of a burst. The follow times are measured and printed: they are the README's figures.
 */
class ThreeInstancesHttpTest {
    private static final String PLATFORM_SECRET = "three-instances-share-this-platform-secret";
    private static final int BURST = 300;
    private static final int CLIENTS = 6;
    /** The default {@code ROCKET_WEBHOOK_CONCURRENCY}: the most deliveries one instance sends at once. */
    private static final int IN_FLIGHT_PER_INSTANCE = 16;
    private static final RocketServer[] SERVERS = new RocketServer[3];
    private static final Api[] APIS = new Api[3];
    private static S3ProxyProcess s3;
    private static EmbeddedDatabase database;
    private static Map<String, String> env;
    /** A platform token from instance 1, used on all three: the shared secret makes it valid everywhere. */
    private static String token;

    @BeforeAll
    static void start() {
        s3 = S3ProxyProcess.start("rocket-three");
        database = TestServer.externalDatabase();
        Map<String, String> shared = new HashMap<>(s3.storageSettings());
        shared.put("ROCKET_PLATFORM_JWT_SECRET", PLATFORM_SECRET);
        shared.put("ROCKET_WEBHOOK_POLL_INTERVAL_MS", "20");
        env = TestServer.onDatabase(database, shared);
        for (int i = 0; i < SERVERS.length; i++) {
            startInstance(i);
        }
        token = APIS[0].platformToken();
    }

    private static void startInstance(int index) {
        SERVERS[index] = TestServer.start(TestServer.tempDir(), env);
        APIS[index] = new Api(SERVERS[index].port());
    }

    @AfterAll
    static void stop() throws Exception {
        for (RocketServer server : SERVERS) {
            server.close();
        }
        database.close();
        s3.close();
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
    private static Followed await(long sinceNanos, java.util.function.Supplier<Api.Response> call,
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

    /** Record ids, each with how many deliveries of it the sink received. */
    private static Map<String, Long> deliveriesPerRecord(HttpSink sink) {
        return sink.received().stream().collect(Collectors.groupingBy(
                received -> APIS[0].json(received.body()).at("/record/id").asText(), Collectors.counting()));
    }

    /** How many requests repeated an idempotency key already received. */
    private static long repeatedKeys(HttpSink sink) {
        return sink.received().size() - sink.received().stream().map(r -> r.header("Idempotency-Key")).distinct()
                .count();
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
            assertThat(repeatedKeys(sink)).as("repeated idempotency keys").isZero();
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
            // the timeout's effect is an update of the claim to expired, and each such update is a delivery
            APIS[0].post(base + "/_admin/webhooks", token, Map.of("entity", "claim", "url",
                    sink.url("/claims"), "condition", "record.state == 'expired'")).created();
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

    @Test
    void anInstanceStoppedMidBurstLosesNoDelivery() throws Exception {
        try (HttpSink sink = new HttpSink()) {
            String app = appWithHookedOrders(sink);
            // an instance sends the deliveries its own writes queued; slow answers keep some in flight on each
            sink.delay(300);
            long sentBefore = deliveriesSentBy(APIS[0]);
            Set<String> committed = ConcurrentHashMap.newKeySet();
            Set<String> committedByOthers = ConcurrentHashMap.newKeySet();
            long sentByOne;
            long inFlightAtStop;
            int stoppedAfter;
            try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
                for (int i = 0; i < BURST; i++) {
                    int instance = i % APIS.length;
                    Api api = APIS[instance];
                    int n = i;
                    clients.submit(() -> {
                        String id = committedId(api, "/api/" + app + "/order", Map.of("note", "burst " + n));
                        if (id != null) {
                            committed.add(id);
                            if (instance > 0) {
                                committedByOthers.add(id);
                            }
                        }
                    });
                }
                long inFlight = 0;
                for (int i = 0; i < 2000 && (committed.size() < BURST / 3 || inFlight == 0); i++) {
                    Thread.sleep(5);
                    inFlight = metric(APIS[0], "rocket_webhooks_in_flight");
                }
                sentByOne = deliveriesSentBy(APIS[0]) - sentBefore;
                inFlightAtStop = inFlight;
                stoppedAfter = committed.size();
                // in-process, the closest to a crash is close(): it stops at once but lets sends in flight finish
                SERVERS[0].close();
            }
            startInstance(0); // the other tests of this class keep three instances
            awaitDeliveriesOf(sink, committed);
            Thread.sleep(500); // give a duplicate, if any, time to arrive
            assertThat(committedByOthers).as("every write through 2 and 3 committed").hasSize(BURST * 2 / 3);
            assertThat(deliveriesPerRecord(sink).keySet()).as("every committed write delivered")
                    .containsAll(committed);
            assertThat(repeatedKeys(sink)).as("sent again: at most what instance 1 had in flight")
                    .isLessThanOrEqualTo(IN_FLIGHT_PER_INSTANCE);
            System.out.printf("three instances: instance 1 stopped after %d of %d writes over the three, with %d"
                    + " deliveries in flight (%d sent of this burst by it); all %d committed writes delivered, %d sent"
                    + " twice%n", stoppedAfter, BURST, inFlightAtStop, sentByOne, committed.size(),
                    repeatedKeys(sink));
        }
    }

    /** The id of the record {@code body} created, or null when the instance refused or was gone. */
    private static String committedId(Api api, String path, Map<String, Object> body) {
        try {
            Api.Response response = api.post(path, token, body);
            return response.status() == 201 ? response.json().at("/data/id").asText() : null;
        } catch (java.io.UncheckedIOException stopped) {
            return null;
        }
    }
}
