package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hostile request bodies, query strings and requests: each is a clear 4xx in the error envelope, nothing is stored
 * that could not be served again, and nothing reaches a stack trace.
 */
class HostileBodiesHttpTest {
    private final Api api = TestServer.shared();
    private final String app = api.createApp("hostile", driver());
    private final String admin = api.appAdminToken(app);
    private final String base = "/api/" + app;

    HostileBodiesHttpTest() {
        Api.Response entity = api.post(base + "/_admin/entities", admin, TestSchemas.uuidEntity("note", "notes",
                Map.of("name", "title", "type", "string"), Map.of("name", "body", "type", "text"),
                Map.of("name", "data", "type", "json")));
        assertThat(entity.status()).as(entity.body()).isEqualTo(201);
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private long notes() {
        return api.get(base + "/note", admin).json().at("/meta/total").asLong();
    }

    private static void assertError(Api.Response response, int status, String code, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.errorCode()).isEqualTo(code);
        assertThat(response.json().at("/error/message").asText()).isEqualTo(message);
    }

    /** The apps' db_driver; {@link SqliteHostileBodiesHttpTest} runs every test here on SQLite. */
    String driver() {
        return "postgres";
    }

    @Test
    void aBodyNestedDeeperThanTheLimitIsRefusedBeforeAnythingIsStoredAndListsStayServable() {
        // 998 and 999 levels were stored before and then broke every list of the entity (a 500)
        for (int depth : List.of(64, 998, 999, 5_000)) {
            assertError(api.postRaw(base + "/note", admin, "{\"title\":\"deep\",\"data\":" + nested(depth) + "}"),
                    400, "INVALID_PAYLOAD", "JSON body is nested deeper than 64 levels (max-json-depth)");
        }
        assertThat(notes()).isZero();
        Api.Response deepest = api.postRaw(base + "/note", admin, "{\"title\":\"deep\",\"data\":" + nested(63) + "}");
        assertThat(deepest.status()).as(deepest.body()).isEqualTo(201);
        Api.Response list = api.get(base + "/note", admin);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().at("/data/0/data").toString()).isEqualTo(nested(63));
    }

    @Test
    void trailingDataAfterTheBodyIsRefusedNotIgnored() {
        for (String body : List.of("{\"title\":\"a\"} {\"title\":\"b\"}", "{\"title\":\"a\"} garbage",
                "{\"title\":\"a\"}]", "{\"title\":\"a\"}{")) {
            assertError(api.postRaw(base + "/note", admin, body), 400, "INVALID_PAYLOAD", "Invalid JSON body");
        }
        assertThat(notes()).isZero();
        assertThat(api.postRaw(base + "/note", admin, "{\"title\":\"a\"}  \n").status()).isEqualTo(201);
    }

    @Test
    void aNulCharacterAnywhereInABodyIsA422NamingWhereOnEveryRoute() {
        Api.Response record = api.postRaw(base + "/note", admin, "{\"title\":\"ok\",\"data\":{\"k\":[\"a\\u0000\"]}}");
        assertError(record, 422, "VALIDATION_FAILED", "Validation failed");
        assertThat(record.json().at("/error/details/0/field").asText()).isEqualTo("data.k[0]");
        // each of these answered 500 (PostgreSQL refuses NUL in text and jsonb)
        Map<String, String> routes = Map.of(
                base + "/_admin/ui-configs", "{\"entity\":\"note\",\"config\":{\"k\":\"a\\u0000b\"}}",
                base + "/_admin/users", "{\"email\":\"a\\u0000@x\",\"password\":\"p\"}",
                base + "/_admin/invites", "{\"email\":\"c@x\",\"roles\":[\"r\\u0000\"]}",
                base + "/_admin/permissions", "{\"entity\":\"note\",\"action\":\"read\",\"roles\":[\"r\\u0000\"]}",
                base + "/auth/login", "{\"email\":\"a\\u0000\",\"password\":\"x\"}",
                base + "/auth/accept-invite", "{\"token\":\"a\\u0000\",\"password\":\"x\"}",
                base + "/_admin/webhooks", "{\"entity\":\"note\",\"url\":\"https://example.com/h\",\"headers\":{\"X\\u0000\":\"v\"}}");
        routes.forEach((path, body) -> assertThat(api.postRaw(path, admin, body).status()).as(path).isEqualTo(422));
        assertThat(api.get(base + "/_admin/ui-configs", admin).json().get("data")).isEmpty();
        assertThat(api.get(base + "/_admin/permissions", admin).json().get("data")).isEmpty();
    }

    @Test
    void aNulCharacterInTheQueryStringIsA400() {
        for (String query : List.of("/_events?source=a%00", "/_admin/webhook-logs?status=a%00",
                "/note?filter%5Btitle%5D=a%00b", "/note?a%00=1")) {
            assertError(api.get(base + query, admin), 400, "INVALID_PAYLOAD",
                    "Query parameters must not contain NUL characters");
        }
    }

    @Test
    void aPageBeyondTheLargestOffsetIsAClear400() {
        assertError(api.get(base + "/note?page=2147483647&per_page=100", admin), 400, "INVALID_PAYLOAD",
                "page must be at most 21474837 with per_page 100");
        Api.Response last = api.get(base + "/note?page=21474837&per_page=100", admin);
        assertThat(last.status()).isEqualTo(200);
        assertThat(last.json().get("data")).isEmpty();
    }

    @Test
    void aLikePatternLongerThanTheCapIsA400NamingIt() {
        String pattern = "%25" + "a".repeat(98) + "%25";
        assertThat(api.get(base + "/note?filter%5Bbody.like%5D=" + pattern, admin).status()).isEqualTo(200);
        assertError(api.get(base + "/note?filter%5Bbody.like%5D=" + pattern + "b", admin), 400, "INVALID_PAYLOAD",
                "A like pattern may be at most 100 characters long, this one is 101 (max-pattern-length)");
    }

    @Test
    void anOversizedExpressionIsA422NamingTheLimitAndWritesOfTheEntityKeepWorking() {
        String longRule = String.join(" || ", java.util.Collections.nCopies(400, "record.title == 'x'"));
        Api.Response tooLong = api.post(base + "/_admin/rules", admin, Map.of("entity", "note", "hook", "before_write",
                "type", "expression", "definition", Map.of("expression", longRule, "message", "m")));
        assertError(tooLong, 422, "VALIDATION_FAILED",
                "Expression is " + longRule.length() + " characters long; the limit is 4096 (max-expression-length)");
        // 3 000 characters, but a chain whose compilation overflowed the stack (and then every write) before
        String deepRule = String.join("+", java.util.Collections.nCopies(1500, "a")) + " > 0";
        Api.Response tooDeep = api.post(base + "/_admin/rules", admin, Map.of("entity", "note", "hook", "before_write",
                "type", "expression", "definition", Map.of("expression", deepRule, "message", "m")));
        assertError(tooDeep, 422, "VALIDATION_FAILED", "Expression has 1500 operators; the limit is 200");
        assertThat(api.get(base + "/_admin/rules", admin).json().get("data")).isEmpty();
        assertThat(api.post(base + "/note", admin, Map.of("title", "still fine")).status()).isEqualTo(201);
    }

    @Test
    void multipartWithoutABoundaryOrWithControlCharactersInAFileNameIsA400AndStoresNothing() {
        String upload = base + "/_files/upload";
        Api.Response noBoundary = api.send(api.builder(upload, admin).setHeader("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofString("abc")));
        assertError(noBoundary, 400, "INVALID_PAYLOAD", "Malformed multipart body");
        for (String name : List.of("a\u0000b.txt", "a\rb.txt", "a\nb.txt")) {
            String part = "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                    + "\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--XX--\r\n";
            Api.Response response = api.send(api.builder(upload, admin)
                    .setHeader("Content-Type", "multipart/form-data; boundary=XX")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(part.getBytes(StandardCharsets.UTF_8))));
            assertError(response, 400, "INVALID_PAYLOAD", "Malformed multipart body");
            assertThat(response.header("Connection")).as("the unread rest ends the connection").isEqualTo("close");
        }
        assertThat(api.get(base + "/_files", admin).json().get("data")).isEmpty();
    }

    @Test
    void aFileNameWithAPathOrEncodedCrLfIsOnlyDisplayTextAndNeverReachesAHeaderRaw() {
        String part = "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd"
                + "%0D%0AX-Evil%3A%201\r\nContent-Type: text/plain\r\n\r\nhi\r\n--XX--\r\n";
        Api.Response uploaded = api.send(api.builder(base + "/_files/upload", admin)
                .setHeader("Content-Type", "multipart/form-data; boundary=XX")
                .POST(HttpRequest.BodyPublishers.ofByteArray(part.getBytes(StandardCharsets.UTF_8))));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String id = uploaded.json().at("/data/id").asText();
        assertThat(uploaded.json().at("/data/filename").asText()).doesNotContain("/").doesNotContain("\r")
                .doesNotContain("\n").endsWith("X-Evil: 1");
        Api.Response download = api.get(base + "/_files/" + id, admin);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("X-Evil")).isNull();
        assertThat(download.header("Content-Disposition")).doesNotContain("\r").doesNotContain("\n");
        for (String bad : List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e", id + "%0D%0AX-Evil:%201")) {
            Api.Response response = api.get(base + "/_files/" + bad, admin);
            assertThat(response.status()).as(bad).isIn(400, 404);
            assertThat(response.json().at("/error/code").asText()).isIn("NOT_FOUND", "INVALID_PAYLOAD");
            assertThat(response.header("X-Evil")).isNull();
        }
    }

    @Test
    void jettysOwnBadRequestUriTooLongAndHeadersTooLargeAnswersAreInTheEnvelope() {
        assertRawError(RawHttp.get(api.port(), "/api/" + app + "/note%zz"), 400, "Bad request");
        assertRawError(RawHttp.get(api.port(), "/api/" + app + "/note/a%00b"), 400, "Bad request");
        assertRawError(RawHttp.get(api.port(), "/health?x=" + "a".repeat(20_000)), 414, "Request URI too long");
        assertRawError(RawHttp.get(api.port(), "/health", "X-Big: " + "a".repeat(20_000)), 431,
                "Request header fields too large");
    }

    private static void assertRawError(Api.Response response, int status, String message) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.body()).isEqualTo("{\"error\":{\"code\":\"INVALID_PAYLOAD\",\"message\":\"" + message + "\"}}");
    }
}
