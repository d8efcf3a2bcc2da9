package rocket.adapters.http.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static rocket.adapters.http.testing.FakeUseCases.USER_TOKEN;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rocket.adapters.http.testing.FakeUseCases;
import rocket.adapters.http.testing.RouteTestServer;
import rocket.adapters.http.testing.RouteTestServer.Answer;
import rocket.application.records.port.in.Conditional;
import rocket.application.records.port.in.CountMode;
import rocket.application.records.port.in.Precondition;
import rocket.application.records.port.in.RecordPage;
import rocket.application.records.port.in.RecordsUseCase;
import rocket.application.records.port.in.StoredRecord;
import rocket.domain.app.AppName;
import rocket.domain.auth.Principal;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.EntityName;
import rocket.domain.query.ListQueryParams;
import rocket.domain.write.RecordKey;

/** The record routes on the real server: how requests become use-case calls and answers become HTTP. */
class RecordRoutesTest {
    private static final String AUTH = "Authorization";
    private static final String BEARER = "Bearer " + USER_TOKEN;
    private static final Records RECORDS = new Records();
    private static RouteTestServer server;

    @BeforeAll
    static void start() {
        server = new RouteTestServer(new FakeUseCases().with(RecordsUseCase.class, RECORDS));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        RECORDS.calls.clear();
    }

