package rocket.adapters.persistence.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import rocket.application.records.port.out.ResultCache;

/**
 * The in-process query result cache: bounded by the estimated bytes of the answers it holds, so memory stays bounded
 * whatever the page sizes and value sizes (an answer heavier than the whole bound is never kept); least valuable
 * entries are evicted first, on the writing thread, so the bound holds as soon as a put returns; hits and misses are
 * published as {@code cache_*{cache="rocket.query"}} metrics. A miss runs the query outside the cache's locks (a
 * slow query must not hold up other keys); two concurrent misses of one key both query, which is harmless.
 */
public final class CaffeineResultCache implements ResultCache {
    private final Cache<String, Weighed> entries;
    private final long maxBytes;

    /** An answer and its weight, computed once when it is stored. */
    private record Weighed(Object value, int weight) {
    }

    public CaffeineResultCache(long maxBytes, MeterRegistry metrics) {
        this.maxBytes = maxBytes;
        this.entries = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((String key, Weighed entry) -> entry.weight()).executor(Runnable::run).recordStats().build();
        CaffeineCacheMetrics.monitor(metrics, entries, "rocket.query");
    }

    @Override
    public Object get(String key, Supplier<Object> compute, ToIntFunction<Object> weight) {
        Weighed cached = entries.getIfPresent(key);
        if (cached != null) {
            return cached.value();
        }
        Object computed = compute.get();
        int bytes = Math.max(1, weight.applyAsInt(computed));
        if (bytes <= maxBytes) { // a heavier answer would only evict everything else and then itself
            entries.put(key, new Weighed(computed, bytes));
        }
        return computed;
    }
}
