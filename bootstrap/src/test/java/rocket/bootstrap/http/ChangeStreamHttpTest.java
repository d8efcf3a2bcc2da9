package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rocket.bootstrap.RocketServer;
import rocket.bootstrap.database.EmbeddedDatabase;

/**
 * The realtime change stream {@code GET /api/{app}/{entity}/_changes}: created, updated and deleted records in commit
 * order with their log numbers as ids, narrowed by a filter and by the caller's read conditions and readable fields,
 * resumable with {@code Last-Event-ID}, and fed across instances by the change feed.
 */
class ChangeStreamHttpTest {
    private final Api api = TestServer.shared();
    private final String app = api.createApp("stream", driver());
    private final String base = "/api/" + app;
    private final String admin = api.appAdminToken(app);

    /** The db_driver of every app this test creates; {@link SqliteChangeStreamHttpTest} runs it on SQLite apps. */
    String driver() {
        return "postgres";
    }

    ChangeStreamHttpTest() {
        api.post(base + "/_admin/entities", admin, TestSchemas.uuidEntity("ticket", "tickets",
                Map.of("name", "title", "type", "string"), Map.of("name", "note", "type", "string"),
                Map.of("name", "owner_id", "type", "uuid"))).created();
    }

    private String create(Map<String, Object> body) {
        return api.post(base + "/ticket", admin, body).created().get("id").asText();
    }

    private String member(String email) {
        return api.post(base + "/_admin/users", admin, Map.of("email", email, "password", "pw",
                "roles", List.of("member"))).created().get("id").asText();
    }

    private int status(String path, String token, String lastEventId) throws Exception {
        try (EventStream stream = new EventStream(api, base + path, token, lastEventId)) {
            return stream.status();
        }
    }

    private EventStream subscribe(String query, String token) throws Exception {
        return subscribe(query, token, null);
    }

    private EventStream subscribe(String query, String token, String lastEventId) throws Exception {
        EventStream stream = new EventStream(api, base + "/ticket/_changes" + query, token, lastEventId);
        assertThat(stream.status()).isEqualTo(200);
        return stream;
    }

    @Test
    void aSubscriberReceivesTheWritesCommittedAfterItSubscribedInOrderWithIds() throws Exception {
        create(Map.of("title", "before"));
        try (EventStream stream = subscribe("", admin)) {
            assertThat(stream.contentType()).startsWith("text/event-stream");
            String id = create(Map.of("title", "first"));
            api.put(base + "/ticket/" + id, admin, Map.of("title", "renamed"));
            // a stream sends a record as it stands when it reads the log: had the delete committed before that
            // read, the update would have no row left to send, so the delete waits for the update's event
            List<EventStream.Event> events = new ArrayList<>(stream.next(2));
            assertThat(api.delete(base + "/ticket/" + id, admin).status()).isEqualTo(200);
            events.add(stream.next());

            assertThat(events).extracting(EventStream.Event::type).containsExactly("created", "updated", "deleted");
            assertThat(events.get(0).data().at("/data/id").asText()).isEqualTo(id);
            assertThat(events.get(0).data().at("/data/title").asText()).as("the record as it is now: renamed")
                    .isIn("first", "renamed");
            assertThat(events.get(1).data().at("/data/title").asText()).isEqualTo("renamed");
            assertThat(events.get(2).data().get("data")).hasSize(1);
            assertThat(events.get(2).data().at("/data/id").asText()).isEqualTo(id);
            assertThat(events.get(0).id()).isLessThan(events.get(1).id());
            assertThat(events.get(1).id()).isLessThan(events.get(2).id());
        }
    }

    @Test
    void aFilterNarrowsTheStreamAndHidesDeletes() throws Exception {
        try (EventStream stream = subscribe("?filter[title]=keep", admin)) {
            String dropped = create(Map.of("title", "drop"));
            String kept = create(Map.of("title", "keep"));
            api.delete(base + "/ticket/" + kept, admin);
            api.put(base + "/ticket/" + dropped, admin, Map.of("title", "keep"));

            List<EventStream.Event> events = stream.next(2);

            assertThat(events).extracting(EventStream.Event::type).containsExactly("created", "updated");
            assertThat(events.get(0).data().at("/data/id").asText()).isEqualTo(kept);
            assertThat(events.get(1).data().at("/data/id").asText()).as("it matches the filter now")
                    .isEqualTo(dropped);
        }
    }

