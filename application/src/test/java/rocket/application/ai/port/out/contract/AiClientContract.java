package rocket.application.ai.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rocket.application.ai.port.out.AiClient;
import rocket.application.contract.LoopbackHttpServer;
import rocket.application.contract.LoopbackHttpServer.Response;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * What every {@link AiClient} must do against an OpenAI-compatible server on loopback: configured only with a base
 * URL, key and model; the prompts and model go to {@code /chat/completions} with the key as a bearer token; the
 * answer's message content comes back as a JSON object; anything else (non-2xx, not an object, a timeout, nobody
 * listening) is AI_REQUEST_FAILED.
 */
public abstract class AiClientContract {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private LoopbackHttpServer server;
    private volatile Response next;

    /** A client of {@code baseUrl} whose target policy allows loopback addresses. */
    protected abstract AiClient client(String baseUrl, String apiKey, String model, Duration timeout);

    @BeforeEach
    void aModelServerOnLoopback() {
        server = new LoopbackHttpServer(request -> next);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static Response answering(String content) {
        String escaped = content.replace("\\", "\\\\").replace("\"", "\\\"");
        return new Response(200, "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"" + escaped
                + "\"}}]}", Map.of("Content-Type", "application/json"), 0);
    }

    private RocketException failure(Response response, Duration timeout) {
        next = response;
        return catchThrowableOfType(RocketException.class,
                () -> client(server.base(), "key-1", "model-1", timeout).completeAsJson("system", "user"));
    }

    @Test
    void configuredOnlyWithABaseUrlAKeyAndAModel() {
        assertThat(client(server.base(), "key-1", "model-1", TIMEOUT).configured()).isTrue();
        assertThat(client(server.base(), "key-1", "model-1", TIMEOUT).model()).isEqualTo("model-1");
        assertThat(client("", "key-1", "model-1", TIMEOUT).configured()).isFalse();
        assertThat(client(server.base(), null, "model-1", TIMEOUT).configured()).isFalse();
        assertThat(client(server.base(), "key-1", " ", TIMEOUT).configured()).isFalse();
    }

    @Test
    void thePromptsGoOutAndTheAnswersJsonObjectComesBack() {
        next = answering("{\"entities\":[{\"name\":\"post\"}],\"count\":1}");

        Map<String, Object> answer = client(server.base() + "/", "key-1", "model-1", TIMEOUT)
                .completeAsJson("You design schemas.", "A blog with posts");

        assertThat(answer).isEqualTo(Map.of("entities", List.of(Map.of("name", "post")), "count", 1));
        assertThat(server.received()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/chat/completions");
            assertThat(request.headers()).containsEntry("authorization", "Bearer key-1");
            assertThat(request.body()).contains("\"model-1\"", "You design schemas.", "A blog with posts");
        });
    }

    @Test
    void aNon2xxAnswerIsAFailedRequest() {
        assertThat(failure(new Response(500, "{}", Map.of(), 0), TIMEOUT).code())
                .isEqualTo(ErrorCode.AI_REQUEST_FAILED);
    }

    @Test
    void anAnswerThatIsNotAJsonObjectIsAFailedRequest() {
        assertThat(failure(answering("[1, 2]"), TIMEOUT).code()).isEqualTo(ErrorCode.AI_REQUEST_FAILED);
        assertThat(failure(answering("Sure! Here is your schema"), TIMEOUT).code())
                .isEqualTo(ErrorCode.AI_REQUEST_FAILED);
        assertThat(failure(new Response(200, "{\"choices\":[]}", Map.of(), 0), TIMEOUT).code())
                .isEqualTo(ErrorCode.AI_REQUEST_FAILED);
    }

    @Test
    void aTimeoutIsAFailedRequest() {
        assertThat(failure(new Response(200, "{}", Map.of(), 3_000), Duration.ofMillis(300)).code())
                .isEqualTo(ErrorCode.AI_REQUEST_FAILED);
    }

    @Test
    void nobodyListeningIsAFailedRequest() {
        String base = server.base();
        server.close();

        RocketException failed = catchThrowableOfType(RocketException.class,
                () -> client(base, "key-1", "model-1", TIMEOUT).completeAsJson("system", "user"));

        assertThat(failed.code()).isEqualTo(ErrorCode.AI_REQUEST_FAILED);
    }
}
