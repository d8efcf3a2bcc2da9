package rocket.adapters.persistence.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import rocket.application.port.out.ResultCache;

/**
 * The in-process query result cache: bounded by the number of values it holds (an answer of 25 rows of 10 fields
 * weighs 250), so memory stays bounded whatever the page sizes; least valuable entries are evicted first; hits and
 * misses are published as {@code cache_*{cache="rocket.query"}} metrics. A miss runs the query outside the cache's locks (a
 * slow query must not hold up other keys); two concurrent misses of one key both query, which is harmless.
 */
public final class CaffeineResultCache implements ResultCache {
    private final Cache<String, Weighed> entries;

    /** An answer and its weight, computed once when it is stored. */
    private record Weighed(Object value, int weight) {
    }

    public CaffeineResultCache(long maxValues, MeterRegistry metrics) {
        this.entries = Caffeine.newBuilder().maximumWeight(maxValues)
                .weigher((String key, Weighed entry) -> entry.weight()).recordStats().build();
        CaffeineCacheMetrics.monitor(metrics, entries, "rocket.query");
    }

    @Override
    public Object get(String key, Supplier<Object> compute, ToIntFunction<Object> weight) {
        Weighed cached = entries.getIfPresent(key);
        if (cached != null) {
            return cached.value();
        }
        Object computed = compute.get();
        entries.put(key, new Weighed(computed, Math.max(1, weight.applyAsInt(computed))));
        return computed;
    }
}
