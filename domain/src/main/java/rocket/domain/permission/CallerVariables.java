package rocket.domain.permission;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rocket.domain.auth.UserAccount;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.policy.PermissionCondition;

/**
 * The {@code $user.<field>} values a permission condition may compare with: the fields of an app user's record
 * ({@code _users}) except its password hash. A condition's value is a variable when it is such a text, whole.
 */
public final class CallerVariables {
    public static final String PREFIX = "$user.";
    public static final List<String> NAMES = List.of("id", "email", "roles", "active", "created_at", "updated_at");

    private CallerVariables() {
    }

    /** The variable a condition's value names, if it names one (any {@code $user.} text, known or not). */
    public static Optional<String> named(Object value) {
        return value instanceof String text && text.startsWith(PREFIX)
                ? Optional.of(text.substring(PREFIX.length())) : Optional.empty();
    }

    /** Whether the condition compares with the caller (so it depends on who asks). */
    public static boolean namesCaller(PermissionCondition condition) {
        return named(condition.value()).isPresent();
    }

    /** Refuses, when a permission is saved, a variable no user record has (it could never be resolved). */
    public static void requireKnown(PermissionCondition condition) {
        Optional<String> name = named(condition.value());
        if (name.isPresent() && !NAMES.contains(name.get())) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED, "unknown caller variable " + condition.value()
                    + " in the condition on " + condition.field() + "; known: $user." + String.join(", $user.", NAMES));
        }
    }

    static Map<String, Object> fieldsOf(UserAccount account) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", account.id().toString());
        fields.put("email", account.email());
        fields.put("roles", account.roles());
        fields.put("active", account.active());
        fields.put("created_at", account.createdAt());
        fields.put("updated_at", account.updatedAt());
        return fields;
    }
}
