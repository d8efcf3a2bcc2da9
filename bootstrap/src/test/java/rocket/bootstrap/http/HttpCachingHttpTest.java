package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * ETag revalidation of record reads: a matching If-None-Match is a 304 that runs no data query, and no write path
 * ever leaves an old ETag valid (CRUD, nested writes, links, cascades, state machines, workflows, imports, metadata).
 */
class HttpCachingHttpTest {
    private final Api api = TestServer.shared();
    private final String app = api.createApp("etag", driver());
    private final String admin = api.appAdminToken(app);
    private final String base = "/api/" + app;

    /** The db_driver of every app this test creates; {@link SqliteHttpCachingHttpTest} runs it on SQLite apps. */
    String driver() {
        return "postgres";
    }

    HttpCachingHttpTest() {
        define("/_admin/entities", TestSchemas.uuidEntity("customer", "customers", Map.of("name", "name", "type", "string")));
        define("/_admin/entities", TestSchemas.uuidEntity("order", "orders", Map.of("name", "customer_id", "type", "uuid"),
                Map.of("name", "status", "type", "string"), Map.of("name", "note", "type", "string")));
        define("/_admin/entities", TestSchemas.uuidEntity("label", "labels", Map.of("name", "text", "type", "string")));
        define("/_admin/relations", Map.of("name", "orders", "type", "one_to_many", "source", "customer",
                "target", "order", "target_key", "customer_id", "on_delete", "cascade"));
        define("/_admin/relations", Map.of("name", "labels", "type", "many_to_many", "source", "order",
                "target", "label", "join_table", "order_labels", "source_join_key", "order_id",
                "target_join_key", "label_id", "on_delete", "detach"));
    }

