package rocket.domain.permission;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import rocket.domain.auth.Principal;
import rocket.domain.auth.UserAccount;
import rocket.domain.ids.Ids;

/**
 * The caller as permission conditions see them: the principal, and the values of the {@code $user.} variables a
 * condition may name. {@code id} and {@code roles} come from the principal; every other variable is a field of the
 * caller's user record, looked up at most once per request and only when a condition names one.
 */
public final class Caller {
    private final Principal principal;
    private final Supplier<Optional<UserAccount>> account;
    private Optional<Map<String, Object>> fields;

    private Caller(Principal principal, Supplier<Optional<UserAccount>> account) {
        this.principal = principal;
        this.account = account;
    }

    /** The caller whose user record {@code findById} finds by the principal's user id (asked at most once). */
    public static Caller byId(Principal principal, Function<UUID, Optional<UserAccount>> findById) {
        return new Caller(principal, () -> Ids.parse(principal.userId()).flatMap(findById));
    }

    /** A caller without a user record of the app (the workflow engine): only id and roles are known. */
    public static Caller withoutAccount(Principal principal) {
        return new Caller(principal, Optional::empty);
    }

    public Principal principal() {
        return principal;
    }

    public boolean isAdmin() {
        return principal.isAdmin();
    }

    public List<String> roles() {
        return principal.roles();
    }

    /** A variable's value; empty when the caller has none (no user record): a condition naming it holds nowhere. */
    Optional<Object> variable(String name) {
        return switch (name) {
            case "id" -> Optional.ofNullable(principal.userId());
            case "roles" -> Optional.of(principal.roles());
            default -> account().map(values -> values.get(name));
        };
    }

    private synchronized Optional<Map<String, Object>> account() {
        if (fields == null) {
            fields = account.get().map(CallerVariables::fieldsOf);
        }
        return fields;
    }
}
