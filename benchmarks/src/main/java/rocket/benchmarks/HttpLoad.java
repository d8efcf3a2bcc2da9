package rocket.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed-concurrency HTTP load driver on virtual threads: each of C workers sends GET requests back to back until
 * N requests in total have been sent; latencies are recorded per request (after a warm-up of W requests).
 * Usage: {@code HttpLoad <url> <bearer-token|-> <concurrency> <requests> [warmup]}.
 */
public final class HttpLoad {
    /** Throughput, latency percentiles in milliseconds and error count of one run. */
    public record Result(int requests, double seconds, double p50, double p95, double p99, int errors) {
        @Override
        public String toString() {
            return String.format("%d requests in %.2f s = %.0f req/s; p50 %.2f ms, p95 %.2f ms, p99 %.2f ms; errors %d",
                    requests, seconds, requests / seconds, p50, p95, p99, errors);
        }
    }

    public static void main(String[] args) throws Exception {
        String token = args[1].equals("-") ? null : args[1];
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        if (warmup > 0) {
            run(args[0], token, Integer.parseInt(args[2]), warmup);
        }
        System.out.println(run(args[0], token, Integer.parseInt(args[2]), Integer.parseInt(args[3])));
    }

    public static Result run(String url, String token, int concurrency, int requests) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).GET().timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = builder.build();
        AtomicInteger remaining = new AtomicInteger(requests);
        AtomicInteger errors = new AtomicInteger();
        long[] latencies = new long[requests];
        AtomicInteger index = new AtomicInteger();
        long start = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                workers.add(executor.submit(() -> {
                    while (remaining.getAndDecrement() > 0) {
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() >= 400) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        latencies[index.getAndIncrement()] = System.nanoTime() - sent;
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = Arrays.copyOf(latencies, index.get());
        Arrays.sort(sorted);
        return new Result(sorted.length, seconds, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                errors.get());
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }
}
