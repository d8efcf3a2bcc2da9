package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Keyset paging over real PostgreSQL: a walk started with {@code cursor=} and continued with each page's
 * {@code meta.next_cursor} visits every row exactly once, in the order the same sort plus the key as the last
 * tiebreaker gives, whatever the directions, ties and NULLs; it keeps the caller's read conditions, soft delete,
 * includes and ETags; a cursor that is not this server's for this very list is a 400.
 */
class CursorPagingHttpTest {
    private static final int ROWS = 300;
    private static final int BUCKETS = 7;
    private final Api api = TestServer.shared();
    private final String app = api.createApp("cursor", driver());
    private final String admin = api.appAdminToken(app);
    private final String base = "/api/" + app;
    private final List<String> categories = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());

    /**
     * {@value #ROWS} readings: {@code bucket} ties (seq mod 7), {@code label} ties (13 labels), {@code score} NULL in
     * every fifth row; a {@code viewer} may read the readings outside bucket 3.
     */
    CursorPagingHttpTest() {
        List<Map<String, Object>> readings = new ArrayList<>();
        for (int seq = 0; seq < ROWS; seq++) {
            Map<String, Object> row = new HashMap<>(Map.of("seq", seq, "bucket", seq % BUCKETS,
                    "label", String.format("l%02d", seq % 13), "category_id", categories.get(seq % 2),
                    "doc", Map.of("n", seq)));
            row.put("score", seq % 5 == 0 ? null : (seq * 37) % 101);
            readings.add(row);
        }
        Map<String, Object> document = Map.of("version", 1,
                "entities", List.of(TestSchemas.uuidEntity("category", "categories",
                                Map.of("name", "name", "type", "string")),
                        Map.of("name", "reading", "table", "readings", "soft_delete", true,
                                "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
                                "fields", List.of(Map.of("name", "id", "type", "uuid"),
                                        Map.of("name", "seq", "type", "int"), Map.of("name", "bucket", "type", "int"),
                                        Map.of("name", "label", "type", "string"),
                                        Map.of("name", "score", "type", "int"),
                                        Map.of("name", "category_id", "type", "uuid"),
                                        Map.of("name", "doc", "type", "json")))),
                "relations", List.of(Map.of("name", "readings", "type", "one_to_many", "source", "category",
                        "target", "reading", "target_key", "category_id", "on_delete", "cascade")),
                "permissions", List.of(
                        Map.of("entity", "reading", "action", "read", "roles", List.of("viewer"), "conditions",
                                List.of(Map.of("field", "bucket", "operator", "neq", "value", 3))),
                        Map.of("entity", "category", "action", "read", "roles", List.of("viewer"))),
                "sample_data", Map.of(
                        "category", List.of(Map.of("id", categories.get(0), "name", "even"),
                                Map.of("id", categories.get(1), "name", "odd")),
                        "reading", readings,
                        "_users", List.of(Map.of("email", "viewer@example.com", "password", "viewer-pass",
                                "roles", List.of("viewer")))));
        Api.Response imported = api.post(base + "/_admin/import", admin, document);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).doesNotContain("\"errors\"");
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private Api.Response list(String query, String token) {
        return api.get(base + "/reading?" + query, token);
    }

    /** Walks {@code query} from {@code cursor=} to the page without a next cursor; returns every row seen. */
    private List<JsonNode> walk(String query, String token) {
        List<JsonNode> rows = new ArrayList<>();
        String cursor = "";
        for (int page = 0; page <= ROWS; page++) {
            Api.Response answer = list(query + "&cursor=" + encoded(cursor), token);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            answer.json().get("data").forEach(rows::add);
            JsonNode next = answer.json().at("/meta/next_cursor");
            assertThat(answer.json().get("meta").has("next_cursor")).isTrue();
            if (next.isNull()) {
                return rows;
            }
            cursor = next.asText();
        }
        throw new AssertionError("the walk of " + query + " never ended");
    }

    /** The same rows by page number, sorted by the database with the key as the explicit last tiebreaker. */
    private List<JsonNode> byPages(String query, String token) {
        List<JsonNode> rows = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode data = list(query + "&per_page=100&page=" + page, token).json().get("data");
            data.forEach(rows::add);
            if (data.size() < 100) {
                return rows;
            }
        }
    }

    private static List<String> ids(List<JsonNode> rows) {
        return rows.stream().map(row -> row.get("id").asText()).toList();
    }

    /** The apps' db_driver; {@link SqliteCursorPagingHttpTest} runs every test here on SQLite. */
    String driver() {
        return "postgres";
    }

    @Test
    void aWalkVisitsEveryRowExactlyOnceInOrderAscendingDescendingMixedWithTiesNullsAndAFilter() {
        Map<String, String> walks = Map.of(
                "per_page=17", "sort=id",
                "sort=bucket&per_page=17", "sort=bucket,id",
                "sort=-bucket&per_page=23", "sort=-bucket,-id",
                "sort=-bucket,label&per_page=19", "sort=-bucket,label,id",
                "sort=label,-bucket&per_page=31", "sort=label,-bucket,-id",
                "sort=score&per_page=16", "sort=score,id",
                "sort=-score,bucket&per_page=16", "sort=-score,bucket,id",
                "filter[bucket.gte]=2&sort=-score&per_page=11", "filter[bucket.gte]=2&sort=-score,-id");
        walks.forEach((query, reference) -> {
            List<JsonNode> walked = walk(query, admin);
            assertThat(ids(walked)).as(query).doesNotHaveDuplicates().isEqualTo(ids(byPages(reference, admin)));
            if (!query.startsWith("filter")) {
                assertThat(walked).as(query).hasSize(ROWS);
            }
        });
        List<JsonNode> byBucket = walk("sort=bucket&per_page=17", admin);
        for (int i = 1; i < byBucket.size(); i++) {
            assertThat(byBucket.get(i).get("bucket").asInt()).isGreaterThanOrEqualTo(byBucket.get(i - 1).get("bucket").asInt());
        }
        List<JsonNode> byScore = walk("sort=score&per_page=16", admin);
        assertThat(byScore.subList(ROWS - ROWS / 5, ROWS)).as("NULLs last ascending")
                .allMatch(row -> row.get("score").isNull());
    }

    @Test
    void aCursorPageCountsOnlyWhenAskedAndKeepsIncludesAndEtags() {
        Api.Response first = list("sort=seq&per_page=10&include=category&cursor=", admin);
        JsonNode meta = first.json().get("meta");
        assertThat(meta.has("total")).as("no count by default").isFalse();
        assertThat(meta.has("page")).isFalse();
        assertThat(meta.get("per_page").asInt()).isEqualTo(10);
        assertThat(first.json().at("/data/0/category/name").asText()).isEqualTo("even");
        String next = meta.get("next_cursor").asText();
        Api.Response counted = api.send(api.builder(base + "/reading?sort=seq&per_page=10&cursor=" + encoded(next),
                admin).header("Prefer", "count=exact").GET());
        assertThat(counted.json().at("/meta/total").asInt()).isEqualTo(ROWS);
        assertThat(counted.json().get("data").findValuesAsText("seq")).first().isEqualTo("10");

        String etag = first.header("ETag");
        assertThat(etag).startsWith("W/\"");
        assertThat(list("sort=seq&per_page=10&include=category&cursor=" + encoded(next), admin).header("ETag"))
                .as("the cursor is part of the key").isNotEqualTo(etag);
        assertThat(api.send(api.builder(base + "/reading?sort=seq&per_page=10&include=category&cursor=", admin)
                .header("If-None-Match", etag).GET()).status()).isEqualTo(304);
    }

    /**
     * The statements of one traced list request, as the event log records them (placeholders, never values), names
     * in double quotes (jOOQ quotes them with backticks on SQLite).
     */
    private List<String> selects(String query) throws InterruptedException {
        String traceId = UUID.randomUUID().toString();
        assertThat(api.send(api.builder(base + "/reading?" + query, admin).header("X-Trace-ID", traceId).GET())
                .status()).isEqualTo(200);
        api.eventsOfTrace(app, admin, traceId, "&action=request", 1);
        return api.eventsOfTrace(app, admin, traceId, "&action=db.select", 1).findValuesAsText("sql").stream()
                .map(sql -> sql.replace('`', '"')).toList();
    }

    /** Ascending, a column other than the key may hold NULLs, which sort after every value: they join the range. */
    @Test
    void aNextPageIsSelectedByItsSortValuesNeverByAnOffset() throws InterruptedException {
        String ascending = list("sort=seq&per_page=10&cursor=", admin).json().at("/meta/next_cursor").asText();
        assertThat(selects("sort=seq&per_page=10&cursor=" + encoded(ascending))).singleElement().asString()
                .contains("(\"seq\", \"id\") > (?, ", "or \"seq\" is null").doesNotContain("offset");
        String descending = list("sort=-seq&per_page=10&cursor=", admin).json().at("/meta/next_cursor").asText();
        assertThat(selects("sort=-seq&per_page=10&cursor=" + encoded(descending))).singleElement().asString()
                .contains("(\"seq\", \"id\") < (?, ").doesNotContain("offset", "\"seq\" is null");
        String mixed = list("sort=-seq,label&per_page=10&cursor=", admin).json().at("/meta/next_cursor").asText();
        assertThat(selects("sort=-seq,label&per_page=10&cursor=" + encoded(mixed))).singleElement().asString()
                .contains("\"seq\" < ?").doesNotContain("offset");
    }

    @Test
    void aWalkKeepsTheCallersReadConditionsAndSoftDeleteAndSurvivesItsLastRowBeingDeleted() {
        String viewer = api.post(base + "/auth/login", null,
                Map.of("email", "viewer@example.com", "password", "viewer-pass")).json().at("/data/access_token").asText();
        List<JsonNode> seen = walk("sort=label&per_page=20", viewer);
        assertThat(seen).hasSize(ROWS - ROWS / BUCKETS - 1).noneMatch(row -> row.get("bucket").asInt() == 3);
        assertThat(ids(seen)).isEqualTo(ids(byPages("sort=label,id", viewer)));

        Api.Response first = list("sort=seq&per_page=10&cursor=", admin);
        String next = first.json().at("/meta/next_cursor").asText();
        String lastOfPage = first.json().at("/data/9/id").asText();
        String firstOfNext = list("sort=seq&per_page=10&cursor=" + encoded(next), admin).json().at("/data/0/id").asText();
        assertThat(api.delete(base + "/reading/" + lastOfPage, admin).status()).isEqualTo(200);
        assertThat(api.delete(base + "/reading/" + firstOfNext, admin).status()).isEqualTo(200);
        JsonNode continued = list("sort=seq&per_page=10&cursor=" + encoded(next), admin).json().get("data");
        assertThat(continued.get(0).get("seq").asInt()).as("a cursor is a position, not a row").isEqualTo(11);
        Set<String> walked = new HashSet<>(ids(walk("sort=seq&per_page=50", admin)));
        assertThat(walked).hasSize(ROWS - 2).doesNotContain(lastOfPage, firstOfNext);
    }

    @Test
    void aCursorThatIsNotThisServersForThisVeryListIsA400() {
        String next = list("filter[bucket]=1&sort=label&per_page=5&cursor=", admin).json().at("/meta/next_cursor")
                .asText();
        char fifth = next.charAt(4); // inside the payload: every one of its characters carries bits of it
        String tampered = next.substring(0, 4) + (fifth == 'A' ? 'B' : 'A') + next.substring(5);
        Map<String, String> refused = new HashMap<>(Map.of(
                "filter[bucket]=1&sort=label&per_page=5&cursor=" + encoded(tampered), "altered",
                "filter[bucket]=2&sort=label&per_page=5&cursor=" + encoded(next), "another filter",
                "filter[bucket]=1&sort=-label&per_page=5&cursor=" + encoded(next), "another sort",
                "filter[bucket]=1&sort=label&per_page=6&cursor=" + encoded(next), "another page size",
                "filter[bucket]=1&sort=label&per_page=5&cursor=not-a-cursor", "made up",
                "filter[bucket]=1&sort=label&per_page=5&cursor=" + encoded(next) + "&page=2", "with a page",
                "sort=doc&cursor=", "sorted by a JSON field"));
        refused.forEach((query, why) -> {
            Api.Response answer = list(query, admin);
            assertThat(answer.status()).as(why + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.errorCode()).as(why).isEqualTo("INVALID_CURSOR");
        });
        Api.Response otherEntity = api.get(base + "/category?sort=name&per_page=5&cursor=" + encoded(next), admin);
        assertThat(otherEntity.errorCode()).as("another entity").isEqualTo("INVALID_CURSOR");
        assertThat(list("filter[bucket]=1&sort=label&per_page=5&include=category&cursor=" + encoded(next), admin)
                .status()).as("includes do not move a walk").isEqualTo(200);
    }
}
