package rocket.benchmarks.load;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** One worker's outcomes (latencies, status counts, exceptions); unshared, so no locking on the hot path. */
final class Tally {
    private long[] latencies = new long[1024];
    private int count;
    private final Map<Integer, Long> statuses = new TreeMap<>();
    private long exceptions;

    void answered(int status, long nanos) {
        statuses.merge(status, 1L, Long::sum);
        record(nanos);
    }

    void failed(long nanos) {
        exceptions++;
        record(nanos);
    }

    private void record(long nanos) {
        if (count == latencies.length) {
            latencies = Arrays.copyOf(latencies, count * 2);
        }
        latencies[count++] = nanos;
    }

    /** Everything the workers saw, as one result over the run's wall-clock time. */
    static LoadResult merge(Iterable<Tally> tallies, double seconds) {
        int total = 0;
        for (Tally t : tallies) {
            total += t.count;
        }
        long[] all = new long[total];
        Map<Integer, Long> statuses = new TreeMap<>();
        long exceptions = 0;
        int at = 0;
        for (Tally t : tallies) {
            System.arraycopy(t.latencies, 0, all, at, t.count);
            at += t.count;
            t.statuses.forEach((status, n) -> statuses.merge(status, n, Long::sum));
            exceptions += t.exceptions;
        }
        Arrays.sort(all);
        return new LoadResult(total, seconds, percentile(all, 50), percentile(all, 95), percentile(all, 99),
                statuses, exceptions);
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }
}
