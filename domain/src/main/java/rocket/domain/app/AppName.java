package rocket.domain.app;

import java.util.regex.Pattern;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * A validated app name. Hyphens are allowed by the contract but not in PostgreSQL database names,
 * so the database name maps them to underscores; names are capped at 56 characters so that
 * {@code rocket_<name>} fits PostgreSQL's 63-byte identifier limit.
 */
public record AppName(String value) {
    private static final Pattern PATTERN = Pattern.compile("^[a-z][a-z0-9_-]{0,55}$");
    public static final String DATABASE_PREFIX = "rocket_";

    public AppName {
        if (value == null || value.isBlank()) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED, "App name is required");
        }
        if (!PATTERN.matcher(value).matches()) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED,
                    "App name must match ^[a-z][a-z0-9_-]{0,55}$ (lowercase letter first; letters, digits, '_' or '-'; at most 56 characters)");
        }
    }

    /** An app a request names: text that cannot name one is 404 APP_NOT_FOUND, as an unknown app is. */
    public static AppName of(String text) {
        if (!isValid(text)) {
            throw RocketException.of(ErrorCode.APP_NOT_FOUND, "App not found: " + text);
        }
        return new AppName(text);
    }

    /** True when the text could name an app; used to answer 404 rather than 422 on lookups. */
    public static boolean isValid(String value) {
        return value != null && PATTERN.matcher(value).matches();
    }

    public String databaseName() {
        return DATABASE_PREFIX + value.replace('-', '_');
    }

    @Override
    public String toString() {
        return value;
    }
}
