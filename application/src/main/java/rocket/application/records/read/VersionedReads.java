package rocket.application.records.read;

import java.util.Collection;
import java.util.Set;
import java.util.function.Supplier;
import rocket.application.apps.AppContext;
import rocket.application.apps.DataVersions;
import rocket.application.records.port.in.Conditional;
import rocket.application.records.port.out.ResultCache;
import rocket.domain.metadata.Entity;

/**
 * Record reads keyed by the data they depend on: the request (normalised, with the caller's permission scope), the
 * app's metadata version and the write version of every entity the answer reads. The same key means the same
 * answer, which gives both the version (a client that already holds it gets no body, and no query runs) and the
 * result cache key. Versions are taken before the query runs, so a write committed meanwhile can only make the answer newer
 * than its key, never older.
 */
public final class VersionedReads {
    private final ResultCache cache;
    private final boolean httpCaching;

    public VersionedReads(ResultCache cache, boolean httpCaching) {
        this.cache = cache;
        this.httpCaching = httpCaching;
    }

    <T> Conditional<T> read(AppContext context, Collection<Entity> reads, ReadKey request, Set<String> heldVersions,
                            Supplier<T> query) {
        DataVersions versions = context.versions();
        ReadKey key = new ReadKey().text(versions.epoch()).text(context.name()).number(versions.app(context.name()))
                .number(reads.size());
        boolean cacheable = true;
        for (Entity entity : reads) {
            key.text(entity.name()).number(versions.entity(context.name(), entity.name()));
            cacheable &= entity.cache();
        }
        String tag = key.append(request).digest();
        String version = httpCaching ? tag : null;
        if (version != null && heldVersions.contains(version)) {
            return new Conditional<>(null, version);
        }
        @SuppressWarnings("unchecked")
        T body = cacheable ? (T) cache.get(tag, query::get, AnswerWeight::bytes) : query.get();
        return new Conditional<>(body, version);
    }
}
