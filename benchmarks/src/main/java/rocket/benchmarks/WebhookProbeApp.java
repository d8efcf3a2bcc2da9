package rocket.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the webhook probes set up through the public API: a platform login (the dev seed), a fresh app, an entity
 * {@code evt} with one int field and {@code hooks} async webhooks pointing at the probe's sink; then writes to it.
 */
final class WebhookProbeApp {
    private static final Pattern TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
    private final HttpClient client;
    private final String records;
    private final String token;

    private WebhookProbeApp(HttpClient client, String records, String token) {
        this.client = client;
        this.records = records;
        this.token = token;
    }

    /** A new app named {@code prefix} plus a number, whose entity {@code evt} has the int field {@code field}. */
    static WebhookProbeApp create(HttpClient client, String base, String prefix, String field, int hooks, int sinkPort)
            throws IOException, InterruptedException {
        String token = token(post(client, base + "/api/_platform/auth/login", null,
                "{\"email\":\"platform@localhost\",\"password\":\"changeme\"}").body());
        String app = prefix + System.currentTimeMillis() % 100000;
        post(client, base + "/api/_platform/apps", token, "{\"name\":\"" + app + "\"}");
        post(client, base + "/api/" + app + "/_admin/entities", token, "{\"name\":\"evt\",\"table\":\"evts\","
                + "\"primary_key\":{\"field\":\"id\",\"type\":\"uuid\",\"generated\":true},"
                + "\"fields\":[{\"name\":\"id\",\"type\":\"uuid\"},{\"name\":\"" + field + "\",\"type\":\"int\"}]}");
        for (int h = 0; h < hooks; h++) {
            post(client, base + "/api/" + app + "/_admin/webhooks", token, "{\"entity\":\"evt\",\"url\":\"http://127.0.0.1:"
                    + sinkPort + "/h" + h + "\"}");
        }
        return new WebhookProbeApp(client, base + "/api/" + app + "/evt", token);
    }

    /** Creates one {@code evt} record with {@code json} as its body. */
    HttpResponse<String> write(String json) throws IOException, InterruptedException {
        return post(client, records, token, json);
    }

    private static HttpResponse<String> post(HttpClient client, String url, String token, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String body) {
        Matcher m = TOKEN.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("login failed: " + body);
        }
        return m.group(1);
    }
}
