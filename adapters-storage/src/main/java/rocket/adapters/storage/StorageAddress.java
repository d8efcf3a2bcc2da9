package rocket.adapters.storage;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The only names a stored file has: a validated app name and a generated id, never anything a user typed. A bad
 * address is a programming error (app names are validated long before they reach storage).
 */
final class StorageAddress {
    private static final Pattern APP = Pattern.compile("^[a-z][a-z0-9_-]{0,62}$");

    private StorageAddress() {
    }

    /** {@code <app>/<file id>}, the same relative name on every storage. */
    static String of(String app, UUID fileId) {
        if (app == null || !APP.matcher(app).matches() || fileId == null) {
            throw new IllegalArgumentException("Invalid storage address");
        }
        return app + "/" + fileId;
    }
}