    @Test
    void aListCarriesItsVersionAsAWeakEtagAndAHeldVersionIsA304WithoutBody() {
        Answer first = server.get("/api/shop/tickets?filter[status]=open&page=2", AUTH, BEARER);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("W/\"v7\"");
        assertThat(first.header("Cache-Control")).isEqualTo("private, no-cache");
        assertThat(first.json().path("data").get(0).path("title").asText()).isEqualTo("first");
        assertThat(first.json().path("meta").path("total").asLong()).isEqualTo(1);
        assertThat(RECORDS.calls).containsExactly("list shop/tickets {filter[status]=[open], page=[2]} EXACT held=[]");

        Answer again = server.get("/api/shop/tickets", AUTH, BEARER, "If-None-Match", "\"v1\", W/\"v7\"");
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.header("ETag")).isEqualTo("W/\"v7\"");
    }

    @Test
    void countPreferenceIsPassedOnAndReportedAndATotalLeftOutWhenNoneWasAsked() {
        Answer answer = server.get("/api/shop/tickets", AUTH, BEARER, "Prefer", "count=none");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Preference-Applied")).isEqualTo("count=none");
        assertThat(answer.json().path("meta").has("total")).isFalse();
        assertThat(answer.json().path("meta").path("per_page").asInt()).isEqualTo(25);
    }

    @Test
    void aCursorPageAnswersItsNextCursorInsteadOfAPageNumberAndCountsOnlyWhenAsked() {
        Answer walk = server.get("/api/shop/tickets?cursor=", AUTH, BEARER);
        assertThat(walk.status()).isEqualTo(200);
        assertThat(walk.json().path("meta").path("next_cursor").asText()).isEqualTo("c2");
        assertThat(walk.json().path("meta").has("page")).isFalse();
        assertThat(walk.json().path("meta").has("total")).isFalse();
        assertThat(walk.header("Preference-Applied")).as("nothing was asked").isNull();

        Answer counted = server.get("/api/shop/tickets?cursor=c2", AUTH, BEARER, "Prefer", "count=exact");
        assertThat(counted.json().path("meta").path("total").asLong()).isEqualTo(1);
        assertThat(RECORDS.calls).containsExactly("list shop/tickets {cursor=[]} NONE held=[]",
                "list shop/tickets {cursor=[c2]} EXACT held=[]");
    }

    @Test
    void createUpdateAndDeleteTakeTheBodyAndAnswerInTheDataEnvelope() {
        Answer created = server.json("POST", "/api/shop/tickets", "{\"title\":\"new\"}", AUTH, BEARER);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("data").path("title").asText()).isEqualTo("new");

        Answer updated = server.json("PUT", "/api/shop/tickets/t-1", "{\"title\":\"renamed\"}", AUTH, BEARER);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("data").path("id").asText()).isEqualTo("t-1");

        Answer deleted = server.send(server.request("/api/shop/tickets/t-1", AUTH, BEARER).DELETE().build());
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().path("data").path("id").asText()).isEqualTo("t-1");
        assertThat(RECORDS.calls).containsExactly("create shop/tickets {title=new} by user-1",
                "update shop/tickets/t-1 {title=renamed} " + Precondition.NONE,
                "delete shop/tickets/t-1 " + Precondition.NONE);
    }

    @Test
    void aStrongVersionIsAStrongEtagAndWritesAnswerTheirs() {
        Answer read = server.get("/api/shop/tickets/versioned", AUTH, BEARER);
        assertThat(read.header("ETag")).isEqualTo("\"s1\"");
        Answer created = server.json("POST", "/api/shop/tickets", "{\"title\":\"new\"}", AUTH, BEARER);
        assertThat(created.header("ETag")).isEqualTo("\"s1\"");
        Answer updated = server.json("PUT", "/api/shop/tickets/t-1", "{}", AUTH, BEARER, "If-Match", "\"s1\"");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"s2\"");
    }

    @Test
    void ifMatchBecomesThePreconditionWithStrongComparisonAndAFailureIsA412InTheEnvelope() {
        RECORDS.calls.clear();
        for (String ifMatch : List.of("*", "\"a\", \"s1\"", "W/\"s1\"", "s1", "")) {
            server.json("PUT", "/api/shop/tickets/t-1", "{}", AUTH, BEARER, "If-Match", ifMatch);
        }
        server.send(server.request("/api/shop/tickets/t-1", AUTH, BEARER, "If-Match", "\"s1\"").DELETE().build());
        assertThat(RECORDS.calls).containsExactly(
                "update shop/tickets/t-1 {} " + Precondition.EXISTS,
                "update shop/tickets/t-1 {} " + Precondition.oneOf(List.of("a", "s1")),
                "update shop/tickets/t-1 {} " + Precondition.oneOf(List.of()),
                "update shop/tickets/t-1 {} " + Precondition.oneOf(List.of()),
                "update shop/tickets/t-1 {} " + Precondition.oneOf(List.of()),
                "delete shop/tickets/t-1 " + Precondition.oneOf(List.of("s1")));

        Answer stale = server.json("PUT", "/api/shop/tickets/t-1", "{}", AUTH, BEARER, "If-Match", "W/\"s1\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.errorCode()).isEqualTo("PRECONDITION_FAILED");
        assertThat(stale.header("ETag")).isNull();
    }

    @Test
    void theCallerIsAuthenticatedBeforeTheEntityIsJudged() {
        Answer anonymous = server.get("/api/shop/no%20such");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.errorCode()).isEqualTo("UNAUTHORIZED");

        Answer badName = server.get("/api/shop/no%20such", AUTH, BEARER);
        assertThat(badName.status()).isEqualTo(404);
        assertThat(badName.errorCode()).isEqualTo("UNKNOWN_ENTITY");

        Answer unknownApp = server.get("/api/" + FakeUseCases.MISSING_APP + "/tickets");
        assertThat(unknownApp.status()).isEqualTo(404);
        assertThat(unknownApp.errorCode()).isEqualTo("APP_NOT_FOUND");
        assertThat(RECORDS.calls).isEmpty();
    }

    @Test
    void failuresOfTheCoreKeepTheirCodeAndUnexpectedOnesNeverShowTheirCause() {
        Answer unknown = server.get("/api/shop/ghosts", AUTH, BEARER);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("UNKNOWN_ENTITY");

        Answer invalid = server.json("POST", "/api/shop/tickets", "{\"title\":\"\"}", AUTH, BEARER);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(invalid.json().path("error").path("details").get(0).path("field").asText()).isEqualTo("title");

        Answer broken = server.get("/api/shop/tickets/boom", AUTH, BEARER);
        assertThat(broken.status()).isEqualTo(500);
        assertThat(broken.errorCode()).isEqualTo("INTERNAL_ERROR");
        assertThat(new String(broken.body())).doesNotContain("secret detail").doesNotContain("at rocket.");
    }

    @Test
    void bodiesThatAreNotAJsonObjectNeverReachTheCore() {
        for (String body : List.of("{\"title\":", "[1,2]", "\"text\"", "")) {
            Answer answer = server.json("POST", "/api/shop/tickets", body, AUTH, BEARER);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.errorCode()).as(body).isEqualTo("INVALID_PAYLOAD");
        }
        assertThat(RECORDS.calls).isEmpty();
    }

    /**
     * The sender of a body over the limit is still sending when the server refuses it: it must read the 413, not a
     * reset connection. A raw socket sends the headers and half the body, pauses, then sends the rest.
     */
    @Test
    void aBodyOverTheLimitIsA413EvenForASenderStillSending() throws Exception {
        byte[] half = "x".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/shop/tickets HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: " + BEARER
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + 2 * half.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(half);
            out.flush();
            Thread.sleep(300); // the server has refused the request by now; the rest arrives after that
            out.write(half);
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("PAYLOAD_TOO_LARGE");
        }
        assertThat(RECORDS.calls).isEmpty();
    }

    /** Javalin is not configured to prefer 405: a method no route serves is an unmatched route, in the envelope. */
    @Test
    void aMethodNoRouteServesIsTheNotFoundEnvelope() {
        Answer answer = server.json("PATCH", "/api/shop/tickets/t-1", "{}", AUTH, BEARER);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("error").path("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(RECORDS.calls).isEmpty();
    }

    /** Answers from a fixed ticket; "ghosts" is an unknown entity, an empty title is invalid, "boom" a crash. */
    private static final class Records implements RecordsUseCase {
        final List<String> calls = new ArrayList<>();

        @Override
        public Conditional<RecordPage> list(AppName app, EntityName entity, Principal caller, ListQueryParams query,
                                            CountMode count, Set<String> held) {
            known(entity);
            calls.add("list " + app + "/" + entity + " " + query.values() + " " + count + " held=" + held);
            if (held.contains("v7")) {
                return new Conditional<>(null, "v7");
            }
            Long total = count == CountMode.NONE ? null : 1L;
            List<Map<String, Object>> data = List.of(Map.of("id", "t-1", "title", "first"));
            if (query.values().containsKey("cursor")) {
                return new Conditional<>(RecordPage.byCursor(data, 25, total, count, "c2"), "v8");
            }
            return new Conditional<>(new RecordPage(data, 2, 25, total, count), "v7");
        }

        @Override
        public Conditional<Map<String, Object>> get(AppName app, EntityName entity, Principal caller, RecordKey id,
                                                    String include, Set<String> held) {
            known(entity);
            if (id.value().equals("boom")) {
                throw new IllegalStateException("secret detail");
            }
            return id.value().equals("versioned") ? Conditional.strong(Map.of("id", id.value()), "s1")
                    : new Conditional<>(Map.of("id", id.value()), null);
        }

        @Override
        public StoredRecord create(AppName app, EntityName entity, Principal caller, Map<String, Object> body) {
            known(entity);
            if ("".equals(body.get("title"))) {
                throw RocketException.validation(List.of(new rocket.domain.error.ErrorDetail("title", "required",
                        "title is required")));
            }
            calls.add("create " + app + "/" + entity + " " + body + " by " + caller.userId());
            return new StoredRecord(new LinkedHashMap<>(body), "s1");
        }

        @Override
        public StoredRecord update(AppName app, EntityName entity, Principal caller, RecordKey id,
                                   Map<String, Object> body, Precondition precondition) {
            calls.add("update " + app + "/" + entity + "/" + id.value() + " " + body + " " + precondition);
            if (!precondition.admits("s1")) {
                throw RocketException.of(ErrorCode.PRECONDITION_FAILED, "changed");
            }
            Map<String, Object> row = new LinkedHashMap<>(body);
            row.put("id", id.value());
            return new StoredRecord(row, "s2");
        }

        @Override
        public void delete(AppName app, EntityName entity, Principal caller, RecordKey id, Precondition precondition) {
            calls.add("delete " + app + "/" + entity + "/" + id.value() + " " + precondition);
        }

        private static void known(EntityName entity) {
            if (entity.value().equals("ghosts")) {
                throw RocketException.of(ErrorCode.UNKNOWN_ENTITY, "Unknown entity: ghosts");
            }
        }
    }
}
