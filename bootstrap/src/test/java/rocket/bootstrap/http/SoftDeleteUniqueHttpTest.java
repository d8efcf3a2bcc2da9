package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A soft-deleted row holds its slug and unique values no longer: they are unique among live rows only. */
class SoftDeleteUniqueHttpTest {
    private final Api api = TestServer.shared();
    private final String app = api.createApp("softuniq", driver());
    private final String admin = api.appAdminToken(app);
    private final String base = "/api/" + app;

    private Map<String, Object> article(boolean softDelete) {
        Map<String, Object> entity = new HashMap<>(TestSchemas.uuidEntity("article", "articles",
                Map.of("name", "title", "type", "string"), Map.of("name", "slug", "type", "string", "unique", true),
                Map.of("name", "email", "type", "string", "unique", true)));
        entity.put("soft_delete", softDelete);
        entity.put("slug", Map.of("field", "slug", "source", "title"));
        return entity;
    }

    private Api.Response create(String title, String email) {
        return api.post(base + "/article", admin, Map.of("title", title, "email", email));
    }

    /** The apps' db_driver; {@link SqliteSoftDeleteUniqueHttpTest} runs every test here on SQLite. */
    String driver() {
        return "postgres";
    }

    @Test
    void aSoftDeletedRowsSlugAndUniqueValuesCanBeTakenAgainButNotTwiceByLiveRows() {
        assertThat(api.post(base + "/_admin/entities", admin, article(true)).status()).isEqualTo(201);
        Api.Response first = create("Hello World", "a@example.com");
        assertThat(first.json().at("/data/slug").asText()).isEqualTo("hello-world");
        assertThat(api.delete(base + "/article/hello-world", admin).status()).isEqualTo(200);

        Api.Response again = create("Hello World", "a@example.com");
        assertThat(again.status()).as("was 409: the deleted row kept its slug").isEqualTo(201);
        assertThat(again.json().at("/data/slug").asText()).isEqualTo("hello-world");
        assertThat(api.get(base + "/article/hello-world", admin).json().at("/data/id").asText())
                .isEqualTo(again.json().at("/data/id").asText());

        Api.Response duplicate = create("Other", "a@example.com");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.errorCode()).isEqualTo("CONFLICT");
        assertThat(create("Hello World", "b@example.com").json().at("/data/slug").asText()).isEqualTo("hello-world-2");
    }

    @Test
    void switchingSoftDeleteOnRebuildsTheUniqueIndexesOverLiveRows() {
        assertThat(api.post(base + "/_admin/entities", admin, article(false)).status()).isEqualTo(201);
        assertThat(create("Kept", "k@example.com").status()).isEqualTo(201);
        assertThat(api.put(base + "/_admin/entities/article", admin, article(true)).status()).isEqualTo(200);
        String id = create("Gone", "g@example.com").json().at("/data/id").asText();
        assertThat(api.delete(base + "/article/" + id, admin).status()).isEqualTo(200);
        assertThat(create("Gone", "g@example.com").status()).isEqualTo(201);
        assertThat(create("Kept again", "k@example.com").status()).isEqualTo(409);
        assertThat(api.get(base + "/article", admin).json().get("data").findValuesAsText("email"))
                .containsExactlyInAnyOrderElementsOf(List.of("k@example.com", "g@example.com"));
    }
}
