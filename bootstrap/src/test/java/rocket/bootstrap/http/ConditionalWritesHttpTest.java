package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Optimistic concurrency on records: a read by id answers the record's strong ETag, and updates and deletes with
 * {@code If-Match} happen only while the record is still at one of the named versions — checked with the row locked
 * in the write's transaction, so a stale or racing writer gets a 412 and writes nothing.
 */
class ConditionalWritesHttpTest {
    private final Api api = TestServer.shared();
    private final String app = api.createApp("ifmatch", driver());
    private final String admin = api.appAdminToken(app);
    private final String base = "/api/" + app;
    private final HttpSink sink = new HttpSink();

    ConditionalWritesHttpTest() {
        define("/_admin/entities", Map.of("name", "account", "table", "accounts", "soft_delete", true,
                "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "name", "type", "string"),
                        Map.of("name", "status", "type", "string"), Map.of("name", "note", "type", "string"))));
        define("/_admin/entities", TestSchemas.uuidEntity("entry", "entries",
                Map.of("name", "account_id", "type", "uuid"), Map.of("name", "text", "type", "string")));
        define("/_admin/relations", Map.of("name", "entries", "type", "one_to_many", "source", "account",
                "target", "entry", "target_key", "account_id", "on_delete", "cascade"));
        define("/_admin/webhooks", Map.of("entity", "account", "hook", "after_write", "url", sink.url("/hook")));
        define("/_admin/workflows", Map.of("name", "close", "trigger", Map.of("type", "state_change",
                "entity", "account", "field", "status", "to", "closed"), "context", Map.of("id", "trigger.record_id"),
                "steps", List.of(Map.of("id", "mark", "type", "action", "then", "end", "actions", List.of(Map.of(
                        "type", "set_field", "entity", "account", "record_id", "context.id", "field", "note",
                        "value", "closed by the workflow"))))));
    }

    /** The apps' db_driver; {@link SqliteConditionalWritesHttpTest} runs every test here on SQLite. */
    String driver() {
        return "postgres";
    }

    @AfterEach
    void closeSink() {
        sink.close();
    }

    private void define(String path, Map<String, Object> body) {
        Api.Response response = api.post(base + path, admin, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private String account(String name) {
        return api.post(base + "/account", admin, Map.of("name", name, "status", "open", "entries",
                Map.of("data", List.of(Map.of("text", "first"), Map.of("text", "second"))))).created()
                .get("id").asText();
    }

    private String etag(String path) {
        return api.get(base + path, admin).header("ETag");
    }

    private Api.Response put(String path, String ifMatch, Map<String, Object> body) {
        return api.send(api.builder(base + path, admin).header("If-Match", ifMatch)
                .PUT(HttpRequest.BodyPublishers.ofString(Api.encode(body))));
    }

    private Api.Response delete(String path, String ifMatch) {
        return api.send(api.builder(base + path, admin).header("If-Match", ifMatch).DELETE());
    }

    /** Deliveries in the outbox for the account entity (they are written in the write's transaction). */
    private int outboxRows() {
        return api.get(base + "/_admin/webhook-logs?entity=account", admin).json().get("data").size();
    }

    @Test
    void aRecordsStrongETagMovesWithItsOwnFieldsOnlyAndStillRevalidates() {
        String mine = account("mine");
        String other = account("other");
        String tag = etag("/account/" + mine);
        assertThat(tag).matches("\"[A-Za-z0-9_-]+\"");

        assertThat(api.put(base + "/account/" + other, admin, Map.of("name", "renamed")).status()).isEqualTo(200);
        assertThat(etag("/account/" + mine)).as("another record's write leaves it").isEqualTo(tag);
        assertThat(api.send(api.builder(base + "/account/" + mine, admin).header("If-None-Match", tag).GET())
                .status()).isEqualTo(304);
        assertThat(api.put(base + "/entry/" + children(mine).get(0).get("id").asText(), admin,
                Map.of("text", "edited")).status()).isEqualTo(200);
        assertThat(etag("/account/" + mine)).as("a child is another record").isEqualTo(tag);

        Api.Response renamed = api.put(base + "/account/" + mine, admin, Map.of("name", "mine, renamed"));
        assertThat(renamed.header("ETag")).isNotEqualTo(tag).isEqualTo(etag("/account/" + mine));
        assertThat(api.send(api.builder(base + "/account/" + mine, admin).header("If-None-Match", tag).GET())
                .status()).isEqualTo(200);
        Api.Response created = api.post(base + "/account", admin, Map.of("name", "new"));
        assertThat(created.header("ETag")).isEqualTo(etag("/account/" + created.created().get("id").asText()));
    }

    private JsonNode children(String account) {
        return api.get(base + "/entry?filter[account_id]=" + account + "&sort=text", admin).json().get("data");
    }

    @Test
    void anUpdateNamingTheCurrentTagSucceedsAndAnswersTheNewOne() {
        String id = account("current");
        String tag = etag("/account/" + id);

        Api.Response updated = put("/account/" + id, "\"someone-else\", " + tag, Map.of("name", "updated"));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().at("/data/name").asText()).isEqualTo("updated");
        assertThat(updated.header("ETag")).isNotEqualTo(tag).isEqualTo(etag("/account/" + id));
        Api.Response again = put("/account/" + id, updated.header("ETag"), Map.of("status", "closed"));
        assertThat(again.status()).as("the answered tag is current").isEqualTo(200);
        assertThat(api.get(base + "/account/" + id, admin).json().at("/data/note").asText())
                .as("the workflow ran").isEqualTo("closed by the workflow");
    }

    @Test
    void aStaleTagIsA412ThatWritesNothing() throws InterruptedException {
        String id = account("stale");
        String stale = etag("/account/" + id);
        assertThat(api.put(base + "/account/" + id, admin, Map.of("name", "changed meanwhile")).status())
                .isEqualTo(200);
        JsonNode before = api.get(base + "/account/" + id + "?include=entries", admin).json().get("data");
        int outbox = outboxRows();

        String traceId = UUID.randomUUID().toString();
        Api.Response refused = api.send(api.builder(base + "/account/" + id, admin).header("If-Match", stale)
                .header("X-Trace-ID", traceId).PUT(HttpRequest.BodyPublishers.ofString(Api.encode(Map.of(
                        "name", "lost update", "status", "closed",
                        "entries", Map.of("data", List.of(Map.of("text", "third"))))))));
        assertThat(refused.status()).as(refused.body()).isEqualTo(412);
        assertThat(refused.errorCode()).isEqualTo("PRECONDITION_FAILED");
        assertThat(refused.json().at("/error/message").asText()).contains("account", id);
        Api.Response notDeleted = delete("/account/" + id, stale);
        assertThat(notDeleted.status()).isEqualTo(412);
        assertThat(notDeleted.errorCode()).isEqualTo("PRECONDITION_FAILED");

        assertThat(api.get(base + "/account/" + id + "?include=entries", admin).json().get("data"))
                .as("record and children unchanged, no workflow ran").isEqualTo(before);
        assertThat(outboxRows()).as("no delivery queued").isEqualTo(outbox);
        JsonNode request = api.eventsOfTrace(app, admin, traceId, "&action=request", 1);
        assertThat(request.get(0).at("/metadata/status_code").asInt()).isEqualTo(412);
        JsonNode trace = api.eventsOfTrace(app, admin, traceId, "&per_page=100", 1);
        assertThat(trace.findValuesAsText("action")).as("only reads ran")
                .contains("record.update", "db.select")
                .doesNotContain("db.update", "db.insert", "db.delete", "nested_write.execute", "webhook.fire",
                        "workflow.trigger");
    }

    @Test
    void aStarMatchesAnyExistingRecordAWeakTagNeverMatchesAndAMissingRecordStays404() {
        String id = account("star");
        String tag = etag("/account/" + id);

        Api.Response weak = put("/account/" + id, "W/" + tag, Map.of("name", "weak"));
        assertThat(weak.status()).as("strong comparison: a weak tag never matches").isEqualTo(412);
        assertThat(put("/account/" + id, "*", Map.of("name", "any")).status()).isEqualTo(200);
        String entry = children(id).get(0).get("id").asText();
        assertThat(delete("/entry/" + entry, etag("/entry/" + entry)).status()).as("a hard delete").isEqualTo(200);
        assertThat(api.get(base + "/entry/" + entry, admin).status()).isEqualTo(404);

        assertThat(delete("/account/" + id, etag("/account/" + id)).status()).as("a soft delete").isEqualTo(200);
        assertThat(put("/account/" + id, "*", Map.of("name", "gone")).status()).isEqualTo(404);
        assertThat(delete("/account/" + id, "*").status()).isEqualTo(404);
        assertThat(put("/account/" + UUID.randomUUID(), tag, Map.of("name", "never")).status()).isEqualTo(404);
    }

    /** Both writers read the same version; whichever locks the row second finds it changed. */
    @Test
    void twoConcurrentUpdatesNamingTheSameTagLetExactlyOneWin() throws Exception {
        try (ExecutorService writers = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 3; round++) {
                String id = account("race " + round);
                String tag = etag("/account/" + id);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Api.Response>> answers = List.of("one", "two").stream()
                        .map(name -> writers.submit(() -> {
                            start.await();
                            return put("/account/" + id, tag, Map.of("name", name));
                        })).toList();
                start.countDown();
                Api.Response first = answers.get(0).get();
                Api.Response second = answers.get(1).get();

                assertThat(List.of(first.status(), second.status())).containsExactlyInAnyOrder(200, 412);
                Api.Response winner = first.status() == 200 ? first : second;
                JsonNode stored = api.get(base + "/account/" + id, admin).json().get("data");
                assertThat(stored.get("name").asText()).isEqualTo(winner.json().at("/data/name").asText());
                assertThat(etag("/account/" + id)).isEqualTo(winner.header("ETag"));
            }
        }
    }
}