    @Test
    void aMemberNeverReceivesRowsTheirReadConditionHidesNorFieldsTheyMayNotRead() throws Exception {
        String annId = member("ann@example.com");
        String bobId = member("bob@example.com");
        String ann = api.post(base + "/auth/login", null, Map.of("email", "ann@example.com", "password", "pw"))
                .json().at("/data/access_token").asText();
        api.post(base + "/_admin/permissions", admin, Map.of("entity", "ticket", "action", "read",
                "roles", List.of("member"), "readable_fields", List.of("id", "title", "owner_id"),
                "conditions", List.of(Map.of("field", "owner_id", "operator", "eq", "value", "$user.id"))))
                .created();
        try (EventStream stream = subscribe("", ann)) {
            String bobs = create(Map.of("title", "bob's", "note", "secret", "owner_id", bobId));
            String anns = create(Map.of("title", "ann's", "note", "secret", "owner_id", annId));
            // ann's ticket is sent as it stands when the stream reads it: its delete waits for its event
            List<EventStream.Event> events = new ArrayList<>(stream.next(1));
            api.put(base + "/ticket/" + bobs, admin, Map.of("title", "bob's again"));
            api.delete(base + "/ticket/" + anns, admin);
            String later = create(Map.of("title", "ann's later", "owner_id", annId));
            events.add(stream.next());

            assertThat(events).extracting(EventStream.Event::type).containsExactly("created", "created");
            assertThat(events).extracting(event -> event.data().at("/data/id").asText()).containsExactly(anns, later);
            assertThat(events.get(0).data().get("data").has("note")).as("an unreadable field").isFalse();
            assertThat(events.get(0).data().at("/data/title").asText()).isEqualTo("ann's");
        }
    }

    @Test
    void theRecordsADeleteCascadesToOrClearsAreStreamedToo() throws Exception {
        api.post(base + "/_admin/entities", admin, TestSchemas.uuidEntity("board", "boards",
                Map.of("name", "title", "type", "string"))).created();
        api.post(base + "/_admin/entities", admin, TestSchemas.uuidEntity("pin", "pins",
                Map.of("name", "board_id", "type", "uuid"))).created();
        api.post(base + "/_admin/relations", admin, Map.of("name", "tickets", "type", "one_to_many",
                "source", "board", "target", "ticket", "target_key", "owner_id", "on_delete", "cascade")).created();
        api.post(base + "/_admin/relations", admin, Map.of("name", "pins", "type", "one_to_many",
                "source", "board", "target", "pin", "target_key", "board_id", "on_delete", "set_null")).created();
        String board = api.post(base + "/board", admin, Map.of("title", "b")).created().get("id").asText();
        String ticket = create(Map.of("title", "on the board", "owner_id", board));
        String pin = api.post(base + "/pin", admin, Map.of("board_id", board)).created().get("id").asText();
        try (EventStream tickets = subscribe("", admin);
             EventStream pins = new EventStream(api, base + "/pin/_changes", admin, null)) {
            assertThat(pins.status()).isEqualTo(200);
            assertThat(api.delete(base + "/board/" + board, admin).status()).isEqualTo(200);

            EventStream.Event deleted = tickets.next();
            EventStream.Event cleared = pins.next();

            assertThat(deleted.type()).isEqualTo("deleted");
            assertThat(deleted.data().at("/data/id").asText()).isEqualTo(ticket);
            assertThat(cleared.type()).isEqualTo("updated");
            assertThat(cleared.data().at("/data/id").asText()).isEqualTo(pin);
            assertThat(cleared.data().at("/data/board_id").isNull()).as("set to null").isTrue();
        }
    }

    @Test
    void theChildrenOfANestedWriteAreStreamedInTheOrderWritten() throws Exception {
        api.post(base + "/_admin/entities", admin, TestSchemas.uuidEntity("board", "boards",
                Map.of("name", "title", "type", "string"))).created();
        api.post(base + "/_admin/relations", admin, Map.of("name", "board_tickets", "type", "one_to_many",
                "source", "board", "target", "ticket", "target_key", "owner_id")).created();
        try (EventStream tickets = subscribe("", admin)) {
            api.post(base + "/board", admin, Map.of("title", "b", "board_tickets", Map.of("data", List.of(
                    Map.of("title", "one"), Map.of("title", "two"), Map.of("title", "three"))))).created();

            List<EventStream.Event> events = tickets.next(3);

            assertThat(events).extracting(EventStream.Event::type).containsOnly("created");
            assertThat(events).extracting(event -> event.data().at("/data/title").asText())
                    .containsExactly("one", "two", "three");
        }
    }

    @Test
    void resumingWithLastEventIdReplaysExactlyTheMissedEvents() throws Exception {
        long seen;
        try (EventStream stream = subscribe("", admin)) {
            create(Map.of("title", "seen"));
            seen = stream.next().id();
        }
        String missed = create(Map.of("title", "missed"));
        api.put(base + "/ticket/" + missed, admin, Map.of("title", "missed again"));

        try (EventStream resumed = subscribe("", admin, String.valueOf(seen))) {
            String live = create(Map.of("title", "live"));
            List<EventStream.Event> events = resumed.next(3);

            assertThat(events).extracting(EventStream.Event::type).containsExactly("created", "updated", "created");
            assertThat(events).extracting(event -> event.data().at("/data/id").asText())
                    .containsExactly(missed, missed, live);
        }
        try (EventStream byQuery = subscribe("?last_event_id=" + seen, admin)) {
            assertThat(byQuery.next().data().at("/data/id").asText()).isEqualTo(missed);
        }
    }

