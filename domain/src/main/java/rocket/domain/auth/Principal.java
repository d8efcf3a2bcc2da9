package rocket.domain.auth;

import java.util.List;

/** The authenticated caller: user id (the token's {@code sub}) and effective roles. */
public record Principal(String userId, List<String> roles) {
    public static final String ADMIN = "admin";

    public Principal {
        roles = List.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.stream().anyMatch(role -> RoleNames.same(role, ADMIN));
    }
}
