package rocket.application.records.read;

import java.util.Collection;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import rocket.application.apps.AppContext;
import rocket.application.apps.DataVersions;
import rocket.application.records.port.in.Conditional;
import rocket.application.records.port.out.ResultCache;
import rocket.domain.metadata.Entity;

/**
 * Record reads keyed by the data they depend on: the request (normalised, with the caller's permission scope), the
 * app's metadata version and the write version of every entity the answer reads. The same key means the same
 * answer, which gives both the weak version (a client that already holds it gets no body, and no query runs) and
 * the result cache key. Versions are taken before the query runs, so a write committed meanwhile can only make the
 * answer newer than its key, never older. A read whose answer has a strong version of its own ({@link #exact})
 * caches that version with the answer, so a client holding it still gets its 304 from the cache.
 */
public final class VersionedReads {
    private final ResultCache cache;
    private final boolean httpCaching;

    public VersionedReads(ResultCache cache, boolean httpCaching) {
        this.cache = cache;
        this.httpCaching = httpCaching;
    }

    /** A read whose version is its key: it moves with every write to an entity the answer reads. */
    <T> Conditional<T> read(AppContext context, Collection<Entity> reads, ReadKey request, Set<String> heldVersions,
                            Supplier<T> query) {
        String tag = key(context, reads, request);
        String version = httpCaching ? tag : null;
        if (version != null && heldVersions.contains(version)) {
            return new Conditional<>(null, version);
        }
        @SuppressWarnings("unchecked")
        T body = cacheable(reads) ? (T) cache.get(tag, query::get, AnswerWeight::bytes) : query.get();
        return new Conditional<>(body, version);
    }

    /**
     * A read whose version is {@code versionOf} its answer (a strong version: it moves only when the answer does).
     * The answer is needed to know it, so a held version is a 304 without a query only while the cache holds the
     * answer under the current key.
     */
    <T> Conditional<T> exact(AppContext context, Collection<Entity> reads, ReadKey request, Set<String> heldVersions,
                             Supplier<T> query, Function<T, String> versionOf) {
        Supplier<Conditional<T>> answer = () -> {
            T body = query.get();
            return Conditional.strong(body, versionOf.apply(body));
        };
        @SuppressWarnings("unchecked")
        Conditional<T> current = cacheable(reads)
                ? (Conditional<T>) cache.get(key(context, reads, request), answer::get, AnswerWeight::bytes)
                : answer.get();
        if (!httpCaching) {
            return new Conditional<>(current.body(), null);
        }
        return heldVersions.contains(current.version()) ? Conditional.strong(null, current.version()) : current;
    }

    private static String key(AppContext context, Collection<Entity> reads, ReadKey request) {
        DataVersions versions = context.versions();
        ReadKey key = new ReadKey().text(versions.epoch()).text(context.name()).number(versions.app(context.name()))
                .number(reads.size());
        for (Entity entity : reads) {
            key.text(entity.name()).number(versions.entity(context.name(), entity.name()));
        }
        return key.append(request).digest();
    }

    private static boolean cacheable(Collection<Entity> reads) {
        return reads.stream().allMatch(Entity::cache);
    }
}