    @Test
    void aStreamsReadsOfTheLogAreNotSpansOfItsRequest() throws Exception {
        try (EventStream stream = subscribe("", admin)) {
            create(Map.of("title", "read by the stream"));
            assertThat(stream.next().type()).isEqualTo("created");
            String later = java.util.UUID.randomUUID().toString();
            assertThat(api.send(api.builder(base + "/ticket", admin).header("X-Trace-ID", later)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"title\":\"later\"}"))).status())
                    .isEqualTo(201);
            // spans are written in the order they were recorded: the stream's reads came before this request's
            api.eventsOfTrace(app, admin, later, "&action=request", 1);

            assertThat(api.get(base + "/_events?trace_id=" + stream.traceId(), admin).json().get("data"))
                    .as("no span under the open stream's trace").isEmpty();
        }
    }

    @Test
    void aStreamIsRefusedLikeAList() throws Exception {
        String outsider = Examples.user(api, app, "out@example.com", "outsider");

        assertThat(status("/nothing/_changes", admin, null)).isEqualTo(404);
        assertThat(status("/ticket/_changes", outsider, null)).isEqualTo(403);
        assertThat(status("/ticket/_changes", admin, "yesterday")).isEqualTo(400);
        assertThat(status("/ticket/_changes?filter[nope]=1", admin, null)).isEqualTo(400);
        assertThat(api.get(base + "/ticket/_changes", null).status()).isEqualTo(401);
    }

    @Test
    void aWriteOnOneInstanceReachesASubscriberOnTheOtherWithinASecond() throws Exception {
        try (EmbeddedDatabase database = TestServer.externalDatabase()) {
            Map<String, String> env = TestServer.onDatabase(database, Map.of("ROCKET_CHANGE_STREAM_HEARTBEAT_MILLIS",
                    "200"));
            try (RocketServer first = TestServer.start(TestServer.tempDir(), env);
                 RocketServer second = TestServer.start(TestServer.tempDir(), env)) {
                Api one = new Api(first.port());
                Api two = new Api(second.port());
                String shared = one.createApp("two");
                String token = one.appAdminToken(shared);
                one.post("/api/" + shared + "/_admin/entities", token, TestSchemas.uuidEntity("ticket", "tickets",
                        Map.of("name", "title", "type", "string"))).created();
                EventStream stream = openOnceKnown(two, "/api/" + shared + "/ticket/_changes",
                        two.appAdminToken(shared));
                stream.awaitComment("ping");

                long start = System.nanoTime();
                String id = one.post("/api/" + shared + "/ticket", token, Map.of("title", "from one")).created()
                        .get("id").asText();
                EventStream.Event event = stream.next();
                Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

                assertThat(event.type()).isEqualTo("created");
                assertThat(event.data().at("/data/id").asText()).isEqualTo(id);
                assertThat(elapsed).isLessThan(Duration.ofSeconds(1));
                second.close();
                assertThat(stream.next().type()).as("a stopping server ends its streams").isEqualTo("end");
            }
        }
    }

    @Test
    void anIdOlderThanTheKeptLogGetsOneResetThenLiveEvents() throws Exception {
        try (EmbeddedDatabase database = TestServer.externalDatabase()) {
            Map<String, String> env = TestServer.onDatabase(database, Map.of());
            try (RocketServer server = TestServer.start(TestServer.tempDir(), env)) {
                Api own = new Api(server.port());
                String trimmed = own.createApp("trim");
                String token = own.appAdminToken(trimmed);
                String path = "/api/" + trimmed + "/ticket";
                own.post(path.replace("/ticket", "/_admin/entities"), token, TestSchemas.uuidEntity("ticket",
                        "tickets", Map.of("name", "title", "type", "string"))).created();
                own.post(path, token, Map.of("title", "old")).created();
                own.post(path, token, Map.of("title", "kept")).created();
                try (Connection sql = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + database.port()
                        + "/rocket_" + trimmed.replace('-', '_'), EmbeddedDatabase.USER, database.password());
                     Statement statement = sql.createStatement()) { // what the retention job does to old changes
                    statement.executeUpdate("DELETE FROM rocket._changes WHERE seq < (SELECT max(seq) FROM"
                            + " rocket._changes)");
                }

                try (EventStream resumed = new EventStream(own, path + "/_changes", token, "0")) {
                    EventStream.Event reset = resumed.next();
                    String live = own.post(path, token, Map.of("title", "live")).created().get("id").asText();
                    EventStream.Event next = resumed.next();

                    assertThat(reset.type()).isEqualTo("reset");
                    assertThat(next.type()).isEqualTo("created");
                    assertThat(next.data().at("/data/id").asText()).as("live, not the kept change").isEqualTo(live);
                    assertThat(next.id()).isGreaterThan(reset.id());
                }
            }
        }
    }

    /** The second instance learns of the new entity through the change feed: until then it is unknown there. */
    private static EventStream openOnceKnown(Api api, String path, String token) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            EventStream stream = new EventStream(api, path, token, null);
            if (stream.status() == 200) {
                return stream;
            }
            stream.close();
            Thread.sleep(20);
        }
        throw new AssertionError("the entity never became known on the second instance");
    }
}
