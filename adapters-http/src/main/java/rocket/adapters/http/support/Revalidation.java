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

    /** Record reads: the version as a weak ETag (equal answers, not equal bytes: JSON key order may vary). */
    public static boolean answer(Context ctx, Conditional<?> read) {
        return answer(ctx, read, read.version() == null ? null : EntityTags.weak(read.version()));
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
