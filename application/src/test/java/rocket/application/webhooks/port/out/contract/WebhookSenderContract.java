package rocket.application.webhooks.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rocket.application.contract.LoopbackHttpServer;
import rocket.application.contract.LoopbackHttpServer.Request;
import rocket.application.contract.LoopbackHttpServer.Response;
import rocket.application.webhooks.port.out.Delivery;
import rocket.application.webhooks.port.out.OutboundRequest;
import rocket.application.webhooks.port.out.WebhookSender;

/**
 * What every {@link WebhookSender} must do against a real HTTP server on loopback: the request goes out with its
 * method, headers and JSON body; whatever status comes back (redirects included: never followed) is the delivery's,
 * with its body; a refused target, an unreachable one or a timeout is an error with status 0, never an exception.
 */
public abstract class WebhookSenderContract {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private LoopbackHttpServer server;
    private String base;

    /** A sender whose target policy allows loopback addresses, or (false) the production one that refuses them. */
    protected abstract WebhookSender sender(boolean loopbackAllowed);

    @BeforeEach
    void aServerOnLoopback() {
        server = new LoopbackHttpServer(request -> switch (request.path()) {
            case "/missing" -> new Response(404, "no such hook", Map.of(), 0);
            case "/moved" -> new Response(302, "", Map.of("Location", "/elsewhere"), 0);
            case "/slow" -> new Response(201, "late", Map.of(), 3_000);
            default -> new Response(201, "answer to " + request.path(), Map.of(), 0);
        });
        base = server.base();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private Delivery send(boolean loopbackAllowed, String method, String path, Duration timeout) {
        return sender(loopbackAllowed).send(new OutboundRequest(method, base + path, Map.of("X-Hook", "order.created"),
                Map.of("event", "create", "record", Map.of("id", 7)), timeout));
    }

    @Test
    void theRequestGoesOutWithItsMethodHeadersAndJsonBody() {
        Delivery delivery = send(true, "PUT", "/hooks/orders", TIMEOUT);

        assertThat(delivery.status()).isEqualTo(201);
        assertThat(delivery.body()).isEqualTo("answer to /hooks/orders");
        assertThat(delivery.succeeded()).isTrue();
        assertThat(server.received()).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("PUT");
            assertThat(r.path()).isEqualTo("/hooks/orders");
            assertThat(r.headers()).containsEntry("x-hook", "order.created");
            assertThat(r.body().replace(" ", "")).contains("\"event\":\"create\"", "\"record\":{\"id\":7}");
        });
    }

    @Test
    void anErrorStatusIsTheDeliverysAndNotAnError() {
        Delivery delivery = send(true, "POST", "/missing", TIMEOUT);

        assertThat(delivery.status()).isEqualTo(404);
        assertThat(delivery.error()).isNull();
        assertThat(delivery.succeeded()).isFalse();
    }

    @Test
    void aRedirectIsNeverFollowed() {
        Delivery delivery = send(true, "POST", "/moved", TIMEOUT);

        assertThat(delivery.status()).isEqualTo(302);
        assertThat(server.received()).extracting(Request::path).containsExactly("/moved");
    }

    @Test
    void aTimeoutIsAnErrorWithNoStatus() {
        Delivery delivery = send(true, "POST", "/slow", Duration.ofMillis(300));

        assertThat(delivery.status()).isZero();
        assertThat(delivery.error()).isNotBlank();
    }

    @Test
    void anUnreachableTargetIsAnErrorWithNoStatus() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        Delivery delivery = sender(true).send(new OutboundRequest("POST", "http://127.0.0.1:" + closedPort + "/",
                Map.of(), Map.of(), TIMEOUT));

        assertThat(delivery.status()).isZero();
        assertThat(delivery.error()).isNotBlank();
    }

    @Test
    void aTargetThePolicyRefusesIsNeverContacted() {
        Delivery delivery = send(false, "POST", "/internal", TIMEOUT);

        assertThat(delivery.status()).isZero();
        assertThat(delivery.error()).contains("refused");
        assertThat(server.received()).isEmpty();
    }

    @Test
    void aUrlThatIsNotHttpIsAnErrorWithNoStatus() {
        Delivery delivery = sender(true).send(new OutboundRequest("POST", "ftp://127.0.0.1/file", Map.of(), Map.of(),
                TIMEOUT));

        assertThat(delivery.status()).isZero();
        assertThat(delivery.error()).isNotBlank();
    }
}
