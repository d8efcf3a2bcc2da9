package rocket.application.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.function.Supplier;
import rocket.application.port.in.Conditional;
import rocket.application.port.out.ResultCache;
import rocket.domain.metadata.Entity;

/**
 * Record reads keyed by the data they depend on: the request (normalised, with the caller's permission scope), the
 * app's metadata version and the write version of every entity the answer reads. The same key means the same
 * answer, which gives both the ETag (a matching {@code If-None-Match} answers 304 without querying) and the result
 * cache key. Versions are taken before the query runs, so a write committed meanwhile can only make the answer newer
 * than its key, never older.
 */
public final class VersionedReads {
    private final ResultCache cache;
    private final boolean httpCaching;

    public VersionedReads(ResultCache cache, boolean httpCaching) {
        this.cache = cache;
        this.httpCaching = httpCaching;
    }

    <T> Conditional<T> read(AppContext context, Collection<Entity> reads, String request, String ifNoneMatch,
                            Supplier<T> query) {
        DataVersions versions = context.versions();
        StringBuilder key = new StringBuilder(versions.epoch()).append('|').append(context.name()).append('|')
                .append(versions.app(context.name()));
        boolean cacheable = true;
        for (Entity entity : reads) {
            key.append('|').append(entity.name()).append(':').append(versions.entity(context.name(), entity.name()));
            cacheable &= entity.cache();
        }
        String tag = digest(key.append('|').append(request).toString());
        String etag = httpCaching ? "W/\"" + tag + "\"" : null;
        if (etag != null && matches(ifNoneMatch, tag)) {
            return new Conditional<>(null, etag);
        }
        @SuppressWarnings("unchecked")
        T body = cacheable ? (T) cache.get(tag, query::get, RecordJson::valueCount) : query.get();
        return new Conditional<>(body, etag);
    }

    /** Weak comparison (RFC 9110 §13.1.2) against each tag of an {@code If-None-Match} list. */
    private static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String opaque = candidate.trim();
            if (opaque.startsWith("W/")) {
                opaque = opaque.substring(2);
            }
            if (opaque.equals("\"" + tag + "\"")) {
                return true;
            }
        }
        return false;
    }

    private static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
