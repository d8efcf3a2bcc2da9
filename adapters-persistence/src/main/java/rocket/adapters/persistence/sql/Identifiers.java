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

    public static String require(String identifier) {
        if (!isSafe(identifier)) {
            throw new IllegalArgumentException("Unsafe SQL identifier rejected");
        }
        return identifier;
    }
}
