package rocket.adapters.http.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import rocket.adapters.http.HttpSettings;
import rocket.adapters.http.RocketHttpServer;
import rocket.adapters.http.support.Json;

/**
 * The real HTTP server (Javalin on Jetty, the production error mapping, body limits and route order) on a random
 * loopback port, in front of fake use cases: a route group is tested through real HTTP, without a database.
 */
public final class RouteTestServer implements AutoCloseable {
    public static final long MAX_FILE_BYTES = 64 * 1024;
    private final RocketHttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final int port;

    public RouteTestServer(FakeUseCases useCases) {
        this(useCases, 1000, 1000);
    }

    /** With login limits: attempts per client address per minute, failed logins per account before a lockout. */
    public RouteTestServer(FakeUseCases useCases, int loginAttemptsPerMinute, int loginFailuresPerAccount) {
        var settings = new HttpSettings("127.0.0.1", 0, 1024 * 1024, 32, MAX_FILE_BYTES, loginAttemptsPerMinute,
                loginFailuresPerAccount, null, HttpSettings.NO_PORT, List.of(), java.time.Duration.ofSeconds(15),
                java.time.Duration.ofSeconds(30));
        server = new RocketHttpServer(settings, useCases.build(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        port = server.start();
        base = "http://127.0.0.1:" + port;
    }

    /** A request to {@code path} on this server; headers as name/value pairs. */
    public HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    public Answer send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    public Answer json(String method, String path, String body, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The bound port, for tests that speak HTTP over a raw socket. */
    public int port() {
        return port;
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Status, headers and body of one answer; {@link #json()} parses the body. */
    public record Answer(int status, java.net.http.HttpHeaders headers, byte[] body) {
        public JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + new String(body, java.nio.charset.StandardCharsets.UTF_8), e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The envelope's {@code error.code}. */
        public String errorCode() {
            return json().path("error").path("code").asText(null);
        }
    }
}
