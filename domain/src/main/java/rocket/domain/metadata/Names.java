package rocket.domain.metadata;

import java.util.Set;
import java.util.regex.Pattern;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * The identifier rule every entity, table, field, relation and join name must pass ({@code ^[a-z_][a-z0-9_]{0,62}$}),
 * and the names no entity or table may take. Record tables live in the {@code public} schema and the system tables in
 * their own schema ({@code rocket}), so a record table cannot shadow a system table whatever its name; the reserved
 * lists below add clear refusals on top (and keep the one system table left in {@code public}, Flyway's history,
 * out of reach).
 */
public final class Names {
    private static final Pattern IDENTIFIER = Pattern.compile("^[a-z_][a-z0-9_]{0,62}$");
    /** First path segments under {@code /api/{app}/} that belong to the engine, not to entities. */
    public static final Set<String> RESERVED = Set.of("auth", "_admin", "_ui", "_workflows", "_files", "_events",
            "_platform", "_users");
    /**
     * The system tables of an app database (and the relations Flyway keeps in {@code public}); a test compares this
     * list with a freshly migrated app database, so a new system table cannot be forgotten here.
     */
    public static final Set<String> SYSTEM_TABLES = Set.of("_entities", "_relations", "_rules", "_state_machines",
            "_workflows", "_workflow_instances", "_users", "_refresh_tokens", "_permissions", "_webhooks",
            "_webhook_logs", "_files", "_ui_configs", "_events", "_invites", "_changes", "_schema_history",
            "_schema_history_pk", "_schema_history_s_idx");

    private Names() {
    }

    public static boolean isIdentifier(String text) {
        return text != null && IDENTIFIER.matcher(text).matches();
    }

    public static String require(String text, String what) {
        if (!isIdentifier(text)) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED, what + " \"" + text
                    + "\" must start with a lowercase letter or _ and contain only a-z, 0-9 and _"
                    + " (at most 63 characters)");
        }
        return text;
    }

    /** A valid name for a record or join table: an identifier that is no system table nor a PostgreSQL catalog name. */
    public static String requireTable(String text, String what) {
        require(text, what);
        if (SYSTEM_TABLES.contains(text)) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED, what + " \"" + text + "\" is a system table");
        }
        // unqualified, PostgreSQL resolves pg_* names in pg_catalog first: such a table would read the catalog
        if (text.startsWith("pg_") || text.equals("information_schema")) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED, what + " \"" + text
                    + "\" is reserved for PostgreSQL's catalogs (names starting with pg_, information_schema)");
        }
        return text;
    }
}
