package rocket.application.records.port.out;

import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Answers of reads, keyed by a fingerprint of everything the answer depends on (data versions included), so an
 * entry never needs invalidating: a write moves the versions and later reads look up another key. Bounded; entries
 * nobody asks for any more are evicted. Cached values are never mutated. The bound is a total weight in bytes:
 * {@code weight} tells what a computed answer weighs (an estimate of the heap it keeps alive).
 */
public interface ResultCache {
    Object get(String key, Supplier<Object> compute, ToIntFunction<Object> weight);

    /** A cache that remembers nothing (switched off). */
    static ResultCache none() {
        return (key, compute, weight) -> compute.get();
    }
}
