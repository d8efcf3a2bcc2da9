package rocket.benchmarks.load;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** When a run ends: asked by every worker before each request, so it must be thread-safe. */
@FunctionalInterface
public interface Stop {
    /** Claims the right to send one more request; false once the run is over. */
    boolean another();

    static Stop afterRequests(long requests) {
        AtomicLong remaining = new AtomicLong(requests);
        return () -> remaining.getAndDecrement() > 0;
    }

    static Stop after(Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        return () -> System.nanoTime() < deadline;
    }
}
