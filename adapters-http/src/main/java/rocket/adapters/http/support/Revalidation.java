package rocket.adapters.http.support;

import io.javalin.http.Context;
import rocket.application.records.port.in.Conditional;

/**
 * ETag headers of record reads: {@code private, no-cache} lets a client (never a shared cache: answers depend on
 * the caller) keep the answer but revalidate it every time, which costs a 304 without a data query.
 */
public final class Revalidation {
    private Revalidation() {
    }

    /**
     * Record reads: a strong version as a strong ETag, any other as a weak one (equal answers, not equal bytes:
     * the version stands for everything the answer was computed from).
     */
    public static boolean answer(Context ctx, Conditional<?> read) {
        if (read.version() == null) {
            return false;
        }
        return answer(ctx, read, read.strong() ? EntityTags.strong(read.version()) : EntityTags.weak(read.version()));
    }

    /** Sets the caching headers; answers 304 and returns true when the client's copy is still current. */
    public static boolean answer(Context ctx, Conditional<?> read, String etag) {
        if (etag == null) {
            return false;
        }
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "private, no-cache");
        if (read.notModified()) {
            ctx.status(304);
            return true;
        }
        return false;
    }
}
