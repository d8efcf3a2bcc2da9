package rocket.adapters.persistence.sql;

import java.util.regex.Pattern;

/** The one gate every SQL identifier passes before jOOQ quotes it: {@code ^[a-z][a-z0-9_]{0,62}$}. */
public final class Identifiers {
    private static final Pattern SAFE = Pattern.compile("^[a-z_][a-z0-9_]{0,62}$");

    private Identifiers() {
    }

    public static boolean isSafe(String identifier) {
        return identifier != null && SAFE.matcher(identifier).matches();
    }

    /**
     * A derived name (index, constraint) that fits PostgreSQL's 63-byte limit: long names keep a readable prefix
     * and end in a hash of the whole, so two long names never collide by truncation.
     */
    public static String shorten(String derived) {
        if (derived.length() <= 63) {
            return require(derived);
        }
        String hash = Integer.toHexString(derived.hashCode() & 0x7fffffff);
        return require(derived.substring(0, 62 - hash.length()) + "_" + hash);
    }

    public static String require(String identifier) {
        if (!isSafe(identifier)) {
            throw new IllegalArgumentException("Unsafe SQL identifier rejected");
        }
        return identifier;
    }
}
