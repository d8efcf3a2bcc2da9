package rocket.benchmarks.load;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One measured phase of one endpoint: the load result and the CPU milliseconds per request of the server JVM, its
 * PostgreSQL and the load client over that phase (empty: not measurable, e.g. a remote server), and the events the
 * server wrote and dropped meanwhile (empty when its metrics cannot be read).
 */
record Measurement(LoadResult result, OptionalDouble serverCpuMs, OptionalDouble pgCpuMs, OptionalDouble clientCpuMs,
                   Optional<EventTally> events) {
    /** CPU between two readings of a clock per request, in ms; empty when either reading is, or nothing was sent. */
    static OptionalDouble perRequestMs(OptionalLong before, OptionalLong after, int requests) {
        if (before.isEmpty() || after.isEmpty() || requests == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((after.getAsLong() - before.getAsLong()) / 1e6 / requests);
    }
}
