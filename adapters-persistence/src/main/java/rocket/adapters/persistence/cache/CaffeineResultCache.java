package rocket.adapters.persistence.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.function.Supplier;
import rocket.application.port.out.ResultCache;

/**
 * The in-process query result cache: bounded by entry count, least valuable entries evicted first, hits and misses
 * published as {@code cache_*{cache="rocket.query"}} metrics. A miss runs the query outside the cache's locks (a
 * slow query must not hold up other keys); two concurrent misses of one key both query, which is harmless.
 */
public final class CaffeineResultCache implements ResultCache {
    private final Cache<String, Object> entries;

    public CaffeineResultCache(int maxEntries, MeterRegistry metrics) {
        this.entries = Caffeine.newBuilder().maximumSize(maxEntries).recordStats().build();
        CaffeineCacheMetrics.monitor(metrics, entries, "rocket.query");
    }

    @Override
    public Object get(String key, Supplier<Object> compute) {
        Object cached = entries.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        Object computed = compute.get();
        entries.put(key, computed);
        return computed;
    }
}
