package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The read and write paths the seed's optimizations changed: count preferences, three includes loaded in parallel,
 * batched nested writes (and their exact error when a batch is refused), and the metrics route.
 */
class PerformancePathsHttpTest {
    private final Api api = TestServer.shared();
    private final String app = api.createApp("perf");
    private final String admin = api.appAdminToken(app);
    private final String base = "/api/" + app;

    PerformancePathsHttpTest() {
        define("/_admin/entities", TestSchemas.uuidEntity("author", "authors", Map.of("name", "name", "type", "string")));
        define("/_admin/entities", TestSchemas.uuidEntity("book", "books", Map.of("name", "author_id", "type", "uuid"),
                Map.of("name", "title", "type", "string")));
        define("/_admin/entities", TestSchemas.uuidEntity("chapter", "chapters", Map.of("name", "book_id", "type", "uuid"),
                Map.of("name", "code", "type", "string", "unique", true)));
        define("/_admin/entities", TestSchemas.uuidEntity("genre", "genres", Map.of("name", "label", "type", "string")));
        define("/_admin/relations", Map.of("name", "books", "type", "one_to_many", "source", "author",
                "target", "book", "target_key", "author_id"));
        define("/_admin/relations", Map.of("name", "chapters", "type", "one_to_many", "source", "book",
                "target", "chapter", "target_key", "book_id"));
        define("/_admin/relations", Map.of("name", "genres", "type", "many_to_many", "source", "book",
                "target", "genre", "join_table", "book_genres", "source_join_key", "book_id",
                "target_join_key", "genre_id"));
    }

    private void define(String path, Map<String, Object> body) {
        Api.Response response = api.post(base + path, admin, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private Api.Response list(String path, String prefer) {
        return api.send(api.builder(base + path, admin).header("Prefer", prefer).GET());
    }

    @Test
    void listsCountExactlyByDefaultAndAsThePlannerEstimatesOrNotAtAllOnRequest() {
        for (int i = 0; i < 3; i++) {
            api.post(base + "/genre", admin, Map.of("label", "g" + i));
        }
        Api.Response exact = api.get(base + "/genre", admin);
        assertThat(exact.json().at("/meta/total").asLong()).isEqualTo(3);
        assertThat(exact.header("Preference-Applied")).isNull();

        Api.Response none = list("/genre", "count=none");
        assertThat(none.json().get("data")).hasSize(3);
        assertThat(none.json().get("meta").has("total")).isFalse();
        assertThat(none.header("Preference-Applied")).isEqualTo("count=none");

        Api.Response planned = list("/genre?filter[label]=g1", "return=minimal, count=planned");
        assertThat(planned.json().at("/meta/total").isIntegralNumber()).isTrue();
        assertThat(planned.json().at("/meta/total").asLong()).isNotNegative();
        assertThat(planned.header("Preference-Applied")).isEqualTo("count=planned");
        assertThat(planned.header("ETag")).isNotEqualTo(list("/genre?filter[label]=g1", "count=exact").header("ETag"));

        assertThat(list("/genre", "count=sometimes").json().at("/meta/total").asLong())
                .as("an unknown preference is ignored").isEqualTo(3);
    }

    @Test
    void threeIncludesOfOneReadArriveTogetherAndCorrect() {
        String author = api.post(base + "/author", admin, Map.of("name", "Le Guin")).json().at("/data/id").asText();
        String fantasy = api.post(base + "/genre", admin, Map.of("label", "fantasy")).json().at("/data/id").asText();
        JsonNode book = api.post(base + "/book", admin, Map.of("author_id", author, "title", "Earthsea",
                "chapters", Map.of("data", List.of(Map.of("code", "es-1"), Map.of("code", "es-2"))),
                "genres", Map.of("data", List.of(Map.of("id", fantasy))))).json().get("data");
        JsonNode read = api.get(base + "/book/" + book.get("id").asText() + "?include=author,chapters,genres", admin)
                .json().get("data");
        assertThat(read.at("/author/name").asText()).isEqualTo("Le Guin");
        assertThat(read.get("chapters").findValuesAsText("code")).containsExactlyInAnyOrder("es-1", "es-2");
        assertThat(read.get("genres").findValuesAsText("label")).containsExactly("fantasy");
        JsonNode listed = api.get(base + "/book?include=author,chapters,genres&filter[title]=Earthsea", admin)
                .json().at("/data/0");
        assertThat(listed).isEqualTo(read);
    }

    @Test
    void aBatchOfChildrenIsWrittenAtOnceAndARefusedBatchNamesTheFailingChild() {
        JsonNode book = api.post(base + "/book", admin, Map.of("title", "Batch", "chapters", Map.of("data",
                List.of(Map.of("code", "b-1"), Map.of("code", "b-2"), Map.of("code", "b-3"))))).json().get("data");
        String id = book.get("id").asText();
        JsonNode chapters = api.get(base + "/book/" + id + "?include=chapters", admin).json().at("/data/chapters");
        assertThat(chapters.findValuesAsText("code")).containsExactlyInAnyOrder("b-1", "b-2", "b-3");
        assertThat(chapters.findValuesAsText("book_id")).containsOnly(id);

        Api.Response refused = api.post(base + "/book", admin, Map.of("title", "Clash", "chapters", Map.of("data",
                List.of(Map.of("code", "c-1"), Map.of("code", "c-2"), Map.of("code", "b-2")))));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().at("/error/details").findValuesAsText("field")).contains("chapters[2]");
        assertThat(api.get(base + "/book?filter[title]=Clash", admin).json().get("data")).isEmpty();
        assertThat(api.get(base + "/chapter?filter[code]=c-1", admin).json().get("data")).isEmpty();

        String first = chapters.get(0).get("id").asText();
        api.put(base + "/book/" + id, admin, Map.of("chapters", Map.of("_write_mode", "replace", "data", List.of(
                Map.of("id", first, "code", "b-1x"), Map.of("code", "b-4")))));
        assertThat(api.get(base + "/book/" + id + "?include=chapters", admin).json().at("/data/chapters")
                .findValuesAsText("code")).containsExactlyInAnyOrder("b-1x", "b-4");
    }

    @Test
    void metricsAreForPlatformAdminsInThePrometheusFormat() {
        api.get(base + "/author", admin);
        Api.Response metrics = api.get("/api/_platform/metrics", api.platformToken());
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type")).startsWith("text/plain");
        assertThat(metrics.body()).contains("hikaricp_connections_active{pool=\"rocket-rocket_" + app + "\"}",
                "hikaricp_connections_pending", "hikaricp_connections_idle", "rocket_webhooks_waiting",
                "rocket_webhooks_in_flight", "cache_gets_total{cache=\"rocket.query\"");
        assertThat(api.get("/api/_platform/metrics", admin).status()).isEqualTo(401);
        assertThat(api.get("/api/_platform/metrics", null).status()).isEqualTo(401);
    }
}
