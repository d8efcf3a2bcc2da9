package rocket.domain.metadata;

import java.util.Set;
import java.util.regex.Pattern;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/** The identifier rule every entity, table, field, relation and join name must pass: {@code ^[a-z][a-z0-9_]{0,62}$}. */
public final class Names {
    private static final Pattern IDENTIFIER = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");
    /** First path segments under {@code /api/{app}/} that belong to the engine, not to entities. */
    public static final Set<String> RESERVED = Set.of("auth", "_admin", "_ui", "_workflows", "_files", "_events",
            "_platform");

    private Names() {
    }

    public static boolean isIdentifier(String text) {
        return text != null && IDENTIFIER.matcher(text).matches();
    }

    public static String require(String text, String what) {
        if (!isIdentifier(text)) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED, what + " \"" + text
                    + "\" must start with a lowercase letter and contain only a-z, 0-9 and _ (at most 63 characters)");
        }
        return text;
    }
}
