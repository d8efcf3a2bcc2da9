package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthAndErrorsHttpTest {
    private final Api api = TestServer.shared();

    @Test
    void healthAnswersOkWithoutAuthOrEnvelope() {
        Api.Response response = api.get("/health", null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().toString()).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    void unknownRouteIsA404Envelope() {
        Api.Response response = api.get("/no/such/route", null);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(response.json().at("/error/message").asText()).isNotBlank();
    }

    @Test
    void unparsableJsonIsInvalidPayload() {
        Api.Response response = api.postRaw("/api/_platform/auth/login", null, "{\"email\": ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("INVALID_PAYLOAD");
    }

    @Test
    void jsonThatIsNotAnObjectIsInvalidPayload() {
        Api.Response response = api.postRaw("/api/_platform/auth/login", null, "[1,2,3]");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("INVALID_PAYLOAD");
    }

    @Test
    void bodyOverTheLimitIs413WithoutAStackTrace() {
        String huge = "{\"email\":\"" + "x".repeat(70_000) + "\"}";
        Api.Response response = api.postRaw("/api/_platform/auth/login", null, huge);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.errorCode()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void validTraceIdIsEchoedAndInvalidOneReplaced() {
        String traceId = "0b3c8a4e-9d1f-4c1a-8f7e-2a6b5c4d3e2f";
        Api.Response echoed = api.send(api.builder("/health", null).header("X-Trace-ID", traceId).GET());
        assertThat(echoed.header("X-Trace-ID")).isEqualTo(traceId);

        Api.Response replaced = api.send(api.builder("/health", null).header("X-Trace-ID", "evil\"; drop").GET());
        assertThat(replaced.header("X-Trace-ID")).matches("[0-9a-f-]{36}").isNotEqualTo("evil\"; drop");
    }

    @Test
    void trailingSlashReachesTheSameRoute() {
        Api.Response response = api.post("/api/_platform/auth/login/", null,
                Map.of("email", "platform@localhost", "password", "changeme"));
        assertThat(response.status()).isEqualTo(200);
    }
}
