package rocket.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load run for the webhook dispatcher: N creates on an entity with H async webhooks pointing at a slow local
 * sink; reports how many deliveries arrived, duplicates, and the most concurrent deliveries the sink ever saw.
 * Usage: {@code WebhookLoadProbe <base-url> <creates> <webhooks> <sink-delay-ms> <timeout-s>}.
 */
public final class WebhookLoadProbe {

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
        WebhookProbeApp probeApp = WebhookProbeApp.create(client, base, "whload", "n", hooks,
                sink.getAddress().getPort());
        long start = System.nanoTime();
        for (int i = 0; i < creates; i++) {
            probeApp.write("{\"n\":" + i + "}");
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
}