    private void define(String path, Map<String, Object> body) {
        Api.Response response = api.post(base + path, admin, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private String create(String entity, Map<String, Object> body) {
        Api.Response response = api.post(base + "/" + entity, admin, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().at("/data/id").asText();
    }

    private Api.Response conditionalGet(String path, String etag) {
        return api.send(api.builder(base + path, admin).header("If-None-Match", etag).GET());
    }

    /** Reads {@code path}, runs the write, and proves the old ETag no longer answers 304. */
    private JsonNode afterWrite(String path, Runnable write) {
        Api.Response before = api.get(base + path, admin);
        String etag = before.header("ETag");
        assertThat(conditionalGet(path, etag).status()).as("unchanged data revalidates").isEqualTo(304);
        write.run();
        Api.Response after = conditionalGet(path, etag);
        assertThat(after.status()).as("stale ETag after a write to " + path).isEqualTo(200);
        assertThat(after.header("ETag")).isNotEqualTo(etag);
        return after.json().get("data");
    }

    @Test
    void listsCarryAWeakETagAndA304HasNoBodyAndRunsNoQuery() {
        create("customer", Map.of("name", "Ada"));
        Api.Response first = api.get(base + "/customer", admin);
        assertThat(first.header("ETag")).matches("W/\"[A-Za-z0-9_-]+\"");
        assertThat(first.header("Cache-Control")).isEqualTo("private, no-cache");
        assertThat(api.get(base + "/customer", admin).header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(api.get(base + "/customer?include=orders", admin).header("ETag"))
                .as("the include is part of the key").isNotEqualTo(first.header("ETag"));

        double lookupsBefore = cacheLookups("hit") + cacheLookups("miss");
        Api.Response revalidated = conditionalGet("/customer", "\"other\", " + first.header("ETag"));
        assertThat(revalidated.status()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(revalidated.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(cacheLookups("hit") + cacheLookups("miss")).as("a 304 never reaches the query")
                .isEqualTo(lookupsBefore);
        assertThat(conditionalGet("/customer", "W/\"unrelated\"").status()).isEqualTo(200);
    }

    /**
     * A record by id carries its own strong version, which needs the record: a 304 comes from the result cache (a
     * hit, no miss, so no data query) while no write to the entity has moved the cache key.
     */
    @Test
    void aRecordByIdCarriesAStrongETagAndA304ComesFromTheCacheWithoutAQuery() {
        String id = create("customer", Map.of("name", "Ada"));
        Api.Response first = api.get(base + "/customer/" + id, admin);
        assertThat(first.header("ETag")).matches("\"[A-Za-z0-9_-]+\"");
        assertThat(first.header("Cache-Control")).isEqualTo("private, no-cache");
        assertThat(api.get(base + "/customer/" + id + "?include=orders", admin).header("ETag"))
                .as("with an include the answer depends on other records: a weak tag").startsWith("W/\"");

        double hits = cacheLookups("hit");
        double misses = cacheLookups("miss");
        Api.Response revalidated = conditionalGet("/customer/" + id, "\"other\", " + first.header("ETag"));
        assertThat(revalidated.status()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(revalidated.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(cacheLookups("miss")).as("no query ran").isEqualTo(misses);
        assertThat(cacheLookups("hit")).isEqualTo(hits + 1);
        assertThat(conditionalGet("/customer/" + id, "W/" + first.header("ETag")).status())
                .as("If-None-Match compares weakly").isEqualTo(304);
        assertThat(conditionalGet("/customer/" + id, "W/\"unrelated\"").status()).isEqualTo(200);
    }

    /** Lookups of the result cache with that result (hit or miss); every data query goes through the cache. */
    private double cacheLookups(String result) {
        String metrics = api.get("/api/_platform/metrics", api.platformToken()).body();
        String series = "cache_gets_total{cache=\"rocket.query\",result=\"" + result + "\"";
        return metrics.lines().filter(l -> l.startsWith(series))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void crudWritesInvalidateListsAndRecords() {
        String id = create("customer", Map.of("name", "Bob"));
        assertThat(afterWrite("/customer", () -> create("customer", Map.of("name", "Cy"))).findValuesAsText("name"))
                .contains("Bob", "Cy");
        assertThat(afterWrite("/customer/" + id, () -> api.put(base + "/customer/" + id, admin,
                Map.of("name", "Bobby"))).get("name").asText()).isEqualTo("Bobby");
        String etag = api.get(base + "/customer/" + id, admin).header("ETag");
        api.delete(base + "/customer/" + id, admin);
        assertThat(conditionalGet("/customer/" + id, etag).status()).isEqualTo(404);
    }

    @Test
    void nestedWritesLinksAndCascadesInvalidateEveryEntityTheyTouch() {
        String customer = create("customer", Map.of("name", "Dee", "orders", Map.of("data", List.of(
                Map.of("status", "new"), Map.of("status", "new")))));
        String path = "/customer/" + customer + "?include=orders";
        JsonNode nested = afterWrite(path, () -> api.put(base + "/customer/" + customer, admin,
                Map.of("orders", Map.of("data", List.of(Map.of("status", "added"))))));
        assertThat(nested.get("orders").findValuesAsText("status")).contains("added").hasSize(3);

        String label = create("label", Map.of("text", "urgent"));
        String order = nested.get("orders").get(0).get("id").asText();
        JsonNode linked = afterWrite("/order/" + order + "?include=labels", () -> api.put(base + "/order/" + order,
                admin, Map.of("labels", Map.of("data", List.of(Map.of("id", label))))));
        assertThat(linked.get("labels").findValuesAsText("text")).containsExactly("urgent");

        JsonNode orders = afterWrite("/order?filter[customer_id]=" + customer,
                () -> api.delete(base + "/customer/" + customer, admin));
        assertThat(orders).as("cascade deleted the orders").isEmpty();
    }

    @Test
    void stateMachinesWorkflowsImportsAndMetadataChangesInvalidate() {
        define("/_admin/state-machines", Map.of("entity", "order", "field", "status", "definition", Map.of(
                "initial", "new", "transitions", List.of(Map.of("from", "new", "to", "paid",
                        "actions", List.of(Map.of("type", "set_field", "field", "note", "value", "thanks")))))));
        define("/_admin/workflows", Map.of("name", "ship", "trigger", Map.of("type", "state_change",
                "entity", "order", "field", "status", "to", "paid"), "context", Map.of("id", "trigger.record_id"),
                "steps", List.of(Map.of("id", "ship", "type", "action", "then", "end", "actions", List.of(Map.of(
                        "type", "set_field", "entity", "order", "record_id", "context.id", "field", "status",
                        "value", "shipped"))))));
        String order = create("order", Map.of("status", "new"));
        JsonNode paid = afterWrite("/order/" + order, () -> api.put(base + "/order/" + order, admin,
                Map.of("status", "paid")));
        assertThat(paid.get("note").asText()).isEqualTo("thanks");
        assertThat(paid.get("status").asText()).as("the workflow ran before the response").isEqualTo("shipped");

        JsonNode imported = afterWrite("/order?filter[note]=imported", () -> assertThat(api.post(base
                + "/_admin/import", admin, Map.of("version", 1, "entities", List.of(TestSchemas.uuidEntity("order", "orders")), "sample_data",
                Map.of("order", List.of(Map.of("status", "new", "note", "imported"))))).body()).contains("\"records\":1"));
        assertThat(imported).hasSize(1);

        JsonNode widened = afterWrite("/order/" + order, () -> api.put(base + "/_admin/entities/order", admin,
                TestSchemas.uuidEntity("order", "orders", Map.of("name", "customer_id", "type", "uuid"),
                        Map.of("name", "status", "type", "string"), Map.of("name", "note", "type", "string"),
                        Map.of("name", "priority", "type", "int", "default", 3))));
        assertThat(widened.get("priority").asInt()).isEqualTo(3);
    }

    @Test
    void workflowApprovalsInvalidateTheRecordTheyChange() {
        define("/_admin/state-machines", Map.of("entity", "order", "field", "status", "definition", Map.of(
                "initial", "draft", "transitions", List.of(Map.of("from", "draft", "to", "review")))));
        define("/_admin/workflows", Map.of("name", "approve_big", "trigger", Map.of("type", "state_change",
                "entity", "order", "field", "status", "to", "review"), "context", Map.of("id", "trigger.record_id"),
                "steps", List.of(Map.of("id", "boss", "type", "approval", "on_approve", Map.of("goto", "done"),
                                "on_reject", Map.of("goto", "done")),
                        Map.of("id", "done", "type", "action", "then", "end", "actions", List.of(Map.of(
                                "type", "set_field", "entity", "order", "record_id", "context.id", "field", "note",
                                "value", "approved"))))));
        String order = create("order", Map.of("status", "draft"));
        api.put(base + "/order/" + order, admin, Map.of("status", "review"));
        Supplier<String> instance = () -> {
            for (JsonNode pending : api.get(base + "/_workflows/pending", admin).json().get("data")) {
                if (pending.at("/context/id").asText().equals(order)) {
                    return pending.get("id").asText();
                }
            }
            throw new AssertionError("no pending approval for " + order);
        };
        String id = instance.get();
        JsonNode approved = afterWrite("/order/" + order, () -> assertThat(api.post(base + "/_workflows/" + id
                + "/approve", admin, Map.of()).status()).isEqualTo(200));
        assertThat(approved.get("note").asText()).isEqualTo("approved");
    }
}
