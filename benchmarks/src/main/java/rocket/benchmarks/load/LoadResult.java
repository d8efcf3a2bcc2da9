package rocket.benchmarks.load;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * One run: throughput, latency percentiles in milliseconds, status counts and exceptions. Errors are answers outside
 * 2xx/3xx plus exceptions (a 304 of a revalidation is a success).
 */
public record LoadResult(int requests, double seconds, double p50, double p95, double p99,
                         Map<Integer, Long> statuses, long exceptions) {
    public long errors() {
        long failedAnswers = statuses.entrySet().stream().filter(e -> e.getKey() < 200 || e.getKey() >= 400)
                .mapToLong(Map.Entry::getValue).sum();
        return failedAnswers + exceptions;
    }

    public double perSecond() {
        return requests / seconds;
    }

    @Override
    public String toString() {
        String counts = statuses.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue())
                .collect(Collectors.joining(" "));
        return String.format("%d requests in %.2f s = %.0f req/s; p50 %.2f ms, p95 %.2f ms, p99 %.2f ms; errors %d;"
                        + " statuses %s%s", requests, seconds, perSecond(), p50, p95, p99, errors(), counts,
                exceptions > 0 ? "; exceptions " + exceptions : "");
    }
}
