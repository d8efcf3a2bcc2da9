package rocket.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The public HTTP API of one app, as its admin: used by scenario set-ups (which fail loudly on any unexpected
 * status) and to build the run phase's requests, so both carry the same token and extra headers.
 */
public final class AppClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOUNDARY = "rocket-load-boundary-5c2e";

    private final HttpClient client;
    private final Target target;
    private final String token;

    private AppClient(HttpClient client, Target target, String token) {
        this.client = client;
        this.target = target;
        this.token = token;
    }

    /** Logs in as the app's admin, creating the app first (as the platform admin) when it does not exist. */
    public static AppClient connect(HttpClient client, Target target) throws IOException, InterruptedException {
        AppClient anonymous = new AppClient(client, target, null);
        Map<String, String> appLogin = Map.of("email", target.email(), "password", target.password());
        HttpResponse<String> login = anonymous.send("POST", "/api/" + target.app() + "/auth/login", appLogin);
        if (login.statusCode() == 404) {
            String platformToken = checked(200, "POST /api/_platform/auth/login", anonymous.send("POST",
                    "/api/_platform/auth/login", Map.of("email", target.platformEmail(), "password",
                            target.platformPassword()))).at("/data/access_token").asText();
            checked(201, "POST /api/_platform/apps", new AppClient(client, target, platformToken).send("POST",
                    "/api/_platform/apps", Map.of("name", target.app())));
            login = anonymous.send("POST", "/api/" + target.app() + "/auth/login", appLogin);
        }
        String token = checked(200, "POST /auth/login", login).at("/data/access_token").asText();
        return new AppClient(client, target, token);
    }

    /** A request builder for a path of this app ({@code /order?...}) with the token and extra headers. */
    public HttpRequest.Builder request(String appPath) {
        return builder("/api/" + target.app() + appPath);
    }

    public HttpRequest jsonRequest(String method, String appPath, Object body) {
        return withJson(request(appPath), method, body);
    }

    /** Sends {@code method appPath body} and returns the answer's JSON, failing unless the status is {@code status}. */
    public JsonNode expect(int status, String method, String appPath, Object body) throws IOException, InterruptedException {
        return checked(status, method + " " + appPath, send(method, "/api/" + target.app() + appPath, body));
    }

    public JsonNode get(String appPath) throws IOException, InterruptedException {
        return expect(200, "GET", appPath, null);
    }

    /** Uploads {@code content} as a multipart file part named {@code file}; returns the stored file's JSON. */
    public JsonNode upload(String filename, byte[] content) throws IOException, InterruptedException {
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + BOUNDARY + "--\r\n";
        HttpRequest request = request("/_files/upload").header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofString(head),
                        HttpRequest.BodyPublishers.ofByteArray(content),
                        HttpRequest.BodyPublishers.ofString(tail))).build();
        return checked(201, "POST /_files/upload", client.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    private HttpResponse<String> send(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest request = body == null
                ? builder(path).method(method, HttpRequest.BodyPublishers.noBody()).build()
                : withJson(builder(path), method, body);
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest withJson(HttpRequest.Builder builder, String method, Object body) {
        try {
            return builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                    .build();
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(target.baseUrl() + path))
                .timeout(Duration.ofSeconds(60));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        for (String[] header : target.headers()) {
            builder.header(header[0], header[1]);
        }
        return builder;
    }

    private static JsonNode checked(int status, String what, HttpResponse<String> response) throws IOException {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": expected " + status + ", got " + response.statusCode() + " "
                    + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
