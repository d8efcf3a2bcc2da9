package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ETags and result-cache keys are built from the parsed query and the caller's scope with an unambiguous encoding:
 * requests that only looked alike when their values were joined as text get different answers and tags.
 */
class ReadKeysHttpTest {
    private final Api api = TestServer.shared();
    private final String app = api.createApp("keys", driver());
    private final String admin = api.appAdminToken(app);
    private final String base = "/api/" + app;

    /** The db_driver of every app this test creates; {@link SqliteReadKeysHttpTest} runs it on SQLite apps. */
    String driver() {
        return "postgres";
    }

    ReadKeysHttpTest() {
        created(api.post(base + "/_admin/entities", admin, TestSchemas.uuidEntity("tag", "tags",
                Map.of("name", "title", "type", "string"))));
        for (String title : List.of("a, b", "a", "b")) {
            created(api.post(base + "/tag", admin, Map.of("title", title)));
        }
    }

    private static void created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private static List<String> titles(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("data").findValuesAsText("title");
    }

    private Api.Response get(String path, String token, String ifNoneMatch) {
        return api.send(api.builder(path, token).header("If-None-Match", ifNoneMatch).GET());
    }

    private String user(String role, List<String> allowed) {
        created(api.post(base + "/_admin/permissions", admin, Map.of("entity", "tag", "action", "read",
                "roles", List.of(role), "conditions", List.of(Map.of("field", "title", "operator", "in",
                        "value", allowed)))));
        created(api.post(base + "/_admin/users", admin, Map.of("email", role + "@example.com", "password", "pw",
                "roles", List.of(role))));
        return api.post(base + "/auth/login", null, Map.of("email", role + "@example.com", "password", "pw")).json()
                .at("/data/access_token").asText();
    }

    @Test
    void scopesWhoseValuesOnlyLookAlikeJoinedAsTextNeverShareAnAnswerOrATag() {
        String one = user("one_value", List.of("a, b"));
        String two = user("two_values", List.of("a", "b"));
        Api.Response first = api.get(base + "/tag?sort=title", one);
        assertThat(titles(first)).containsExactly("a, b");
        Api.Response second = api.get(base + "/tag?sort=title", two);
        assertThat(titles(second)).as("not the cached answer of the other scope").containsExactly("a", "b");
        assertThat(second.header("ETag")).isNotEqualTo(first.header("ETag"));
        assertThat(get(base + "/tag?sort=title", two, first.header("ETag")).status())
                .as("the other scope's tag does not revalidate").isEqualTo(200);
        assertThat(titles(api.get(base + "/tag?sort=title", one))).containsExactly("a, b");
    }

    @Test
    void twoFiltersOnAFieldAndOneValueWithACommaAreDifferentQueries() {
        Api.Response both = api.get(base + "/tag?filter%5Btitle%5D=a&filter%5Btitle%5D=b", admin);
        assertThat(titles(both)).as("title = a and title = b").isEmpty();
        Api.Response comma = api.get(base + "/tag?filter%5Btitle%5D=a,%20b", admin);
        assertThat(titles(comma)).as("not the cached empty answer").containsExactly("a, b");
        assertThat(comma.header("ETag")).isNotEqualTo(both.header("ETag"));
        assertThat(get(base + "/tag?filter%5Btitle%5D=a,%20b", admin, both.header("ETag")).status()).isEqualTo(200);
        assertThat(get(base + "/tag?filter%5Btitle%5D=a,%20b", admin, comma.header("ETag")).status()).isEqualTo(304);
    }

    @Test
    void filtersInAnyOrderShareOneCacheEntryAndOneTag() {
        String notB = "filter%5Btitle.neq%5D=b";
        String startsWithA = "filter%5Btitle.like%5D=a%25";
        Api.Response first = api.get(base + "/tag?" + notB + "&" + startsWithA + "&sort=title", admin);
        assertThat(titles(first)).containsExactly("a", "a, b");

        double hits = QueryCacheHttpTest.lookups(api, "hit");
        Api.Response swapped = api.get(base + "/tag?sort=title&" + startsWithA + "&" + notB, admin);
        assertThat(titles(swapped)).containsExactly("a", "a, b");
        assertThat(QueryCacheHttpTest.lookups(api, "hit")).as("answered from the first order's entry")
                .isEqualTo(hits + 1);
        assertThat(swapped.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(get(base + "/tag?" + startsWithA + "&sort=title&" + notB, admin, first.header("ETag")).status())
                .isEqualTo(304);
        assertThat(titles(api.get(base + "/tag?" + startsWithA + "&sort=-title", admin)))
                .as("the order of sorts is part of the query").containsExactly("a, b", "a");
    }
}
