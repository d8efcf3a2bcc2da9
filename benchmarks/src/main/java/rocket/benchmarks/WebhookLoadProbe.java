package rocket.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load run for the webhook dispatcher: N creates on an entity with H async webhooks pointing at a slow local
 * sink; reports how many deliveries arrived, duplicates, and the most concurrent deliveries the sink ever saw.
 * Usage: {@code WebhookLoadProbe <base-url> <creates> <webhooks> <sink-delay-ms> <timeout-s>}.
 */
public final class WebhookLoadProbe {
    private static final Pattern TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int creates = Integer.parseInt(args[1]);
        int hooks = Integer.parseInt(args[2]);
        int delay = Integer.parseInt(args[3]);
        int timeoutSeconds = Integer.parseInt(args[4]);
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger maxConcurrent = new AtomicInteger();
        Set<String> keys = ConcurrentHashMap.newKeySet();
        AtomicInteger received = new AtomicInteger();
        HttpServer sink = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        sink.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        sink.createContext("/", exchange -> {
            maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            try {
                exchange.getRequestBody().readAllBytes();
                Thread.sleep(delay);
                keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
                received.incrementAndGet();
                exchange.sendResponseHeaders(200, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                concurrent.decrementAndGet();
                exchange.close();
            }
        });
        sink.start();
        HttpClient client = HttpClient.newHttpClient();
        String token = match(post(client, base + "/api/_platform/auth/login", null,
                "{\"email\":\"platform@localhost\",\"password\":\"changeme\"}"));
        String app = "whload" + System.currentTimeMillis() % 100000;
        post(client, base + "/api/_platform/apps", token, "{\"name\":\"" + app + "\"}");
        post(client, base + "/api/" + app + "/_admin/entities", token, "{\"name\":\"evt\",\"table\":\"evts\","
                + "\"primary_key\":{\"field\":\"id\",\"type\":\"uuid\",\"generated\":true},"
                + "\"fields\":[{\"name\":\"id\",\"type\":\"uuid\"},{\"name\":\"n\",\"type\":\"int\"}]}");
        for (int h = 0; h < hooks; h++) {
            post(client, base + "/api/" + app + "/_admin/webhooks", token, "{\"entity\":\"evt\",\"url\":\"http://127.0.0.1:"
                    + sink.getAddress().getPort() + "/h" + h + "\"}");
        }
        long start = System.nanoTime();
        for (int i = 0; i < creates; i++) {
            post(client, base + "/api/" + app + "/evt", token, "{\"n\":" + i + "}");
        }
        long created = System.nanoTime();
        int expected = creates * hooks;
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        while (received.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(1000); // late duplicates, if any
        long done = System.nanoTime();
        System.out.printf("creates: %d in %.1f s; deliveries expected %d, received %d, distinct %d, duplicates %d%n",
                creates, (created - start) / 1e9, expected, received.get(), keys.size(), received.get() - keys.size());
        System.out.printf("max concurrent deliveries seen by the sink: %d; all delivered %.1f s after the first create%n",
                maxConcurrent.get(), (done - start) / 1e9 - 1.0);
        sink.stop(0);
    }

    private static String post(HttpClient client, String url, String token, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String match(String body) {
        Matcher m = TOKEN.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("login failed: " + body);
        }
        return m.group(1);
    }
}
