package rocket.bootstrap.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A tiny JSON-over-HTTP client for tests, speaking to the server as any client would. */
public final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String platformPassword;
    private final int port;

    /** A client of a development-mode server (seeded platform password {@code changeme}). */
    public Api(int port) {
        this(port, "changeme");
    }

    /** A client of a server whose platform admin has {@code platformPassword}. */
    public Api(int port, String platformPassword) {
        this.platformPassword = platformPassword;
        this.port = port;
        this.base = "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Response get(String path, String token) {
        return send(builder(path, token).GET());
    }

    public Response delete(String path, String token) {
        return send(builder(path, token).DELETE());
    }

    public Response post(String path, String token, Object body) {
        return send(builder(path, token).POST(HttpRequest.BodyPublishers.ofString(encode(body))));
    }

    public Response put(String path, String token, Object body) {
        return send(builder(path, token).PUT(HttpRequest.BodyPublishers.ofString(encode(body))));
    }

    /** Posts raw text, for malformed or oversized bodies. */
    public Response postRaw(String path, String token, String raw) {
        return send(builder(path, token).POST(HttpRequest.BodyPublishers.ofString(raw)));
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder builder(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    /** Logs in as the seeded platform admin and returns the access token. */
    public String platformToken() {
        Response login = post("/api/_platform/auth/login", null,
                Map.of("email", "platform@localhost", "password", platformPassword));
        if (login.status() != 200) { // said here, not later as a confusing 401 of the request that used it
            throw new IllegalStateException("Platform login failed: " + login.status() + " " + login.body());
        }
        return login.json().at("/data/access_token").asText();
    }

    /** Creates an app as platform admin and returns its name. */
    public String createApp(String prefix) {
        return createApp(prefix, "postgres");
    }

    /** Creates an app whose database has {@code driver} ({@code postgres} or {@code sqlite}); returns its name. */
    public String createApp(String prefix, String driver) {
        String name = TestServer.uniqueAppName(prefix);
        Response created = post("/api/_platform/apps", platformToken(), Map.of("name", name, "db_driver", driver));
        if (created.status() != 201) {
            throw new IllegalStateException("App creation failed: " + created.body());
        }
        return name;
    }

    /** Logs in as the app's seeded admin and returns the access token. */
    public String appAdminToken(String app) {
        return post("/api/" + app + "/auth/login", null, Map.of("email", "admin@localhost", "password", "changeme"))
                .json().at("/data/access_token").asText();
    }

    /** The pending workflow instance whose context's {@code record_id} is that record, or null. */
    public JsonNode pendingWorkflow(String app, String token, String recordId) {
        for (JsonNode instance : get("/api/" + app + "/_workflows/pending", token).json().get("data")) {
            if (instance.at("/context/record_id").asText().equals(recordId)) {
                return instance;
            }
        }
        return null;
    }

    /**
     * Polls until the flush has written at least that many events of the trace matching {@code filter} (query text
     * starting with {@code &}): up to 30 s, because a loaded CI machine delays the flush thread (5 s was once too
     * short).
     */
    public JsonNode eventsOfTrace(String app, String token, String traceId, String filter, int atLeast)
            throws InterruptedException {
        String query = "/api/" + app + "/_events?trace_id=" + traceId + filter;
        JsonNode data = get(query, token).json().get("data");
        for (int i = 0; i < 600 && data.size() < atLeast; i++) {
            Thread.sleep(50);
            data = get(query, token).json().get("data");
        }
        return data;
    }

    /** Parses JSON text (e.g. a body a sink received). */
    public JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + text, e);
        }
    }

    static String encode(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Status, raw body and headers of one response. */
    public record Response(int status, String body, Map<String, java.util.List<String>> headers) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }

        /** Asserts a {@code 201} (the body explains a failure) and returns its {@code data}. */
        public JsonNode created() {
            org.assertj.core.api.Assertions.assertThat(status).as(body).isEqualTo(201);
            return json().get("data");
        }

        public String errorCode() {
            return json().at("/error/code").asText();
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }
    }
}
